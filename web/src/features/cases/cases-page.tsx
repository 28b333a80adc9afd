import { type CaseStage, caseStageLabels, caseStages } from '@rebound/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { formatDate, stars } from '../../shared/ui/format.ts';
import './cases.css';

/** Recovery cases grouped by stage; the stage filter lives in the address bar. */
export function CasesPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const raw = params.get('stage');
  const stage = (caseStages as readonly string[]).includes(raw ?? '') ? (raw as CaseStage) : undefined;
  const cases = useQuery(trpc.cases.list.queryOptions(stage ? { stage } : {}));
  const tasks = useQuery(trpc.cases.openTasks.queryOptions());
  const overdue = (tasks.data ?? []).filter((t) => new Date(t.dueAt).getTime() < Date.now());
  return (
    <div className="cases">
      <h1>Recovery cases</h1>
      <nav aria-label="Filter by stage" className="stage-tabs">
        <button type="button" aria-pressed={!stage} onClick={() => setParams(new URLSearchParams())}>
          All
        </button>
        {caseStages.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={stage === s}
            onClick={() => setParams(new URLSearchParams({ stage: s }))}
          >
            {caseStageLabels[s]}
          </button>
        ))}
      </nav>
      {overdue.length ? (
        <p className="badge danger" role="status">
          {overdue.length} promise{overdue.length === 1 ? ' is' : 's are'} overdue.
        </p>
      ) : null}
      {cases.isPending ? <p className="loading">Loading cases…</p> : null}
      {cases.isError ? (
        <p className="error" role="alert">
          {cases.error.message}
        </p>
      ) : null}
      {cases.data && !cases.data.length ? (
        <p>No cases{stage ? ` in ${caseStageLabels[stage]}` : ''}.</p>
      ) : null}
      {cases.data?.length ? (
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Stage</th>
              <th scope="col">Opened</th>
              <th scope="col">Promises</th>
              <th scope="col">Recovered</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/cases/${c.id}`}>{c.title}</Link>
                  {c.rating != null ? <span className="stars"> {stars(c.rating)}</span> : null}
                </td>
                <td>
                  <span className={`stage stage-${c.stage}`}>{caseStageLabels[c.stage]}</span>
                </td>
                <td>{formatDate(c.openedAt)}</td>
                <td>
                  {c.openTasks} open
                  {c.overdueTasks ? <strong className="overdue"> · {c.overdueTasks} overdue</strong> : null}
                </td>
                <td>{c.recoveredAt ? formatDate(c.recoveredAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
