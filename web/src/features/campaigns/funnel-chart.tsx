export type Funnel = {
  asked: number;
  queued: number;
  sent: number;
  failed: number;
  cancelled: number;
  opened: number;
  clicked: number;
  answered: number;
  publicClicked: number;
  unhappy: number;
};

const steps: Array<[keyof Funnel, string]> = [
  ['asked', 'Asked'],
  ['sent', 'Sent'],
  ['opened', 'Opened'],
  ['clicked', 'Clicked'],
  ['answered', 'Answered'],
  ['publicClicked', 'Public link clicked'],
];

/** Draws a funnel it is given; fetching is the caller's job. */
export function FunnelChart({ funnel, title }: { funnel: Funnel; title: string }) {
  const top = Math.max(1, funnel.asked);
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <ul className="fb-funnel">
        {steps.map(([key, label]) => (
          <li key={key} data-step={key}>
            <span>{label}</span>
            <span className="fb-bar" style={{ width: `${(funnel[key] / top) * 100}%` }} aria-hidden="true" />
            <span>{funnel[key]}</span>
          </li>
        ))}
      </ul>
      <p className="hint">
        Waiting {funnel.queued} · failed or bounced {funnel.failed} · cancelled at send time{' '}
        {funnel.cancelled} · unhappy answers {funnel.unhappy}
      </p>
    </section>
  );
}
