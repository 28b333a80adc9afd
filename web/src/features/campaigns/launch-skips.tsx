export type LaunchSkips = {
  email: { suppressed: number; noEmail: number };
  sms: { noConsent: number; noPhone: number; optedOut: number };
  unreached: number;
};

/** Who the launch could not reach on each channel, and why; shown after the launch and kept on the page. */
export function LaunchSkipsNote({ skips, channel }: { skips: LaunchSkips; channel: string }) {
  const usesEmail = channel !== 'sms';
  const usesText = channel !== 'email';
  return (
    <section className="card" aria-label="Not reached">
      <h2>Not reached</h2>
      <ul>
        {usesText ? (
          <>
            <li data-skip="sms-no-consent">
              {skips.sms.noConsent} not texted: no consent to texts on record
            </li>
            <li data-skip="sms-no-phone">{skips.sms.noPhone} not texted: no valid mobile number</li>
            <li data-skip="sms-opted-out">{skips.sms.optedOut} not texted: replied STOP</li>
          </>
        ) : null}
        {usesEmail ? (
          <>
            <li data-skip="email-suppressed">
              {skips.email.suppressed} not e-mailed: unsubscribed or bounced
            </li>
            <li data-skip="email-none">{skips.email.noEmail} not e-mailed: no usable address</li>
          </>
        ) : null}
      </ul>
      <p className="hint">
        {skips.unreached} client(s) were reached on no channel and were not asked. Everyone asked gets the
        same link to the same feedback page, whichever way it reached them.
      </p>
    </section>
  );
}
