import { type CaseStage, caseStageLabels, caseTransitions } from '@rebound/shared';
import { invalid } from '../errors.ts';

export const closedStages: ReadonlySet<CaseStage> = new Set(['resolved', 'terminated']);

/** Refuse a move the playbook does not allow, naming the moves that are. */
export function assertMoveAllowed(from: CaseStage, to: CaseStage): void {
  const allowed = caseTransitions[from];
  if (allowed.includes(to)) return;
  const options = allowed.map((s) => caseStageLabels[s]).join(', ');
  throw invalid(
    allowed.length
      ? `A case cannot move from ${caseStageLabels[from]} to ${caseStageLabels[to]}. From here it can go to: ${options}.`
      : `A ${caseStageLabels[from].toLowerCase()} case is closed and cannot move.`,
    { to: [`Not allowed from ${caseStageLabels[from]}`] },
  );
}
