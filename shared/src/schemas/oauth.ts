import { z } from 'zod';

/** Providers an owner can connect with a click (OAuth), once the operator registered Rebound with them. */
export const oauthProviderIds = ['google', 'facebook'] as const;
export const oauthProviderSchema = z.enum(oauthProviderIds);
export type OAuthProviderName = z.infer<typeof oauthProviderSchema>;

export const oauthProviderLabels: Record<OAuthProviderName, string> = {
  google: 'Google Business Profile',
  facebook: 'Facebook Page',
};

export const startConnectInput = z.object({
  provider: oauthProviderSchema,
  /** Set by "Reconnect": the source whose grant lapsed gets the new one. */
  reconnectSourceId: z.uuid().optional(),
});

export const connectChoicesInput = z.object({ grantId: z.uuid() });

export const connectPlacesInput = z.object({
  grantId: z.uuid(),
  keys: z.array(z.string().trim().min(1).max(300)).min(1, 'Tick at least one place to watch').max(200),
});

export const disconnectSourceInput = z.object({ sourceId: z.uuid() });
