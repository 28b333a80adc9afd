import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, caseEvents, caseTasks, recoveryCases } from '../../server/src/db/schema/index.ts';
import { raiseAlert } from '../../server/src/services/alerts/raise-alert.ts';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { loadPolledDemo, signIn } from '../approval/demo-org.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe.each(engines)('another organization and the demo org’s cases, tasks and alerts on %s', (engine) => {
  let server: TestServer;
  let orgId: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ orgId } = await loadPolledDemo(server.database.db, server.url));
    await createOrganizationWithOwner(server.database.db, {
      orgName: 'Rival Bikes',
      orgSlug: 'rival',
      postalAddress: '1 Other Street, Elsewhere',
      ownerName: 'Rita Rival',
      ownerEmail: 'rita@rival.example',
      ownerPassword: 'rival-owner-pass',
    });
  });
  afterAll(() => server?.stop());

  it('cannot read, move, log on, add to or decide anything in a case, task or remedy of another org', async () => {
    const demo = await signIn(server.url, 'owner');
    const [target] = await demo.client.cases.list.query({});
    if (!target) throw new Error('no demo case');
    const caseId = target.id;
    const { taskId } = await demo.client.cases.addTask.mutate({
      caseId,
      description: 'Call back',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const { remedyId } = await demo.client.cases.offerRemedy.mutate({
      caseId,
      kind: 'redo',
      description: 'Free re-tune',
    });
    await raiseAlert(server.database.db, {
      orgId,
      kind: 'escalated',
      dedupeKey: 'test:1',
      title: 'Demo only',
      body: 'secret',
      link: '/cases',
    });

    const rival = (await signedInClient(server.url, 'rita@rival.example', 'rival-owner-pass')).client;
    const notFound = { data: { code: 'NOT_FOUND' } };
    expect(await rival.cases.list.query({})).toEqual([]);
    expect(await rival.cases.openTasks.query()).toEqual([]);
    expect(await rival.alerts.list.query({})).toEqual([]);
    await expect(rival.cases.get.query({ caseId })).rejects.toMatchObject(notFound);
    await expect(rival.cases.move.mutate({ caseId, to: 'acknowledged' })).rejects.toMatchObject(notFound);
    await expect(rival.cases.log.mutate({ caseId, kind: 'note', summary: 'planted' })).rejects.toMatchObject(
      notFound,
    );
    await expect(
      rival.cases.addTask.mutate({ caseId, description: 'planted', dueAt: new Date().toISOString() }),
    ).rejects.toMatchObject(notFound);
    await expect(rival.cases.completeTask.mutate({ taskId: taskId ?? '' })).rejects.toMatchObject(notFound);
    await expect(
      rival.cases.offerRemedy.mutate({ caseId, kind: 'other', description: 'planted' }),
    ).rejects.toMatchObject(notFound);
    await expect(
      rival.cases.decideRemedy.mutate({ remedyId: remedyId ?? '', status: 'declined' }),
    ).rejects.toMatchObject(notFound);
    await expect(
      rival.cases.draftLetter.query({ caseId, template: 'termination', recipientName: 'X' }),
    ).rejects.toMatchObject(notFound);
    await expect(
      rival.cases.open.mutate({ title: 'Steal', reviewId: target.reviewId ?? undefined }),
    ).resolves.toBeDefined();
    const { csv } = await rival.audit.exportCsv.query({});
    expect(csv).not.toContain(caseId);

    // Nothing of the demo org changed.
    const [still] = await server.database.db
      .select({ stage: recoveryCases.stage })
      .from(recoveryCases)
      .where(eq(recoveryCases.id, caseId));
    expect(still?.stage).toBe('new');
    const planted = await server.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.summary, 'planted')));
    expect(planted).toHaveLength(0);
    const [task] = await server.database.db
      .select({ doneAt: caseTasks.doneAt })
      .from(caseTasks)
      .where(eq(caseTasks.id, taskId ?? ''));
    expect(task?.doneAt).toBeNull();
    const stolen = await server.database.db
      .select({ orgId: recoveryCases.orgId })
      .from(recoveryCases)
      .where(eq(recoveryCases.title, 'Steal'));
    expect(stolen.every((s) => s.orgId !== orgId)).toBe(true);
    const demoAlerts = await server.database.db
      .select({ id: alerts.id })
      .from(alerts)
      .where(eq(alerts.orgId, orgId));
    expect(demoAlerts.length).toBeGreaterThan(0);
  });

  it('cannot approve, regenerate, mark posted or retry the demo org’s replies', async () => {
    const demo = await signIn(server.url, 'owner');
    const [item] = await demo.client.reviews.inbox.query({});
    if (!item) throw new Error('inbox empty');
    const rival = (await signedInClient(server.url, 'rita@rival.example', 'rival-owner-pass')).client;
    const notFound = { data: { code: 'NOT_FOUND' } };
    await expect(
      rival.replies.approve.mutate({ draftId: item.draftId, overrideReason: 'x' }),
    ).rejects.toMatchObject(notFound);
    await expect(rival.replies.regenerate.mutate({ draftId: item.draftId })).rejects.toMatchObject(notFound);
    await expect(rival.replies.alternatives.query({ draftId: item.draftId })).rejects.toMatchObject(notFound);
    await expect(
      rival.replies.pickAlternative.mutate({ draftId: item.draftId, text: 'planted' }),
    ).rejects.toMatchObject(notFound);
    const { replyId } = await demo.client.replies.approve.mutate({
      draftId: item.draftId,
      overrideReason: 'checked',
    });
    await expect(rival.replies.markPosted.mutate({ replyId: replyId ?? '' })).rejects.toMatchObject(notFound);
    await expect(rival.replies.retryPost.mutate({ replyId: replyId ?? '' })).rejects.toMatchObject(notFound);
  });
});
