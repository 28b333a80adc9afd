import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const serverSrc = fileURLToPath(new URL('../../server/src', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('server code keeps its types honest', () => {
  it('has no `as unknown as` cast: transactions are DbExecutor or Tx, raw rows come from queryRows', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(serverSrc)) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (/\bas unknown as\b/.test(line)) offenders.push(`${path.relative(serverSrc, file)}:${i + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
