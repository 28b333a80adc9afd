import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Runs `rebound check` as its own process with the given stdin; resolves with stdout lines and the exit code. */
function runCheck(stdin: string): Promise<{ lines: string[]; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/index.ts', 'check'], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ lines: out.split('\n').filter(Boolean), code, stderr: err }));
    child.stdin.end(stdin);
  });
}

const profile = {
  name: 'Harbour Hotel',
  contactName: 'Ana Ruiz',
  contactEmail: 'ana@harbour.example',
  contactPhone: '020 7946 0100',
  sector: 'hospitality',
  regulated: false,
  remedies: [{ kind: 'refund', label: 'a refund for the night' }],
};

type Row = {
  error?: string;
  blocking?: boolean;
  findings?: Array<{ rule: string; severity: string; text: string; span: { start: number; end: number } }>;
};

describe('rebound check', () => {
  it('writes one line of findings per input line, in order, and an error for a bad line without stopping', async () => {
    const input = [
      JSON.stringify({ reply: 'You obviously didn’t read the instructions.' }),
      'this is not json',
      JSON.stringify({ review: 'no reply field' }),
      '',
      JSON.stringify({
        reply: 'Thank you, Sam! Your next stay is on us: enjoy 20% off.',
        review: { text: 'Lovely room and a great view.', rating: 5, title: 'Perfect weekend' },
      }),
      JSON.stringify({
        reply: 'I am sorry your steak was cold. Please call Ana Ruiz on 020 7946 0100.',
        review: 'The receptionist was rude when I checked in.',
        profile,
      }),
      JSON.stringify({
        reply:
          'Thank you for telling us about the rude welcome at check-in, and I am sorry. Please call Ana Ruiz on 020 7946 0100.',
        review: 'The receptionist was rude when I checked in.',
        profile,
      }),
      JSON.stringify({ reply: 'Sorry.', profile: { name: 'No contact' } }),
    ].join('\n');
    const { lines, code, stderr } = await runCheck(`${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = lines.map((l) => JSON.parse(l) as Row);
    expect(rows).toHaveLength(7);

    expect(
      rows[0]?.findings?.some((f) => f.rule === 'condescending' && f.text.startsWith('You obviously')),
    ).toBe(true);
    expect(rows[1]).toEqual({ error: 'not valid JSON' });
    expect(rows[2]?.error).toMatch(/reply/);
    expect(rows[3]?.findings?.filter((f) => f.rule === 'compensation').map((f) => f.severity)).toEqual([
      'advice',
    ]);
    expect(rows[4]?.findings?.filter((f) => f.rule === 'grounding').map((f) => f.text)).toEqual([
      'steak',
      'cold',
    ]);
    // The business's own phone number, given in the profile, is not personal data; nothing else is wrong.
    expect(rows[4]?.blocking).toBe(false);
    expect(rows[5]).toEqual({ blocking: false, findings: [] });
    expect(rows[6]?.error).toMatch(/profile\.contactName/);
  }, 60_000);
});
