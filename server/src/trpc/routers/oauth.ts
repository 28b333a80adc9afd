import {
  connectChoicesInput,
  connectPlacesInput,
  disconnectSourceInput,
  oauthProviderLabels,
  startConnectInput,
} from '@rebound/shared';
import { guardedFetcher, httpOverFetcher } from '../../net/fetcher.ts';
import { invalid } from '../../services/errors.ts';
import { connectPlaces } from '../../services/oauth/connect-places.ts';
import { disconnectSource } from '../../services/oauth/disconnect-source.ts';
import { listConnectChoices } from '../../services/oauth/list-connect-choices.ts';
import { loadAuthorizedGrant } from '../../services/oauth/load-authorized-grant.ts';
import { type OAuthProviderId, oauthProvidersFromEnv } from '../../services/oauth/providers.ts';
import { startConnect } from '../../services/oauth/start-connect.ts';
import { loadSourceRow } from '../../services/sources/load-source-row.ts';
import type { AppContext } from '../context.ts';
import { capabilityProcedure, router } from '../init.ts';

const connectors = capabilityProcedure('sources.connect');
// Which Connect buttons exist is part of the sources page, with no secret in it.
const readers = capabilityProcedure('sources.read');

/** Provider calls pass the same SSRF guard and allow-list as polls. */
function httpOf(ctx: AppContext) {
  return httpOverFetcher(ctx.services.fetcher ?? guardedFetcher(ctx.config.FETCH_ALLOW_LIST));
}

function providerOf(ctx: AppContext, id: OAuthProviderId) {
  const provider = oauthProvidersFromEnv(ctx.config)[id];
  if (!provider)
    throw invalid(
      `Connecting ${oauthProviderLabels[id]} is not set up on this server yet; ask the operator.`,
    );
  return provider;
}

export const oauthRouter = router({
  /** Which Connect buttons to offer: the providers the operator registered. No secret is returned. */
  providers: readers.query(({ ctx }) =>
    Object.values(oauthProvidersFromEnv(ctx.config)).map((p) => ({
      id: p.id,
      label: oauthProviderLabels[p.id],
    })),
  ),

  start: connectors.input(startConnectInput).mutation(async ({ ctx, input }) => {
    // A source of another organization reads as not found, before anything else is looked at.
    if (input.reconnectSourceId) await loadSourceRow(ctx.db, ctx.orgId, input.reconnectSourceId);
    const publicUrl = ctx.config.PUBLIC_URL ?? ctx.services.publicUrl;
    if (!publicUrl || !ctx.sessionToken)
      throw invalid('The server does not know its public address (PUBLIC_URL).');
    return startConnect(ctx.db, ctx.services.secretBox, providerOf(ctx, input.provider), {
      orgId: ctx.orgId,
      userId: ctx.session.userId,
      sessionToken: ctx.sessionToken,
      publicUrl,
      reconnectSourceId: input.reconnectSourceId ?? null,
    });
  }),

  choices: connectors.input(connectChoicesInput).query(async ({ ctx, input }) => {
    const scope = { orgId: ctx.orgId, userId: ctx.session.userId };
    const grant = await loadAuthorizedGrant(ctx.db, ctx.services.secretBox, scope, input.grantId);
    const provider = providerOf(ctx, grant.provider);
    const choices = await listConnectChoices(ctx.db, provider, grant, httpOf(ctx), ctx.orgId);
    return { provider: grant.provider, label: oauthProviderLabels[grant.provider], choices };
  }),

  connect: connectors.input(connectPlacesInput).mutation(async ({ ctx, input }) => {
    const scope = { orgId: ctx.orgId, userId: ctx.session.userId };
    const box = ctx.services.secretBox;
    const grant = await loadAuthorizedGrant(ctx.db, box, scope, input.grantId);
    if (!box) throw invalid('APP_SECRET is not set.');
    const result = await connectPlaces(ctx.db, box, providerOf(ctx, grant.provider), grant, httpOf(ctx), {
      orgId: ctx.orgId,
      actor: ctx.actor,
      keys: input.keys,
    });
    for (const id of [...result.created, ...result.reconnected])
      void ctx.services.pollSourceNow?.(ctx.orgId, id);
    return result;
  }),

  disconnect: connectors.input(disconnectSourceInput).mutation(({ ctx, input }) =>
    disconnectSource(ctx.db, ctx.services.secretBox, oauthProvidersFromEnv(ctx.config), httpOf(ctx), {
      orgId: ctx.orgId,
      sourceId: input.sourceId,
      actor: ctx.actor,
    }),
  ),
});
