import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runTriage } from '@rebound/server/cli/triage';
import { describe, expect, it } from 'vitest';

const REVIEW = {
  rating: 1,
  text: 'We waited forty minutes for a table and the soup came out cold. Nobody checked on us once.',
  author: 'Dana K.',
};

async function triage(recentFile?: string): Promise<string[]> {
  const lines: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  await runTriage(Readable.from([`${JSON.stringify(REVIEW)}\n`]), output, { recentFile });
  return lines.map((l) => (JSON.parse(l) as { draft: { text: string } }).draft.text);
}

/** The runs of five words a reply shares with another, its sign-off and contact details aside. */
function sharedRuns(a: string, b: string): number {
  const runs = (text: string) => {
    const words = (text.split('\n\n—')[0] ?? '').toLowerCase().match(/[a-z']+/g) ?? [];
    return new Set(words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' ')));
  };
  const theirs = runs(b);
  return [...runs(a)].filter((run) => theirs.has(run)).length;
}

async function fileOf(lines: string[]): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'rebound-recent-')), 'replies.jsonl');
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

describe('rebound triage --recent', () => {
  it('keeps a draft apart from the wording of replies already on the page', async () => {
    const [alone] = await triage();
    expect(alone).toBeDefined();
    // The same review drafted again with the first draft on the page, given as a bare string and as {text}.
    for (const line of [JSON.stringify(alone), JSON.stringify({ text: alone })]) {
      const [again] = await triage(await fileOf([line]));
      expect(again).not.toBe(alone);
      expect(sharedRuns(again ?? '', alone ?? '')).toBeLessThan(sharedRuns(alone ?? '', alone ?? ''));
    }
  });

  it('an unrelated reply on the page leaves the draft as it was', async () => {
    const [alone] = await triage();
    const [beside] = await triage(
      await fileOf([JSON.stringify({ reply: 'Lovely to see you at the harvest fair, Sam.' })]),
    );
    expect(beside).toBe(alone);
  });

  it('a line that is not a reply stops the run with its number before anything is drafted', async () => {
    const file = await fileOf([JSON.stringify('A fine reply.'), JSON.stringify({ id: 3 })]);
    const lines: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    await expect(
      runTriage(Readable.from([`${JSON.stringify(REVIEW)}\n`]), output, { recentFile: file }),
    ).rejects.toThrow(/line 2: expected a JSON string or an object with "text" or "reply"/);
    expect(lines).toEqual([]);
    await expect(
      runTriage(Readable.from([`${JSON.stringify(REVIEW)}\n`]), output, {
        recentFile: path.join(tmpdir(), 'no-such-replies.jsonl'),
      }),
    ).rejects.toThrow(/cannot read recent replies/);
  });
});
