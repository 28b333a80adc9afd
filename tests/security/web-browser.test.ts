/// <reference lib="dom" />
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, reviews, sources } from '../../server/src/db/schema/index.ts';
import { demoUsers } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { latestAccountLink } from '../support/account-links.ts';
import { launchBrowser, signInThroughForm } from '../support/browser.ts';
import { callProcedure } from './http.ts';
import { listProcedures } from './procedures.ts';
import { sampleUuid } from './schema-values.ts';
import { collectIds } from './tenant-ids.ts';
import { startWorld, type World } from './world.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const payloads = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '"><svg onload=alert(1)>',
  js: 'javascript:alert(1)',
  rtl: '\u202Egnp.exe',
};
const hostile = Object.values(payloads).join(' ');
const long = `${hostile} ${'W'.repeat(10_000)}`;

/** A business page whose schema.org reviews are all attacks. */
function hostilePage(): string {
  const review = (i: number, author: string, title: string, body: string) => ({
    '@type': 'Review',
    '@id': `#hostile-${i}`,
    author: { '@type': 'Person', name: author },
    datePublished: `2026-01-0${i + 1}`,
    name: title,
    reviewBody: body,
    url: payloads.js,
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1 },
  });
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name: payloads.svg,
    review: [
      review(0, payloads.img, payloads.script, `Awful service. ${hostile}`),
      review(1, payloads.svg, payloads.img, `Rude staff and a broken order. ${long}`),
      review(2, `${payloads.rtl} ${payloads.js}`, payloads.rtl, `Never again ${payloads.script}`),
    ],
  };
  const json = JSON.stringify(ld).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body>reviews</body></html>`;
}

/** Dashboard paths from the route table; `/<things>/:id` routes get a real id of that kind when there is one. */
function dashboardPaths(ids: Map<string, string>): string[] {
  const source = readFileSync(path.join(repoRoot, 'web/src/app/routes.tsx'), 'utf8');
  return [...source.matchAll(/path="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((p) => p !== '/setup' && p !== '/sign-in')
    .map((p) =>
      p
        .replace(/\/(\w+?)s\/:\w+/, (_all, kind: string) => `/${kind}s/${ids.get(`${kind}Id`) ?? sampleUuid}`)
        .replace(/:\w+/g, 'x'),
    );
}

type Findings = { dialogs: string[]; consoleErrors: string[] };

async function watch(page: Page): Promise<Findings> {
  const findings: Findings = { dialogs: [], consoleErrors: [] };
  page.on('dialog', (d) => {
    findings.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') findings.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => findings.consoleErrors.push(String(e)));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return findings;
}

/** Elements or attributes that only exist if hostile text became markup. */
async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll(
        '[onerror], [onload], img[src="x"], svg[onload], a[href^="javascript:"], script:not([src]):not([type="application/json"])',
      ).length,
  );
}

describe('the dashboard in a browser: CSP and hostile text', () => {
  let world: World;
  let site: Server;
  let reviewId = '';
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    if (!existsSync(path.join(repoRoot, 'web/dist/index.html')))
      execSync('npm run build -w @rebound/web', { cwd: repoRoot, stdio: 'ignore' });
    world = await startWorld('pglite');
    site = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(hostilePage()),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/reviews`;
    const db = world.db;
    const orgId = world.orgA.orgId;
    const [src] = await db
      .insert(sources)
      .values({
        orgId,
        kind: 'schema_org',
        name: `${payloads.img} source`,
        url: siteUrl,
        config: {},
        intervalSeconds: 60,
      })
      .returning({ id: sources.id });
    const poller = startPoller(
      {
        db,
        worker: 'xss-test',
        log: createLogger('silent'),
        fetcher: async (url) => {
          const res = await fetch(url);
          const body = await res.text();
          return {
            ...{ ok: true, status: res.status, body, url, contentType: res.headers.get('content-type') },
            ...{ etag: null, lastModified: null, notModified: false, headers: {} },
          };
        },
      },
      { cronExpression: null },
    );
    await poller.pollNow(orgId, src?.id ?? '');
    await poller.stop();
    const [hostileReview] = await db
      .select({ id: reviews.id })
      .from(reviews)
      .where(eq(reviews.sourceId, src?.id ?? ''));
    reviewId = hostileReview?.id ?? '';
    await db
      .update(organizations)
      .set({ name: `Shop ${payloads.svg}` })
      .where(eq(organizations.id, orgId));
    // Everything else a member can type, through the procedures that exist.
    const owner = await world.sessionFor(world.orgA, 'owner');
    const known = new Map(listProcedures().map((p) => [p.path, p]));
    const attempts: Array<[string, unknown]> = [
      ['members.add', { email: 'eve@example.com', role: 'marketing' }],
      ['clients.save', { email: 'mallory@example.com', name: payloads.script }],
      ['cases.open', { title: `Case ${payloads.img}`, reviewId }],
    ];
    for (const [p, input] of attempts) {
      const proc = known.get(p);
      if (proc) await callProcedure(world.server.url, proc, input, owner);
    }
    // A member's name is what they type when accepting their invitation.
    const accept = known.get('account.acceptInvitation');
    const invite = await latestAccountLink(world.db, 'eve@example.com', 'invite');
    if (accept)
      await callProcedure(
        world.server.url,
        accept,
        { token: invite.token, name: payloads.img, password: 'long enough password' },
        null,
      );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await world?.stop();
  });

  it('stored the hostile review text as it was written', async () => {
    expect(reviewId).not.toBe('');
  });

  for (const role of ['owner', 'marketing'] as const) {
    it(`renders every dashboard page for the ${role} with no CSP violation, no script run and the text shown as text`, async () => {
      const user = demoUsers.find((u) => u.role === role);
      if (!user) throw new Error(`demo ${role} missing`);
      // One browser, one member at a time: the previous member's cookies go.
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      const findings = await watch(page);
      await signInThroughForm(page, world.server.url, user.email, user.password);
      const problems: string[] = [];
      const ids = await collectIds(world.db, world.orgA.orgId);
      ids.set('reviewId', reviewId);
      for (const p of dashboardPaths(ids)) {
        await page.goto(`${world.server.url}${p}`);
        await page.waitForLoadState('networkidle');
        const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        if (csp.length) problems.push(`${p}: CSP violations ${csp.join('; ')}`);
        const injected = await injectedElements(page);
        if (injected) problems.push(`${p}: ${injected} injected element(s)`);
      }
      if (role === 'owner') {
        await page.goto(`${world.server.url}/reviews/${reviewId}`);
        await page.waitForLoadState('networkidle');
        const shown = await page.evaluate(() => document.body.textContent);
        // Names typed by people are shown exactly; review markup from a page is reduced to its text by the adapter.
        expect(shown).toContain(`Shop ${payloads.svg}`);
        expect(shown).toContain(`${payloads.img} source`);
        expect(shown).toContain(payloads.js);
        expect(shown).toContain(payloads.rtl);
      }
      await page.close();
      expect(problems).toEqual([]);
      expect(findings.dialogs).toEqual([]);
      // Refused API calls for pages a role may not use show up as failed loads; anything else is a bug.
      expect(findings.consoleErrors.filter((e) => !/status of 40[134]/.test(e))).toEqual([]);
    });
  }
});
