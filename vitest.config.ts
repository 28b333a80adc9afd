import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: 'forks',
  globalSetup: ['tests/support/global-setup.ts'],
} as const;
// Files whose subject is the migrations or the migration level: every database they create runs each migration
// from scratch instead of starting as a copy of one migrated once (decision 084). A test that asks for
// `migrate: false` gets an empty database wherever it is.
const fromScratch = ['tests/reliability/backup-restore.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'suite',
          include: ['tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'tests/bench/**', ...fromScratch],
        },
      },
      {
        test: {
          ...shared,
          name: 'migrations-from-scratch',
          include: fromScratch,
          env: { TEST_DB_FROM_SCRATCH: '1' },
        },
      },
    ],
  },
});
