import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { clients, locations, organizations } from '../../db/schema/index.ts';
import { MailInputError, type OutgoingMail } from '../../mail/index.ts';
import { buildRequestMail } from './build-request-mail.ts';
import { checkEmailTemplates } from './campaign-templates.ts';
import type { MailSettings } from './mail-settings.ts';
import type { PreviewInput } from './preview-message.ts';

const sampleClient = { name: 'Sam Sample', email: 'sam.sample@example.com' };

/** Build the message one client would get, for the live preview and the test send. */
export async function buildSampleMail(
  db: Db,
  orgId: string,
  input: PreviewInput,
  ctx: {
    settings: MailSettings;
    senderName: string;
    to?: { name: string | null; email: string };
    idempotencyKey: string;
  },
): Promise<{ mail: OutgoingMail | null; errors: string[] }> {
  const fieldErrors = checkEmailTemplates(input);
  const errors = Object.values(fieldErrors).flat();
  if (errors.length) return { mail: null, errors };
  const [org] = await db
    .select({ name: organizations.name, postalAddress: organizations.postalAddress })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) return { mail: null, errors: ['Organization not found'] };
  const picked = input.clientId
    ? (
        await db
          .select({ name: clients.name, email: clients.email })
          .from(clients)
          .where(and(eq(clients.orgId, orgId), eq(clients.id, input.clientId)))
      )[0]
    : undefined;
  const [loc] = input.locationId
    ? await db
        .select({ name: locations.name })
        .from(locations)
        .where(and(eq(locations.orgId, orgId), eq(locations.id, input.locationId)))
    : [];
  const person = picked ?? sampleClient;
  try {
    const mail = buildRequestMail({
      settings: ctx.settings,
      org,
      template: { ...input, trackOpens: input.trackOpens ?? false },
      client: ctx.to ?? person,
      locationName: loc?.name ?? '',
      senderName: ctx.senderName,
      // A token that matches no request: preview and test links lead to a "link not valid" page.
      token: 'preview-link-not-valid',
      idempotencyKey: ctx.idempotencyKey,
    });
    if (ctx.to) mail.to = { name: person.name, address: ctx.to.email };
    return { mail, errors: [] };
  } catch (error) {
    if (error instanceof MailInputError) return { mail: null, errors: [...error.issues] };
    throw error;
  }
}
