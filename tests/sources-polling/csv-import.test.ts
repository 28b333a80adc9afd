import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviews } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { importReviewRows } from '../../server/src/services/sources/import-review-rows.ts';
import { runImportReviews } from '../../server/src/services/sources/run-import-reviews.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');
const csv = [
  'Review ID,Customer,Stars,Comment,Date',
  'a1,Jo,5,"Great haircut, friendly staff",2024-03-02',
  'a2,Sam,seven,Bad rating value,2024-03-03',
  'a3,Lee,2,"Waited an hour,',
  'and nobody apologised",2024-03-04',
  'a4,Kit,4,,2024-03-05',
  'a5,Max,-1,Out of scale,2024-03-06',
  'a6,Ria,3,Fine but pricey,not a date',
  'a7,Ola,1,Rude at the desk,2024-03-08',
].join('\n');

function collect() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  return { stream, text: () => text };
}

describe.each(engines)('CSV import on %s', (engine) => {
  let server: TestServer;
  let orgId: string;
  let dir: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ orgId } = await loadDemo(server.database.db));
    dir = await mkdtemp(path.join(tmpdir(), 'rebound-csv-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await server?.stop();
  });

  const createCsvSource = async (name: string) => {
    if (!owner) throw new Error('demo owner missing');
    const { client } = await signedInClient(server.url, owner.email, owner.password);
    return { client, id: (await client.sources.create.mutate({ kind: 'csv', name })).source.id };
  };
  const stored = async (sourceId: string) =>
    (
      await server.database.db
        .select({ externalId: reviews.externalId })
        .from(reviews)
        .where(and(eq(reviews.orgId, orgId), eq(reviews.sourceId, sourceId)))
    )
      .map((r) => r.externalId)
      .sort();

  it('the command reports each bad row with its line and reason, stores the good ones and names their lines', async () => {
    const { id } = await createCsvSource('cli import');
    const file = path.join(dir, 'reviews.csv');
    await writeFile(file, csv);
    const out = collect();
    const err = collect();
    const code = await runImportReviews(
      server.database.db,
      { orgId, id, locationId: null, name: 'cli import' },
      file,
      { out: out.stream, err: err.stream },
      { map: [{ column: 'Comment', field: 'text' }], chunkSize: 2 },
    );
    expect(code).toBe(3);
    expect(await stored(id)).toEqual(['a1', 'a3', 'a7']);
    expect(err.text()).toMatch(/Line 3: the rating "seven" is not a number/);
    expect(err.text()).toMatch(/Line 6: the review text is missing/);
    expect(err.text()).toMatch(/Line 7: the rating -1 is outside 1–5/);
    expect(err.text()).toMatch(/Line 8: the date "not a date" could not be read/);
    expect(out.text()).toMatch(/3 of 7 rows stored/);
    expect(out.text()).toMatch(/stored lines: 2, 4, 9/);
  });

  it('a chunk that fails to store is reported line by line and does not block the chunks around it', async () => {
    const { id } = await createCsvSource('failing chunk');
    const good = (line: number, externalId: string) => ({
      line,
      review: {
        externalId,
        author: null,
        rating: 4,
        ratingOriginal: 4,
        ratingScale: null,
        title: null,
        text: 'Nice',
        language: 'en',
        publishedAt: null,
        updatedAt: null,
        url: null,
        itemName: null,
        ownerReply: null,
      },
    });
    // A NUL byte cannot be stored in PostgreSQL text: the database refuses the whole second chunk.
    const poisoned = { ...good(4, 'c3'), review: { ...good(4, 'c3').review, text: 'bad \u0000 byte' } };
    const report = await importReviewRows(
      server.database.db,
      { orgId, id, locationId: null },
      [good(2, 'c1'), good(3, 'c2'), poisoned, good(5, 'c4'), good(6, 'c5')],
      { chunkSize: 2 },
    );
    expect(report.storedRanges).toEqual([
      [2, 3],
      [6, 6],
    ]);
    expect(report.errors.map((e) => e.line)).toEqual([4, 5]);
    expect(report.errors[0]?.error).toMatch(/Line 4: not stored/);
    expect(await stored(id)).toEqual(['c1', 'c2', 'c5']);
  });

  it('the dashboard previews the mapping and imports slices with the file’s own line numbers', async () => {
    const { client, id } = await createCsvSource('upload');
    const preview = await client.sources.previewCsv.mutate({ text: csv });
    expect(preview.headers).toEqual(['Review ID', 'Customer', 'Stars', 'Comment', 'Date']);
    expect(preview.suggestedMapping).toMatchObject({
      text: 'Comment',
      rating: 'Stars',
      id: 'Review ID',
      author: 'Customer',
    });
    const lines = csv.split('\n');
    const header = lines[0] ?? '';
    const first = await client.sources.importCsvChunk.mutate({
      sourceId: id,
      text: [header, ...lines.slice(1, 6)].join('\n'),
      lineOffset: 0,
      mapping: preview.suggestedMapping,
    });
    // The second slice starts at file line 7; inside the slice that record is line 2.
    const second = await client.sources.importCsvChunk.mutate({
      sourceId: id,
      text: [header, ...lines.slice(6)].join('\n'),
      lineOffset: 5,
      mapping: preview.suggestedMapping,
    });
    expect(first.storedRanges).toEqual([
      [2, 2],
      [4, 4],
    ]);
    expect(second.errors.map((e) => e.line)).toEqual([7, 8]);
    expect(second.errors[0]?.error).toMatch(/^Line 7:/);
    expect(second.storedRanges).toEqual([[9, 9]]);
    expect(await stored(id)).toEqual(['a1', 'a3', 'a7']);
  });
});
