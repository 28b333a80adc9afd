import { randomUUID } from 'node:crypto';
import {
  type NormalizedReview,
  polledKinds,
  type SourceKind,
  type SourceSecretsInput,
  type SourceSettings,
} from '@rebound/shared';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import type { Fetcher } from '../../net/fetcher.ts';
import type { CssPreview } from '../../sources/css.ts';
import { invalid } from '../errors.ts';
import type { ClaimedSource } from '../polling/claim-due-sources.ts';
import { type Collected, collectPageSource } from '../polling/collect-page-source.ts';
import { createCollectors } from '../polling/collectors.ts';
import {
  mergeTypedSecrets,
  openSourceSecrets,
  requireBox,
  sealSourceSecrets,
  withoutEndpointSecrets,
} from '../secrets/source-secrets.ts';
import { loadSourceRow } from './load-source-row.ts';
import {
  buildSourceConfig,
  endpointOf,
  refusedEndpointOverrides,
  resolveSourceUrl,
  type StoredSourceConfig,
} from './source-config.ts';

export type TestSourceDeps = {
  db: Db;
  fetcher: Fetcher;
  secretBox: SecretBox | undefined;
  allowEndpointOverrides: boolean;
};

export type TestSourceInput = {
  sourceId?: string | undefined;
  draft?: { kind: SourceKind; settings: SourceSettings; secrets: SourceSecretsInput } | undefined;
};

export type TestSourceResult = {
  ok: boolean;
  error: string | null;
  found: number;
  sample: NormalizedReview[];
  tracksRemovals: boolean;
};

const SAMPLE = 10;

/** Fetch and read a source the way a poll would, without storing anything or touching its schedule. */
export async function testSource(
  deps: TestSourceDeps,
  orgId: string,
  input: TestSourceInput,
): Promise<TestSourceResult> {
  const probe = await buildProbe(deps, orgId, input);
  if (!polledKinds.includes(probe.kind))
    throw invalid('This kind of source receives reviews; there is nothing to fetch.');
  const collector = createCollectors({ ...deps }, { persistTokens: false })[probe.kind];
  let collected: Collected;
  try {
    collected = collector ? await collector(probe) : await collectPageSource(probe, deps.fetcher);
  } catch {
    collected = { ok: false, message: 'An unexpected error stopped this test', retryAfterMs: null };
  }
  if (!collected.ok)
    return { ok: false, error: collected.message, found: 0, sample: [], tracksRemovals: false };
  return {
    ok: true,
    error: null,
    found: collected.reviews.length,
    sample: collected.reviews.slice(0, SAMPLE),
    tracksRemovals: collected.isCompleteList,
  };
}

async function buildProbe(
  deps: TestSourceDeps,
  orgId: string,
  input: TestSourceInput,
): Promise<ClaimedSource> {
  const row = input.sourceId ? await loadSourceRow(deps.db, orgId, input.sourceId) : null;
  const kind = row?.kind ?? input.draft?.kind;
  if (!kind) throw invalid('Choose a source or fill in the form first');
  if (row && input.draft && input.draft.kind !== row.kind) throw invalid('A source cannot change its kind');
  const settings = input.draft?.settings ?? {};
  const refused = refusedEndpointOverrides(settings, deps.allowEndpointOverrides);
  if (Object.keys(refused).length) throw invalid('Some fields need attention', refused);
  const stored = (row?.config as StoredSourceConfig | undefined) ?? {};
  const config = buildSourceConfig(kind, settings, stored);
  const url = resolveSourceUrl(kind, settings, config, row?.url ?? null);
  const id = row?.id ?? randomUUID();
  let secretsEnc = row?.secretsEnc ?? null;
  const typed = input.draft?.secrets ?? {};
  // Trying a saved source at another API address uses only what is typed now, never its stored credentials.
  const isEndpointChanged = !!row && endpointOf(config) !== endpointOf(stored);
  if (Object.values(typed).some(Boolean) || (isEndpointChanged && secretsEnc)) {
    const box = requireBox(deps.secretBox);
    const opened = row ? openSourceSecrets(box, row) : {};
    const base = isEndpointChanged ? withoutEndpointSecrets(opened) : opened;
    const merged = { ...mergeTypedSecrets(base, typed), endpoint: endpointOf(config) };
    secretsEnc = sealSourceSecrets(box, orgId, id, merged);
  }
  const now = new Date();
  return {
    orgId,
    id,
    kind,
    name: row?.name ?? 'test',
    locationId: row?.locationId ?? null,
    url,
    config,
    secretsEnc,
    intervalSeconds: row?.intervalSeconds ?? 3600,
    cron: row?.cron ?? null,
    isPaused: false,
    health: 'ok',
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: now,
    lastPolledAt: null,
    leaseOwner: null,
    leaseExpiresAt: null,
    // A test always fetches afresh: a "not modified" answer would show nothing.
    etag: null,
    lastModified: null,
    createdAt: now,
  };
}

export type CssPreviewResult = { ok: true; preview: CssPreview } | { ok: false; error: string };
