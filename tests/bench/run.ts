/**
 * `npm run bench [-- --only a,b] [-- --out file.json]`, or `npm run bench -- ingest` for one suite by name: runs each benchmark suite in this folder and prints its
 * figures; with --out, writes them as one JSON object (one key per metric).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

type Suite = {
  name: string;
  load: () => Promise<{ run: () => Promise<Record<string, number>> }>;
  /** A part of another suite, run only when named. */
  isPart?: boolean;
};

// Each suite exports `run()`, returning its metrics. Suites run one after another so they do not skew each other.
const suites: Suite[] = [
  { name: 'classifier', load: async () => ({ run: (await import('./classifier.ts')).runClassifierBench }) },
  { name: 'drafting', load: () => import('./drafting.ts') },
  { name: 'tone-check', load: () => import('./tone-check.ts') },
  { name: 'dashboard', load: () => import('./dashboard.ts') },
  { name: 'polling', load: () => import('./polling.ts') },
  // The ingest budget alone (part of `polling` in a full run).
  { name: 'ingest', load: async () => ({ run: (await import('./polling.ts')).runIngest }), isPart: true },
  {
    name: 'outbox',
    load: async () => {
      const bench = await import('./outbox.ts');
      return {
        run: async () => ({ ...(await bench.runOutboxBench()), ...(await bench.runSmsOutboxBench()) }),
      };
    },
  },
  // Texts alone (part of `outbox` in a full run).
  { name: 'sms', load: async () => ({ run: (await import('./outbox.ts')).runSmsOutboxBench }), isPart: true },
  { name: 'load', load: () => import('./load.ts') },
];

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, only: { type: 'string' } },
  allowPositionals: true,
});
const named = [...(values.only?.split(',') ?? []), ...positionals];
const only = named.length ? new Set(named) : null;
const results: Record<string, number> = {};
for (const suite of suites) {
  if (only ? !only.has(suite.name) : suite.isPart) continue;
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
