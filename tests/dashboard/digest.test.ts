import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, users } from '../../server/src/db/schema/index.ts';
import { hashPassword } from '../../server/src/services/auth/password.ts';
import { lastFullWeek } from '../../server/src/services/digest/digest-week.ts';
import { queueWeeklyDigest } from '../../server/src/services/digest/queue-weekly-digest.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { addReview, createGoldenOrg, type GoldenOrg } from './golden-org.ts';

const hostile = '<script>window.__pwned = 1</script><b>bold</b> \u202Eevil\u202C 😡 the wait was endless';
const mail = { publicUrl: 'http://rebound.test', fromAddress: 'digest@rebound.test', domain: 'rebound.test' };

it('the last full week before Wednesday 2025-06-11 is Monday 06-02 to Sunday 06-08', () => {
  expect(lastFullWeek(new Date('2025-06-11T09:00:00Z'))).toEqual({
    weekStart: '2025-06-02',
    weekEnd: '2025-06-08',
  });
});

describe.each(engines)('weekly digest on %s', (engine) => {
  let sink: SmtpSink;
  let server: TestServer;
  let org: GoldenOrg;
  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer(engine, {
      SMTP_URL: sink.url,
      WORKERS_ENABLED: 'true',
      POLL_CRON: '0 0 1 1 *',
      DIGEST_CRON: '',
      OUTBOX_IDLE_MS: '200',
    });
    const { db } = server.database;
    org = await createGoldenOrg(db, `digest-${engine}`);
    const [manager] = await db
      .insert(users)
      .values({
        email: `manager@digest-${engine}.example`,
        name: 'Mia Manager',
        passwordHash: await hashPassword('digest-manager-pass'),
      })
      .returning({ id: users.id });
    if (!manager) throw new Error('manager not created');
    await db.insert(memberships).values({ orgId: org.orgId, userId: manager.id, role: 'manager' });
    await db.insert(memberships).values({
      orgId: org.orgId,
      userId:
        (
          await db
            .insert(users)
            .values({ email: `marketing@digest-${engine}.example`, passwordHash: 'x' })
            .returning({ id: users.id })
        )[0]?.id ?? '',
      role: 'marketing',
    });
    await addReview(db, org, { at: '2025-06-03T10:00:00Z', rating: 5, label: 'positive' });
    await addReview(db, org, { at: '2025-06-05T10:00:00Z', rating: 4, label: 'positive' });
    await addReview(db, org, {
      at: '2025-06-07T10:00:00Z',
      rating: 1,
      label: 'negative',
      text: hostile,
      themes: ['wait_time'],
    });
    await addReview(db, org, { at: '2025-05-28T10:00:00Z', rating: 3, label: 'mixed' });
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
  });

  it('queues one digest per manager and owner (not marketing) once per week, and the outbox delivers it over SMTP', async () => {
    const first = await queueWeeklyDigest(server.database.db, org.orgId, mail, { weekEnd: '2025-06-08' });
    expect(first.queued).toBe(true);
    expect(first.recipients.sort()).toEqual([
      `manager@digest-${engine}.example`,
      `owner@digest-${engine}.example`,
    ]);
    const again = await queueWeeklyDigest(server.database.db, org.orgId, mail, { weekEnd: '2025-06-08' });
    expect(again.queued).toBe(false);
    const deadline = Date.now() + 20_000;
    while (sink.messages.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(sink.messages).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 600));
    expect(sink.messages).toHaveLength(2);
  });

  it("states the week's numbers: average (5+4+1)/3 = 3.33, up 0.33 on the previous week's 3.00, 1 negative of 3 = 33%", () => {
    const message = sink.messages[0];
    expect(message?.subject).toBe('Rebound weekly: 3.33 average, 1 negative, 1 waiting for a reply');
    expect(message?.text).toContain('Average rating: 3.33 (up 0.33) from 3 new reviews (1 the week before).');
    expect(message?.text).toContain('Negative reviews: 1 (33% of the week');
    expect(message?.text).toContain('Most common complaints: wait time (1).');
    expect(message?.text).toContain('http://rebound.test/dashboard?from=2025-06-02&to=2025-06-08');
  });

  it('lists the unanswered negative review under what needs attention, its hostile text quoted as plain text', () => {
    const message = sink.messages[0];
    expect(message?.text).toContain('No reply yet: 1★');
    expect(message?.text).toContain('<script>window.__pwned = 1</script>');
    const html = typeof message?.html === 'string' ? message.html : '';
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;');
  });
});
