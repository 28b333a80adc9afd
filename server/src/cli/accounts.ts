import { createInterface } from 'node:readline/promises';
import { addMemberInput, roleSchema } from '@rebound/shared';
import type { Command } from 'commander';
import { migrateDatabase } from '../db/migrate.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { DomainError } from '../services/errors.ts';
import { addMember, orgIdBySlug } from '../services/orgs/members.ts';
import { CliError, readStdin, withDatabase } from './context.ts';

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) return (await readStdin()).replace(/\r?\n$/, '');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question('Password (at least 10 characters): ');
  } finally {
    rl.close();
  }
}

export function registerAccountCommands(program: Command) {
  program
    .command('migrate')
    .description('apply database migrations (safe to run again)')
    .action(() =>
      withDatabase(async (database) => {
        await migrateDatabase(database);
        process.stdout.write(`migrations applied (${database.engine})\n`);
      }),
    );

  program
    .command('create-user')
    .description('add a user with a role to an organization; the password is asked for, or read from stdin')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--role <role>', `one of ${roleSchema.options.join(', ')}`)
    .requiredOption('--org <slug>', 'the organization address (slug)')
    .option('--name <name>', 'display name')
    .action((opts: { email: string; role: string; org: string; name?: string }) =>
      withDatabase(async ({ db }) => {
        const password = await askPassword();
        const parsed = addMemberInput.safeParse({
          email: opts.email,
          role: opts.role,
          name: opts.name ?? opts.email,
          password,
        });
        if (!parsed.success) {
          throw new CliError(
            parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
            2,
          );
        }
        try {
          const orgId = await orgIdBySlug(db, opts.org);
          await addMember(db, orgId, { userId: null, label: 'cli' }, parsed.data);
        } catch (error) {
          if (error instanceof DomainError) throw new CliError(error.message);
          throw error;
        }
        process.stdout.write(`created ${parsed.data.email} as ${parsed.data.role} in ${opts.org}\n`);
      }),
    );

  program
    .command('demo')
    .description('load the demo business, its demo review source and one user per role')
    .action(() =>
      withDatabase(async ({ db }) => {
        const demo = await loadDemo(db);
        process.stdout.write('Demo loaded. Sign in with:\n');
        for (const u of demo.users)
          process.stdout.write(`  ${u.role.padEnd(10)} ${u.email}  /  ${u.password}\n`);
      }),
    );
}
