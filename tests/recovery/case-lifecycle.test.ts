import { checkReply, hasBlocking } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts } from '../../server/src/db/schema/index.ts';
import { raiseOverdueTasks } from '../../server/src/services/alerts/raise-overdue-tasks.ts';
import { loadPolledDemo, signIn } from '../approval/demo-org.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe.each(engines)('a recovery case through the playbook on %s', (engine) => {
  let server: TestServer;
  let orgId: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ orgId } = await loadPolledDemo(server.database.db, server.url));
  });
  afterAll(() => server?.stop());

  it('opens one case per negative review from the poll, linked to the review, in stage new', async () => {
    const manager = await signIn(server.url, 'manager');
    const cases = await manager.client.cases.list.query({});
    const inbox = await manager.client.reviews.inbox.query({ label: 'negative' });
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.stage).toBe('new');
    for (const r of inbox) expect(cases.map((c) => c.reviewId)).toContain(r.reviewId);
    expect(new Set(cases.map((c) => c.reviewId)).size).toBe(cases.length);
  });

  it('walks the happy path with a dated, attributed log, a remedy and a promise that goes overdue and alerts once', async () => {
    const manager = await signIn(server.url, 'manager');
    const [first] = await manager.client.cases.list.query({ stage: 'new' });
    if (!first) throw new Error('no case');
    const caseId = first.id;
    await manager.client.cases.move.mutate({ caseId, to: 'acknowledged', note: 'Called and listened' });
    await manager.client.cases.log.mutate({
      caseId,
      kind: 'call',
      summary: 'Talked for ten minutes; the bike still squeaks.',
    });
    await manager.client.cases.offerRemedy.mutate({
      caseId,
      kind: 'refund',
      description: 'Refund of the service fee',
      percent: 50,
      amount: 40,
      currency: 'EUR',
    });
    await manager.client.cases.move.mutate({ caseId, to: 'solution_offered' });
    await manager.client.cases.log.mutate({
      caseId,
      kind: 'email',
      summary: 'Sent the refund offer in writing.',
    });
    const dueAt = new Date(Date.now() + 3_600_000).toISOString();
    const { taskId } = await manager.client.cases.addTask.mutate({
      caseId,
      description: 'Call back after the re-tune',
      dueAt,
    });
    let detail = await manager.client.cases.get.query({ caseId });
    const remedy = detail.remedies[0];
    if (!remedy) throw new Error('no remedy');
    await manager.client.cases.decideRemedy.mutate({ remedyId: remedy.id, status: 'accepted' });
    await manager.client.cases.move.mutate({ caseId, to: 'follow_up' });
    await manager.client.cases.log.mutate({
      caseId,
      kind: 'meeting',
      summary: 'Met at the shop to hand the bike back.',
    });
    await manager.client.cases.log.mutate({ caseId, kind: 'note', summary: 'Client happy with the result.' });

    // Two hours later the promise is overdue: one alert, however often the scan runs.
    const later = new Date(Date.now() + 2 * 3_600_000);
    expect(await raiseOverdueTasks(server.database.db, later)).toBeGreaterThanOrEqual(1);
    await raiseOverdueTasks(server.database.db, later);
    const raised = await server.database.db
      .select({ kind: alerts.kind, link: alerts.link })
      .from(alerts)
      .where(and(eq(alerts.orgId, orgId), eq(alerts.taskId, taskId ?? '')));
    expect(raised).toEqual([{ kind: 'task_overdue', link: `/cases/${caseId}` }]);
    await manager.client.cases.completeTask.mutate({ taskId: taskId ?? '' });
    await manager.client.cases.move.mutate({ caseId, to: 'resolved', note: 'Refund paid, bike fixed' });

    detail = await manager.client.cases.get.query({ caseId });
    expect(detail.case?.stage).toBe('resolved');
    expect(detail.case?.closedAt).toBeTruthy();
    const moves = detail.events.filter((e) => e.kind === 'stage');
    expect(moves.map((m) => [m.fromStage, m.toStage])).toEqual([
      ['new', 'acknowledged'],
      ['acknowledged', 'solution_offered'],
      ['solution_offered', 'follow_up'],
      ['follow_up', 'resolved'],
    ]);
    for (const m of moves) expect(m.actorLabel).toBe('manager@demo.rebound.example');
    expect(detail.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['opened', 'call', 'email', 'meeting', 'note', 'remedy', 'task']),
    );
    expect(detail.remedies[0]).toMatchObject({
      status: 'accepted',
      percent: 50,
      amount: 40,
      currency: 'EUR',
    });
    expect(detail.tasks[0]?.doneAt).toBeTruthy();
  });

  it('refuses moves the playbook does not allow, naming the allowed ones', async () => {
    const owner = await signIn(server.url, 'owner');
    const [resolved] = await owner.client.cases.list.query({ stage: 'resolved' });
    if (!resolved) throw new Error('no resolved case');
    await expect(owner.client.cases.move.mutate({ caseId: resolved.id, to: 'legal' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
      message: expect.stringMatching(/cannot move from Resolved to Legal.*Follow-up/),
    });
    const [fresh] = await owner.client.cases.list.query({ stage: 'new' });
    if (!fresh) throw new Error('no new case');
    await expect(owner.client.cases.move.mutate({ caseId: fresh.id, to: 'resolved' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
  });

  it('takes the hard path to legal and ends terminated with a termination letter that passes the tone and safety check', async () => {
    const owner = await signIn(server.url, 'owner');
    const { caseId } = await owner.client.cases.open.mutate({ title: 'Unpaid invoice for the team bikes' });
    for (const to of ['escalated', 'mediation', 'legal'] as const)
      await owner.client.cases.move.mutate({ caseId, to });
    for (const template of ['meet_halfway', 'mediation', 'payment_demand'] as const) {
      const letter = await owner.client.cases.draftLetter.query({
        caseId,
        template,
        recipientName: 'Jordan Price',
        amount: 1250,
        currency: 'EUR',
        contractReference: 'SB-2026-044',
        invoiceReference: 'INV-2041',
        mediator: 'Dana Ruiz',
      });
      expect(letter.isBlocked).toBe(false);
      expect(letter.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
      if (template === 'payment_demand')
        expect(letter.text).toMatch(/SB-2026-044[\s\S]*INV-2041[\s\S]*€1,250\.00/);
    }
    const termination = await owner.client.cases.draftLetter.query({
      caseId,
      template: 'termination',
      recipientName: 'Jordan Price',
      obligationsFulfilled: ['Serviced all six team bikes in March', 'Returned the spare wheels on 2 April'],
      referral: 'Northside Cycles on Mill Road',
    });
    // The letter as it would be sent passes the very check replies pass, with no exceptions.
    expect(
      hasBlocking(
        checkReply(termination.text, { businessContacts: ['marta@spokeandbean.example', '+1 555 0142 388'] }),
      ),
    ).toBe(false);
    expect(termination.text).toMatch(/Serviced all six team bikes[\s\S]*Northside Cycles/);
    await owner.client.cases.log.mutate({ caseId, kind: 'letter', summary: termination.text });
    await owner.client.cases.move.mutate({ caseId, to: 'terminated', note: 'Notice sent by post' });
    const detail = await owner.client.cases.get.query({ caseId });
    expect(detail.events.filter((e) => e.kind === 'stage').map((e) => e.toStage)).toEqual([
      'escalated',
      'mediation',
      'legal',
      'terminated',
    ]);
    expect(detail.events.some((e) => e.kind === 'letter' && e.summary.includes('Northside Cycles'))).toBe(
      true,
    );
    await expect(owner.client.cases.move.mutate({ caseId, to: 'resolved' })).rejects.toMatchObject({
      message: expect.stringMatching(/closed/),
    });
  });

  it('keeps marketing and admin users out of cases', async () => {
    for (const role of ['marketing', 'admin'] as const) {
      const user = await signIn(server.url, role);
      await expect(user.client.cases.list.query({})).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    }
  });
});
