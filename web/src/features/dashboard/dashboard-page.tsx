import { useMe } from '../../shared/auth/use-me.ts';
import { AttentionCard, CasesCard, CompareCard, FeedbackCard, ThemesCard } from './detail-cards.tsx';
import { FiltersBar } from './filters-bar.tsx';
import { SpikesCard, StarsCard, SummaryCard, TrendCard } from './overview-cards.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';
import './dashboard.css';

/** The manager's home: "are we getting better?" at a glance, filtered by period, location and source. */
export function DashboardPage() {
  const me = useMe();
  const { filter, update } = useDashboardFilters();
  const isMarketing = me.data?.role === 'marketing';
  return (
    <div className="dashboard">
      <h1>{isMarketing ? 'Feedback campaigns' : 'Reputation overview'}</h1>
      <FiltersBar filter={filter} update={update} />
      {isMarketing ? (
        <div className="dash-grid">
          <FeedbackCard filter={filter} />
        </div>
      ) : (
        <div className="dash-grid">
          <SummaryCard filter={filter} />
          <TrendCard filter={filter} />
          <AttentionCard filter={filter} />
          <StarsCard filter={filter} />
          <ThemesCard filter={filter} />
          <SpikesCard filter={filter} />
          <CompareCard filter={filter} />
          <CasesCard filter={filter} />
          <FeedbackCard filter={filter} />
        </div>
      )}
    </div>
  );
}
