import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { createSource } from '../../server/src/services/sources/create-source.ts';
import { updateSource } from '../../server/src/services/sources/update-source.ts';
import { startFakeAsc } from '../app-store-connect/fake-asc-server.ts';
import { actor, pollOnce, secretBox } from '../sources-polling/support.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { startFakePlay } from './fake-play-server.ts';

const policy = { allowEndpointOverrides: true };

describe.each(engines)('app store keys entered on the sources screen, on %s', (engine) => {
  let database: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
  });
  afterAll(() => database?.drop());
  const moveSource = async (sourceId: string, addresses: Record<string, string>) => {
    const [row] = await database.db
      .select({ config: sources.config })
      .from(sources)
      .where(eq(sources.id, sourceId));
    await database.db
      .update(sources)
      .set({ config: { ...row?.config, ...addresses } })
      .where(eq(sources.id, sourceId));
  };

  it('a Google Play key works from the form, and is not sent to a new API address: saving the address asks for the key again', async () => {
    const play = await startFakePlay();
    const elsewhere = await startFakePlay();
    try {
      play.seed([{ reviewId: 'r1', text: 'Great', starRating: 5 }]);
      const { source } = await createSource(
        database.db,
        orgId,
        actor,
        {
          kind: 'google_play',
          name: 'Play',
          settings: { packageName: play.packageName, apiBaseUrl: play.url, tokenUrl: play.tokenUrl },
          secrets: { serviceAccountJson: play.serviceAccountJson },
        },
        secretBox,
        policy,
      );
      expect(await pollOnce(database.db, orgId, source.id)).toMatchObject({ ok: true });
      expect(play.issuedTokens).toBe(1);
      const moved = { apiBaseUrl: elsewhere.url, tokenUrl: elsewhere.tokenUrl };
      const refusal = await updateSource(
        database.db,
        orgId,
        actor,
        { sourceId: source.id, settings: moved },
        secretBox,
        policy,
      ).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ fieldErrors: { 'secrets.serviceAccountJson': [expect.any(String)] } });
      // A row whose address changed behind the form's back (an older save, a restore) keeps the key away too.
      await moveSource(source.id, moved);
      const outcome = await pollOnce(database.db, orgId, source.id);
      expect(outcome).toMatchObject({ ok: false });
      expect(JSON.stringify(outcome)).toContain('enter them again');
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await play.close();
      await elsewhere.close();
    }
  });

  it('an App Store Connect key is not sent to a new API address until it is pasted again', async () => {
    const asc = await startFakeAsc();
    const elsewhere = await startFakeAsc();
    try {
      asc.seed([{ id: '1', rating: 4, body: 'Nice' }]);
      const { source } = await createSource(
        database.db,
        orgId,
        actor,
        {
          kind: 'app_store_connect',
          name: 'App Store',
          settings: { appId: asc.appId, issuerId: asc.issuerId, keyId: asc.keyId, apiBaseUrl: asc.url },
          secrets: { privateKey: asc.privateKey },
        },
        secretBox,
        policy,
      );
      expect(await pollOnce(database.db, orgId, source.id)).toMatchObject({ ok: true });
      const refusal = await updateSource(
        database.db,
        orgId,
        actor,
        { sourceId: source.id, settings: { apiBaseUrl: elsewhere.url } },
        secretBox,
        policy,
      ).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ fieldErrors: { 'secrets.privateKey': [expect.any(String)] } });
      await moveSource(source.id, { apiBaseUrl: elsewhere.url });
      expect(await pollOnce(database.db, orgId, source.id)).toMatchObject({ ok: false });
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await asc.close();
      await elsewhere.close();
    }
  });

  it('refuses a pasted key that is not a service account key or a .p8 file, with a field error', async () => {
    const save = (kind: 'google_play' | 'app_store_connect', secrets: Record<string, string>) =>
      createSource(
        database.db,
        orgId,
        actor,
        {
          kind,
          name: 'Bad key',
          settings:
            kind === 'google_play'
              ? { packageName: 'com.example.app' }
              : { appId: '1', issuerId: '57246542-96fe-1a63-e053-0824d011072a', keyId: 'ABC123DEFG' },
          secrets,
        },
        secretBox,
        policy,
      );
    await expect(save('google_play', { serviceAccountJson: '{"client_email":"x"}' })).rejects.toThrow(
      /service account key/,
    );
    await expect(save('app_store_connect', { privateKey: 'not a key' })).rejects.toThrow(/\.p8/);
  });
});

describe('one app watched once', () => {
  it('refuses a second Google Play source for the same package and a second App Store Connect source for the same app', async () => {
    const database = await createTestDatabase('pglite');
    try {
      const { orgId } = await loadDemo(database.db);
      const play = { packageName: 'com.example.twice' };
      const app = { appId: '42', issuerId: '57246542-96fe-1a63-e053-0824d011072a', keyId: 'ABC123DEFG' };
      const key = {
        serviceAccountJson: JSON.stringify({ client_email: 'a@b.c', private_key: 'PRIVATE KEY' }),
      };
      const pem = { privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' };
      const add = (kind: 'google_play' | 'app_store_connect') =>
        createSource(
          database.db,
          orgId,
          actor,
          {
            kind,
            name: kind,
            settings: kind === 'google_play' ? play : app,
            secrets: kind === 'google_play' ? key : pem,
          },
          secretBox,
        );
      await add('google_play');
      await add('app_store_connect');
      await expect(add('google_play')).rejects.toMatchObject({ kind: 'conflict' });
      await expect(add('app_store_connect')).rejects.toMatchObject({ kind: 'conflict' });
    } finally {
      await database.drop();
    }
  });
});
