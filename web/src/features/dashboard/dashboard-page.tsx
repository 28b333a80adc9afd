import { useCan } from '../../shared/auth/use-can.ts';
import { AttentionCard, CasesCard, CompareCard, FeedbackCard, ThemesCard } from './detail-cards.tsx';
import { FiltersBar } from './filters-bar.tsx';
import { SpikesCard, StarsCard, SummaryCard, TrendCard } from './overview-cards.tsx';
import { useDashboardFilters } from './use-dashboard-filters.ts';
import './dashboard.css';

/** The manager's home: "are we getting better?" at a glance, filtered by period, location and source. */
export function DashboardPage() {
  const { filter, update } = useDashboardFilters();
  // Members who may see how feedback requests do, but not the reputation trends, get the feedback card alone.
  const canReadFeedback = useCan('trends.readFeedback');
  const canReadTrends = useCan('trends.read');
  const isFeedbackOnly = canReadFeedback && !canReadTrends;
  return (
    <div className="dashboard">
      <h1>{isFeedbackOnly ? 'Feedback campaigns' : 'Reputation overview'}</h1>
      <FiltersBar filter={filter} update={update} />
      {isFeedbackOnly ? (
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
