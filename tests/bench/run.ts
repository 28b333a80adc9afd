/**
 * `npm run bench [-- --only a,b] [-- --out file.json]`: runs each benchmark suite in this folder and prints its
 * figures; with --out, writes them as one JSON object (one key per metric).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

type Suite = { name: string; load: () => Promise<{ run: () => Promise<Record<string, number>> }> };

// Each suite exports `run()`, returning its metrics. Suites run one after another so they do not skew each other.
const suites: Suite[] = [
  { name: 'classifier', load: async () => ({ run: (await import('./classifier.ts')).runClassifierBench }) },
  { name: 'drafting', load: () => import('./drafting.ts') },
  { name: 'tone-check', load: () => import('./tone-check.ts') },
  { name: 'dashboard', load: () => import('./dashboard.ts') },
  { name: 'polling', load: () => import('./polling.ts') },
  { name: 'outbox', load: async () => ({ run: (await import('./outbox.ts')).runOutboxBench }) },
  { name: 'load', load: () => import('./load.ts') },
];

const { values } = parseArgs({
  options: { out: { type: 'string' }, only: { type: 'string' } },
  allowPositionals: true,
});
const only = values.only ? new Set(values.only.split(',')) : null;
const results: Record<string, number> = {};
for (const suite of suites) {
  if (only && !only.has(suite.name)) continue;
  process.stderr.write(`\n▶ ${suite.name}\n`);
  const started = performance.now();
  const mod = await suite.load();
  const figures = await mod.run();
  for (const [k, v] of Object.entries(figures)) {
    results[k] = v;
    process.stdout.write(`${k.padEnd(48)} ${Number.isInteger(v) ? v : v.toFixed(4)}\n`);
  }
  process.stderr.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
if (values.out) {
  await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`\nwrote ${values.out}\n`);
}
process.exit(0);
