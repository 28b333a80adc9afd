import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './dashboard-load.ts';

/**
 * Build the web app and weigh what a first visit must download before anything runs: the entry script and every
 * module it preloads, each gzipped (level 9, as a static server would), in kilobytes.
 */
export async function measureInitialJs(): Promise<number> {
  execFileSync('npm', ['run', 'build', '-w', '@rebound/web'], { cwd: repoRoot, stdio: 'ignore' });
  const dist = path.join(repoRoot, 'web/dist');
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const file of new Set([...scripts, ...preloads])) {
    if (!file) continue;
    const content = await readFile(path.join(dist, file.replace(/^\//, '')));
    bytes += gzipSync(content, { level: 9 }).length;
  }
  return bytes / 1024;
}
