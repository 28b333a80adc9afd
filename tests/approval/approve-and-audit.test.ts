import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseTasks, replies } from '../../server/src/db/schema/index.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { loadPolledDemo, signIn } from './demo-org.ts';

describe.each(engines)('approval, override and audit on %s', (engine) => {
  let server: TestServer;
  let orgId: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ orgId } = await loadPolledDemo(server.database.db, server.url));
  });
  afterAll(() => server?.stop());

  const auditOf = (reviewId: string) =>
    server.database.db
      .select({ action: auditLog.action, actor: auditLog.actorLabel, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.entityId, reviewId)))
      .orderBy(auditLog.at);

  it('refuses approval to a manager and to a marketing user, whatever the draft says', async () => {
    const owner = await signIn(server.url, 'owner');
    const [first] = await owner.client.reviews.inbox.query({});
    if (!first) throw new Error('inbox empty');
    for (const role of ['manager', 'marketing'] as const) {
      const other = await signIn(server.url, role);
      await expect(
        other.client.replies.approve.mutate({ draftId: first.draftId, overrideReason: 'because' }),
      ).rejects.toMatchObject({
        data: { code: 'FORBIDDEN' },
      });
      await expect(
        other.client.replies.edit.mutate({ draftId: first.draftId, text: 'Thanks!' }),
      ).rejects.toMatchObject({
        data: { code: 'FORBIDDEN' },
      });
    }
    const rows = await server.database.db
      .select({ id: replies.id })
      .from(replies)
      .where(eq(replies.reviewId, first.reviewId));
    expect(rows).toHaveLength(0);
  });

  it('keeps the diff of an edit in the audit log', async () => {
    const owner = await signIn(server.url, 'owner');
    const [first] = await owner.client.reviews.inbox.query({});
    if (!first) throw new Error('inbox empty');
    const edited = `${first.draftText}\nWe have already spoken to the team about it.`;
    await owner.client.replies.edit.mutate({ draftId: first.draftId, text: edited });
    const entry = (await auditOf(first.reviewId)).find((a) => a.action === 'reply.edited');
    const diff = entry?.detail.diff as
      | { patch: string; changes: Array<{ op: string; text: string }> }
      | undefined;
    expect(diff?.patch).toContain('+We have already spoken to the team about it.');
    expect(diff?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ op: 'added' })]));
    expect(entry?.actor).toBe('owner@demo.rebound.example');
  });

  it('refuses to approve a draft with a blocking finding until a reason is given, then records the override', async () => {
    const owner = await signIn(server.url, 'owner');
    const [first] = await owner.client.reviews.inbox.query({});
    if (!first) throw new Error('inbox empty');
    const risky = `${first.draftText}\nWe accept full liability for the damage.`;
    const { findings } = await owner.client.replies.edit.mutate({ draftId: first.draftId, text: risky });
    expect(findings.some((f) => f.severity === 'blocking' && f.rule === 'liability')).toBe(true);
    await expect(owner.client.replies.approve.mutate({ draftId: first.draftId })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: { overrideReason: expect.any(Array) } },
    });
    await expect(
      owner.client.replies.approve.mutate({ draftId: first.draftId, overrideReason: '   ' }),
    ).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
    const approved = await owner.client.replies.approve.mutate({
      draftId: first.draftId,
      overrideReason: 'Agreed with our insurer',
    });
    expect(approved.replyId).toBeTruthy();
    const audit = await auditOf(first.reviewId);
    const override = audit.find((a) => a.action === 'reply.override');
    expect(override?.detail).toMatchObject({ reason: 'Agreed with our insurer', findings: ['liability'] });
    expect(audit.find((a) => a.action === 'reply.approved')?.actor).toBe('owner@demo.rebound.example');
  });

  it('turns the promises in the approved text into tasks due from the approval, on the review’s case', async () => {
    const owner = await signIn(server.url, 'owner');
    const [next] = await owner.client.reviews.inbox.query({ label: 'negative' });
    if (!next) throw new Error('no negative review left');
    const text =
      'Thank you for telling us, and I am sorry. Marta will call you within 48 hours to arrange a free re-do. — Marta';
    await owner.client.replies.edit.mutate({ draftId: next.draftId, text });
    const before = Date.now();
    const { replyId } = await owner.client.replies.approve.mutate({ draftId: next.draftId });
    const tasks = await server.database.db
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.orgId, orgId), eq(caseTasks.replyId, replyId ?? '')));
    expect(tasks).toHaveLength(1);
    const [task] = tasks;
    expect(task?.description).toMatch(/within 48 hours/);
    expect((task?.dueAt.getTime() ?? 0) - before).toBeGreaterThan(47.9 * 3_600_000);
    expect(task?.caseId).not.toBeNull();
  });

  it('offers alternatives and a regenerated draft, both audited, and keeps the owner in charge of the pick', async () => {
    const owner = await signIn(server.url, 'owner');
    const [item] = await owner.client.reviews.inbox.query({});
    if (!item) throw new Error('inbox empty');
    const alternatives = await owner.client.replies.alternatives.query({ draftId: item.draftId });
    expect(alternatives.length).toBeGreaterThan(1);
    expect(new Set(alternatives.map((a) => a.text)).size).toBe(alternatives.length);
    const pick = alternatives[1];
    if (!pick) throw new Error('no second alternative');
    await owner.client.replies.pickAlternative.mutate({ draftId: item.draftId, text: pick.text });
    const regenerated = await owner.client.replies.regenerate.mutate({ draftId: item.draftId });
    expect(regenerated.findings).toBeDefined();
    const actions = (await auditOf(item.reviewId)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['reply.alternative_chosen', 'reply.regenerated']));
  });

  it('lets a reply for a platform without an API be marked as posted with its address, once, audited', async () => {
    const owner = await signIn(server.url, 'owner');
    const [item] = await owner.client.reviews.inbox.query({});
    if (!item) throw new Error('inbox empty');
    const approved = await owner.client.replies.approve.mutate({
      draftId: item.draftId,
      overrideReason: 'checked',
    });
    expect(approved.state).toBe('manual');
    const replyId = approved.replyId ?? '';
    const manager = await signIn(server.url, 'manager');
    await manager.client.replies.markPosted.mutate({ replyId, url: 'https://reviews.example/r/1#reply' });
    await expect(owner.client.replies.markPosted.mutate({ replyId })).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
    });
    const [row] = await server.database.db.select().from(replies).where(eq(replies.id, replyId));
    expect(row).toMatchObject({ state: 'posted', postedUrl: 'https://reviews.example/r/1#reply' });
    expect(row?.postedAt).toBeInstanceOf(Date);
    const posted = (await auditOf(item.reviewId)).find((a) => a.action === 'reply.posted');
    expect(posted).toMatchObject({ actor: 'manager@demo.rebound.example', detail: { via: 'manual' } });
  });

  it('exports the org’s audit log as CSV for owners and admins only, with formula-like cells neutralised', async () => {
    const owner = await signIn(server.url, 'owner');
    const { csv, filename } = await owner.client.audit.exportCsv.query({});
    expect(filename).toMatch(/^rebound-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('at,actor,action,entity_type,entity_id,detail');
    expect(csv).toContain('reply.override');
    expect(csv).toContain('reply.posted');
    const marketing = await signIn(server.url, 'marketing');
    await expect(marketing.client.audit.exportCsv.query({})).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });
});
