import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runTriage } from '@rebound/server/cli/triage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeLlmServer, startFakeLlmServer, tuneUpReply } from '../support/fake-llm-server.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

let llm: FakeLlmServer;
beforeAll(async () => {
  llm = await startFakeLlmServer();
});
afterAll(async () => {
  await llm?.close();
});

const reviews = [
  {
    author: 'Nora',
    rating: 2,
    text: 'The gear shifting still slips after your tune-up. Really disappointing.',
  },
  { author: 'Sam', rating: 1, text: 'My saddle bag came back from the repair with a torn strap. Not happy.' },
  { author: 'Lee', rating: 2, text: 'Waited forty minutes past my booking for a simple puncture fix.' },
];

const goodReply = tuneUpReply;

async function triageLines(input: string, opts: Parameters<typeof runTriage>[2]) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  await runTriage(Readable.from([input]), out, opts);
  return chunks
    .join('')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as { draft: { text: string; source?: string; fallbackReason?: string } });
}

describe('rebound triage --llm', () => {
  it('prints the LLM answer where it passes the checks and the composer draft with the reason where it does not, in input order', async () => {
    llm.behave((req) => {
      const prompt = req.body.messages?.map((m) => m.content).join('\n') ?? '';
      if (prompt.includes('gear shifting')) return { kind: 'answer', content: goodReply };
      if (prompt.includes('saddle bag'))
        return { kind: 'answer', content: 'You obviously did not read the care instructions for the bag.' };
      return { kind: 'status', status: 500, body: 'overloaded' };
    });
    const cfg = { baseUrl: llm.url, apiKey: 'k', model: 'small-model', timeoutMs: 2_000 };
    const lines = await triageLines(reviews.map((r) => JSON.stringify(r)).join('\n'), { llm: cfg });
    expect(lines).toHaveLength(3);
    expect(lines[0]?.draft).toMatchObject({ source: 'llm', text: goodReply });
    expect(lines[1]?.draft.source).toBe('composer');
    expect(lines[1]?.draft.fallbackReason).toBeTruthy();
    expect(lines[1]?.draft.text).not.toContain('obviously');
    expect(lines[2]?.draft.source).toBe('composer');
    expect(lines[2]?.draft.fallbackReason).toBeTruthy();
  });

  it('drafts with the composer alone when no LLM is given, asking the server nothing', async () => {
    const before = llm.requests.length;
    const lines = await triageLines(`${JSON.stringify(reviews[0])}\n`, {});
    expect(lines[0]?.draft.text.length).toBeGreaterThan(0);
    expect(lines[0]?.draft.source).toBeUndefined();
    expect(llm.requests.length).toBe(before);
  });

  it('stops with exit code 2 and says which setting is missing when --llm is asked without LLM_BASE_URL', () => {
    const env = { ...process.env };
    delete env.LLM_BASE_URL;
    const run = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'server/bin/rebound.mjs'), 'triage', '--llm'],
      {
        input: `${JSON.stringify(reviews[0])}\n`,
        encoding: 'utf8',
        env,
        cwd: repoRoot,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('LLM_BASE_URL');
    expect(run.stdout).toBe('');
  });
});
