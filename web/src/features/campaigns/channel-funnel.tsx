const steps = [
  ['asked', 'Asked'],
  ['queued', 'Waiting'],
  ['sent', 'Sent'],
  ['delivered', 'Delivered'],
  ['failed', 'Failed or undelivered'],
  ['cancelled', 'Stopped at send time'],
  ['openedPage', 'Opened the feedback page'],
  ['responded', 'Answered'],
] as const;

/** One count per step; null where the channel cannot know (e-mail has no delivery receipts). */
type ChannelSteps = Record<(typeof steps)[number][0], number | null>;
export type FunnelByChannel = { email: ChannelSteps; sms: ChannelSteps };

/** The funnel side by side per channel; draws what it is given. */
export function ChannelFunnel({ funnel, title }: { funnel: FunnelByChannel; title: string }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <div className="fb-table-wrap">
        <table className="fb-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">E-mail</th>
              <th scope="col">Text message</th>
            </tr>
          </thead>
          <tbody>
            {steps.map(([key, label]) => (
              <tr key={key} data-step={key}>
                <th scope="row">{label}</th>
                <td data-channel="email">{funnel.email[key] ?? '—'}</td>
                <td data-channel="sms">{funnel.sms[key] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Mail servers send no delivery receipts, so e-mail shows no delivered count. A client asked on both
        channels counts for the one whose link they used first.
      </p>
    </section>
  );
}
