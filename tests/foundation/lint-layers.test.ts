import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/lint', import.meta.url));
const biome = path.join(root, 'node_modules', '.bin', 'biome');

type Diagnostic = { category: string; message: string; location: { path: string } };
type Override = { plugins?: string[] };

/**
 * The fixtures sit under paths that mirror the repository (server/src/trpc/..., web/src/features/...), so the
 * repository's own biome.json, copied beside them, applies its layer overrides to them as it does to real code.
 * Only what cannot work outside the repository is dropped: the schema link, git ignore handling and the line
 * that keeps these fixtures out of `npm run lint`. The GritQL plugins it names are copied along, at the same paths.
 */
async function lintFixtures(): Promise<{ dir: string; diagnostics: Diagnostic[] }> {
  const config = JSON.parse(await readFile(path.join(root, 'biome.json'), 'utf8'));
  delete config.$schema;
  delete config.vcs;
  config.files.includes = config.files.includes.filter((glob: string) => !glob.includes('fixtures/lint'));
  const dir = await mkdtemp(path.join(tmpdir(), 'rebound-lint-'));
  await cp(fixtures, dir, { recursive: true });
  const plugins = (config.overrides as Override[]).flatMap((o) => o.plugins ?? []);
  for (const plugin of plugins) await cp(path.join(root, plugin), path.join(dir, plugin));
  await writeFile(path.join(dir, 'biome.json'), JSON.stringify(config));
  // Biome exits non-zero when it reports errors, which is the point here: read its report either way.
  const stdout = await promisify(execFile)(biome, ['lint', '--reporter=json', '--max-diagnostics=200', '.'], {
    cwd: dir,
  }).then(
    (r) => r.stdout,
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  const report = JSON.parse(stdout) as { diagnostics: Diagnostic[] };
  return { dir, diagnostics: report.diagnostics };
}

describe('layer rules in biome.json', () => {
  let dir = '';
  let diagnostics: Diagnostic[] = [];
  beforeAll(async () => {
    ({ dir, diagnostics } = await lintFixtures());
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const rulesAt = (file: string) =>
    diagnostics.filter((d) => d.location.path === file).map((d) => d.category);

  it.each([
    ['server/src/trpc/routers/imports-db-schema.ts', 'lint/style/noRestrictedImports'],
    ['server/src/http/imports-db-client.ts', 'lint/style/noRestrictedImports'],
    ['web/src/features/inbox/imports-other-feature.tsx', 'lint/style/noRestrictedImports'],
    ['web/src/features/inbox/imports-app.ts', 'lint/style/noRestrictedImports'],
    ['web/src/features/reviews/filters/imports-other-feature-nested.ts', 'lint/style/noRestrictedImports'],
    ['server/src/services/reads-process-env.ts', 'lint/style/noProcessEnv'],
    ['server/src/services/floating-promise.ts', 'lint/nursery/noFloatingPromises'],
    ['web/src/features/inbox/asks-with-browser-confirm.ts', 'plugin'],
  ])('reports %s under %s', (file, rule) => {
    expect(rulesAt(file)).toEqual([rule]);
  });

  it('says why a router may not import the database', () => {
    const found = diagnostics.find((d) => d.location.path === 'server/src/trpc/routers/imports-db-schema.ts');
    expect(found?.message).toMatch(/service verb/);
  });

  it.each([
    'server/src/trpc/routers/clean-router.ts',
    'server/src/services/reviews/clean-service.ts',
    'server/src/env.ts',
    'web/src/features/reviews/clean-feature.tsx',
    'web/src/features/reviews/filters/clean-nested.ts',
  ])(
    'leaves %s alone: services import the database, env.ts reads the environment, features import shared',
    (file) => {
      expect(rulesAt(file)).toEqual([]);
    },
  );

  it('says where to ask instead of the browser’s confirm box', () => {
    const found = diagnostics.find(
      (d) => d.location.path === 'web/src/features/inbox/asks-with-browser-confirm.ts',
    );
    expect(found?.message).toMatch(/ConfirmDialog/);
  });

  it('reports nothing beyond the eight planted violations', () => {
    expect(diagnostics).toHaveLength(8);
  });
});
