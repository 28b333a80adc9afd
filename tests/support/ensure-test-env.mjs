#!/usr/bin/env node
// Brings what the test suite needs beyond `npm ci`: Debian's Chromium for the browser tests and a PostgreSQL server
// answering on 127.0.0.1:5432 for the tests that run on both engines. As root with apt-get it installs or starts what
// is missing; otherwise it stops at once and names the missing piece and the command that brings it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgHost = '127.0.0.1';
const pgPort = 5432;
// Set only by the test of this script, to walk the non-root path on a root machine.
const isRoot = process.getuid?.() === 0 && process.env.REBOUND_ENSURE_AS_USER !== '1';
const hasApt = existsSync('/usr/bin/apt-get');
const missing = [];

function log(message) {
  process.stdout.write(`ensure-test-env: ${message}\n`);
}

function run(cmd, args) {
  execFileSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

let aptUpdated = false;
function aptInstall(packages) {
  if (!aptUpdated) {
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

function canConnect(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitForPostgres(seconds) {
  for (let i = 0; i < seconds; i++) {
    if (await canConnect(pgHost, pgPort)) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

function clusters() {
  if (!existsSync('/etc/postgresql')) return [];
  return readdirSync('/etc/postgresql');
}

async function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  if (isRoot && hasApt) {
    log(`installing Debian's chromium (browser tests need ${chromiumPath})`);
    aptInstall(['chromium', 'fonts-dejavu-core']);
    if (existsSync(chromiumPath)) return;
  }
  missing.push(
    `Chromium at ${chromiumPath} for the browser tests: install it with  sudo apt-get install chromium`,
  );
}

async function ensurePostgres() {
  if (await canConnect(pgHost, pgPort)) return;
  if (isRoot && hasApt && clusters().length === 0) {
    log('installing PostgreSQL (tests run on PGlite and on a PostgreSQL server)');
    aptInstall(['postgresql', 'postgresql-client']);
  }
  const versions = clusters();
  if (isRoot && versions.length > 0) {
    const version = versions.sort().at(-1);
    log(`starting the PostgreSQL ${version} cluster`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
    if (await waitForPostgres(30)) return;
  }
  missing.push(
    `a PostgreSQL server on ${pgHost}:${pgPort} (user postgres, trust auth on loopback): start it with  sudo pg_ctlcluster <version> main start  or install it with  sudo apt-get install postgresql`,
  );
}

await ensureChromium();
await ensurePostgres();
if (missing.length > 0) {
  process.stderr.write(
    `The test suite cannot run yet. Missing:\n${missing.map((m) => `  - ${m}`).join('\n')}\n`,
  );
  process.exit(1);
}
