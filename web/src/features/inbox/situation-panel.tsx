import {
  describeEscalationReason,
  type PriorAction,
  type ReviewerAsk,
  type Situation,
  type Stance,
} from '@rebound/shared';

const stanceWords: Record<Stance, string> = {
  happy: 'happy',
  happy_with_quibble: 'happy, with a small quibble',
  mixed: 'mixed',
  unhappy: 'unhappy',
  neutral: 'neutral',
};
const actionWords: Record<PriorAction, string> = {
  returned: 'returned it',
  replaced: 'got a replacement',
  replacement_failed: 'a replacement also failed',
  refunded: 'was refunded',
  cancelled: 'cancelled',
  contacted_support: 'contacted us already',
  sent_back: 'sent food back',
  waited: 'waited',
  complained_on_site: 'complained on the spot',
  repaired: 'had it repaired',
  repair_failed: 'a repair did not fix it',
  compensated: 'was already compensated',
  business_followed_up: 'we already followed up',
};
const askWords: Record<ReviewerAsk, string> = {
  refund: 'a refund',
  replacement: 'a replacement',
  repair: 'a repair',
  apology: 'an apology',
  callback: 'a call back',
  explanation: 'an explanation',
  warning_others: 'warns others away',
};

const list = (items: readonly string[]): string => (items.length ? items.join(', ') : '—');

/**
 * What triage read from the review, beside the draft, so the owner can see why the draft says what it says and
 * correct it when the reading is wrong. Reviews stored before situations were read show nothing.
 */
export function SituationPanel({ situation }: { situation: Situation | null }) {
  if (!situation) return null;
  const complaint =
    situation.confidence === 'high' && situation.problem
      ? `${situation.item ?? ''} ${situation.problem}`.trim()
      : 'not clear enough to quote; the draft stays general';
  return (
    <section className="situation-panel" aria-label="What we read">
      <h3>What we read</h3>
      <dl>
        <dt>Stance</dt>
        <dd>{stanceWords[situation.stance]}</dd>
        <dt>Item</dt>
        <dd>{situation.item ?? '—'}</dd>
        <dt>Complaint</dt>
        <dd>{complaint}</dd>
        <dt>Already done</dt>
        <dd>{list(situation.priorActions.map((a) => actionWords[a]))}</dd>
        <dt>Asks for</dt>
        <dd>{list(situation.asks.map((a) => askWords[a]))}</dd>
        <dt>Incidents</dt>
        <dd className={situation.incidents.length ? 'danger-text' : undefined}>
          {list(situation.incidents.map(describeEscalationReason))}
        </dd>
        {situation.praised.length || situation.people.length ? (
          <>
            <dt>Praised</dt>
            <dd>{list([...situation.people, ...situation.praised])}</dd>
          </>
        ) : null}
        {situation.isReturning ? (
          <>
            <dt>Returning</dt>
            <dd>yes</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
