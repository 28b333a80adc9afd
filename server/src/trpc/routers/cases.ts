import {
  addRemedyInput,
  addTaskInput,
  caseIdInput,
  decideRemedyInput,
  letterInput,
  listCasesInput,
  logEntryInput,
  moveCaseInput,
  openCaseInput,
  taskIdInput,
} from '@rebound/shared';
import { draftLetter } from '../../services/cases/draft-letter.ts';
import { getCase } from '../../services/cases/get-case.ts';
import { listCases } from '../../services/cases/list-cases.ts';
import { listOpenTasks } from '../../services/cases/list-open-tasks.ts';
import { addLogEntry } from '../../services/cases/log-entry.ts';
import { moveCase } from '../../services/cases/move-case.ts';
import { openManualCase } from '../../services/cases/open-manual-case.ts';
import { decideRemedy, offerRemedy } from '../../services/cases/remedies.ts';
import { addTask, completeTask } from '../../services/cases/tasks.ts';
import { capabilityProcedure, router } from '../init.ts';

const caseWorkers = capabilityProcedure('cases.work');
const withUser = <T extends { actor: { userId: string | null; label: string }; session: { userId: string } }>(
  ctx: T,
) => ({
  ...ctx.actor,
  userId: ctx.session.userId,
});

export const casesRouter = router({
  list: caseWorkers.input(listCasesInput).query(({ ctx, input }) => listCases(ctx.db, ctx.orgId, input)),
  get: caseWorkers.input(caseIdInput).query(({ ctx, input }) => getCase(ctx.db, ctx.orgId, input.caseId)),
  open: caseWorkers
    .input(openCaseInput)
    .mutation(({ ctx, input }) => openManualCase(ctx.db, ctx.orgId, ctx.actor, input)),
  move: caseWorkers
    .input(moveCaseInput)
    .mutation(({ ctx, input }) => moveCase(ctx.db, ctx.orgId, ctx.actor, input)),
  log: caseWorkers
    .input(logEntryInput)
    .mutation(({ ctx, input }) => addLogEntry(ctx.db, ctx.orgId, ctx.actor, input)),
  openTasks: caseWorkers.query(({ ctx }) => listOpenTasks(ctx.db, ctx.orgId)),
  addTask: caseWorkers
    .input(addTaskInput)
    .mutation(({ ctx, input }) => addTask(ctx.db, ctx.orgId, ctx.actor, input)),
  completeTask: caseWorkers
    .input(taskIdInput)
    .mutation(({ ctx, input }) => completeTask(ctx.db, ctx.orgId, withUser(ctx), input.taskId)),
  offerRemedy: caseWorkers
    .input(addRemedyInput)
    .mutation(({ ctx, input }) => offerRemedy(ctx.db, ctx.orgId, ctx.actor, input)),
  decideRemedy: caseWorkers
    .input(decideRemedyInput)
    .mutation(({ ctx, input }) => decideRemedy(ctx.db, ctx.orgId, ctx.actor, input)),
  /** A letter from our templates, checked like a reply; nothing is sent, the owner logs it once sent. */
  draftLetter: caseWorkers
    .input(letterInput)
    .query(({ ctx, input }) => draftLetter(ctx.db, ctx.orgId, input)),
});
