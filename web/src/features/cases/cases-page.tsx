import type { AppRouter } from '@rebound/server/trpc/router';
import { type CaseStage, caseStageLabels, caseStages } from '@rebound/shared';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useSearchParams } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { type DataColumn, DataTable, timeColumn } from '../../shared/ui/data-table.tsx';
import { formatDate, stars } from '../../shared/ui/format.ts';
import './cases.css';

type CaseRow = inferRouterOutputs<AppRouter>['cases']['list'][number];

const columns: DataColumn<CaseRow>[] = [
  {
    header: 'Case',
    value: (c) => c.title,
    cell: (c) => (
      <>
        <Link href={`/cases/${c.id}`}>{c.title}</Link>
        {c.rating != null ? <span className="stars"> {stars(c.rating)}</span> : null}
      </>
    ),
    isSortable: true,
  },
  {
    header: 'Stage',
    value: (c) => caseStageLabels[c.stage],
    sortValue: (c) => caseStages.indexOf(c.stage),
    cell: (c) => <span className={`stage stage-${c.stage}`}>{caseStageLabels[c.stage]}</span>,
    isSortable: true,
  },
  timeColumn('Opened', (c) => c.openedAt, formatDate),
  {
    header: 'Promises',
    value: (c) => `${c.openTasks} open${c.overdueTasks ? `, ${c.overdueTasks} overdue` : ''}`,
    sortValue: (c) => c.overdueTasks * 1000 + c.openTasks,
    cell: (c) => (
      <>
        {c.openTasks} open
        {c.overdueTasks ? <strong className="overdue"> · {c.overdueTasks} overdue</strong> : null}
      </>
    ),
    isSortable: true,
  },
  timeColumn('Recovered', (c) => c.recoveredAt, formatDate),
];

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
      <Tabs
        selectedKey={stage ?? 'all'}
        onSelectionChange={(key) =>
          setParams(key === 'all' ? new URLSearchParams() : new URLSearchParams({ stage: String(key) }))
        }
      >
        <TabList aria-label="Filter by stage" className="stage-tabs">
          <Tab id="all">All</Tab>
          {caseStages.map((s) => (
            <Tab key={s} id={s}>
              {caseStageLabels[s]}
            </Tab>
          ))}
        </TabList>
        <TabPanel id={stage ?? 'all'}>
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
          {cases.data ? (
            <DataTable
              label={stage ? `Cases in ${caseStageLabels[stage]}` : 'Cases'}
              className="case-table"
              rows={cases.data}
              columns={columns}
              rowKey={(c) => c.id}
              emptyText={`No cases${stage ? ` in ${caseStageLabels[stage]}` : ''}.`}
              csvName={stage ? `cases-${stage}` : 'cases'}
            />
          ) : null}
        </TabPanel>
      </Tabs>
    </div>
  );
}
