import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runClassify } from '@rebound/server/cli/classify';
import { runTriage } from '@rebound/server/cli/triage';
import { describe, expect, it } from 'vitest';

const LINES = 10_000;
// Every triage line is drafted as well, so its stream is shorter: long enough to fill every buffer many times over.
const TRIAGE_LINES = 5_000;

/** Produces lines only when asked, and records how far ahead of the consumer it ever got. */
function lazyInput(makeLine: (i: number) => string, consumed: () => number, total = LINES) {
  let produced = 0;
  let maxLead = 0;
  const stream = new Readable({
    highWaterMark: 1024,
    read() {
      if (produced >= total) return this.push(null);
      produced++;
      maxLead = Math.max(maxLead, produced - consumed());
      this.push(`${makeLine(produced - 1)}\n`);
    },
  });
  return { stream, maxLead: () => maxLead };
}

/** A slow sink with a tiny buffer, so the writer has to wait for 'drain'. */
function slowOutput() {
  const lines: string[] = [];
  let pending = '';
  const stream = new Writable({
    highWaterMark: 256,
    write(chunk: Buffer, _enc, done) {
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      lines.push(...parts);
      setImmediate(done);
    },
  });
  return { stream, lines };
}

describe('rebound classify', () => {
  it('answers 10,000 lines in order, one JSON line each, without reading far ahead of a slow reader', async () => {
    const out = slowOutput();
    const input = lazyInput(
      (i) => (i % 2 === 0 ? `line ${i}: terrible, it broke` : `line ${i}: lovely and quick`),
      () => out.lines.length,
    );
    await runClassify(input.stream, out.stream);
    expect(out.lines).toHaveLength(LINES);
    const parsed = out.lines.map((l) => JSON.parse(l) as { label: string; score: number });
    expect(parsed[0]?.label).toBe('negative');
    expect(parsed[1]?.label).toBe('positive');
    expect(parsed.every((p, i) => (i % 2 === 0 ? p.score < 0 : p.score > 0))).toBe(true);
    expect(input.maxLead()).toBeLessThan(3_000);
  });
});

describe('rebound triage', () => {
  it('streams 5,000 JSON Lines reviews in order with label, stance, situation, themes, escalation, draft and findings', async () => {
    const out = slowOutput();
    const input = lazyInput(
      (i) =>
        JSON.stringify({
          rating: (i % 5) + 1,
          text: `Review ${i}: the wait was long and the staff were rude`,
          author: 'Kim P.',
        }),
      () => out.lines.length,
      TRIAGE_LINES,
    );
    await runTriage(input.stream, out.stream, {});
    expect(out.lines).toHaveLength(TRIAGE_LINES);
    const first = JSON.parse(out.lines[0] ?? '{}');
    expect(Object.keys(first)).toEqual([
      'label',
      'stance',
      'situation',
      'themes',
      'escalation',
      'draft',
      'findings',
    ]);
    expect(first.situation.sectorGroup).toBe('retail');
    expect(first.draft.text).toContain('Kim');
    expect(input.maxLead()).toBeLessThan(2_000);
    // A bound on a slow machine, not a speed check: the drafting benchmark measures speed.
  }, 600_000);

  it('answers a bad line with an error and carries on', async () => {
    const out = slowOutput();
    const lines = [
      'not json',
      '{"rating": 9, "text": "x"}',
      '',
      '{"text":"Sue the lot of them, awful","rating":null}',
    ];
    await runTriage(Readable.from(lines.map((l) => `${l}\n`)), out.stream, {});
    expect(out.lines).toHaveLength(3);
    expect(JSON.parse(out.lines[0] ?? '{}').error).toBe('not valid JSON');
    expect(JSON.parse(out.lines[1] ?? '{}').error).toMatch(/rating/);
    expect(JSON.parse(out.lines[2] ?? '{}').label).toBe('negative');
  });

  it('drafts for the business given with --business and rejects an invalid profile clearly', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rebound-profile-'));
    const good = path.join(dir, 'good.json');
    await writeFile(
      good,
      JSON.stringify({
        name: 'Harbour Dental',
        contactName: 'Priya Shah',
        contactEmail: 'care@harbour.example',
        contactPhone: '020 7946 0000',
        sector: 'dental',
        regulated: true,
        remedies: [{ kind: 'callback', label: 'a call from our practice manager', withinHours: 24 }],
      }),
    );
    const out = slowOutput();
    await runTriage(
      Readable.from(['{"text":"Waited an hour for my appointment and the filling fell out.","rating":1}\n']),
      out.stream,
      { businessFile: good },
    );
    const row = JSON.parse(out.lines[0] ?? '{}');
    expect(row.draft.text).toContain('Priya Shah');
    expect(row.findings.filter((f: { severity: string }) => f.severity === 'blocking')).toEqual([]);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ name: 'x' }));
    await expect(runTriage(Readable.from([]), slowOutput().stream, { businessFile: bad })).rejects.toThrow(
      /contactName/,
    );
  });
});
