import { z } from 'zod';
import { roleSchema } from '../roles.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address').max(254));
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(256, 'Use at most 256 characters');

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(256),
});
export type SignInInput = z.infer<typeof signInInput>;

export const slugSchema = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters')
  .max(48)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Lowercase letters, digits and dashes only');

export const setupInput = z.object({
  token: z.string().min(10).max(200),
  orgName: z.string().trim().min(2, 'Enter the business name').max(120),
  orgSlug: slugSchema,
  postalAddress: z.string().trim().min(5, 'Enter the postal address used in emails').max(300),
  ownerName: z.string().trim().min(1, 'Enter your name').max(120),
  ownerEmail: emailSchema,
  ownerPassword: passwordSchema,
});
export type SetupInput = z.infer<typeof setupInput>;

export const addMemberInput = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name').max(120),
  role: roleSchema,
  password: passwordSchema,
});
export type AddMemberInput = z.infer<typeof addMemberInput>;

/** Adding a member sends an invitation the person accepts; the answer is the same whether or not they have an account. */
export const inviteMemberInput = z.object({
  email: emailSchema,
  role: roleSchema,
});
export type InviteMemberInput = z.infer<typeof inviteMemberInput>;

export const memberUserIdInput = z.object({ userId: z.uuid() });
export const changeMemberRoleInput = z.object({ userId: z.uuid(), role: roleSchema });
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleInput>;
export const invitationIdInput = z.object({ invitationId: z.uuid() });

const linkToken = z.string().min(20).max(200);
export const invitationTokenInput = z.object({ token: linkToken });
/** Accepting: signed in as the invited address, or a name and password to create the account. */
export const acceptInvitationInput = z.object({
  token: linkToken,
  name: z.string().trim().min(1, 'Enter your name').max(120).optional(),
  password: passwordSchema.optional(),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
export const resetPasswordInput = z.object({ token: linkToken, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;
