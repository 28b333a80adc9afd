import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../support/ensure-test-env.mjs');

function runScript(env: Record<string, string>) {
  return spawnSync(process.execPath, [script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the test command prepares the machine or says what is missing', () => {
  it('passes when Chromium and PostgreSQL are there', () => {
    const result = runScript({});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('stops at once without root, naming Chromium and the command that installs it', () => {
    const result = runScript({ CHROMIUM_PATH: '/nonexistent/chromium', REBOUND_ENSURE_AS_USER: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Chromium at /nonexistent/chromium');
    expect(result.stderr).toContain('apt-get install chromium');
  });
});
