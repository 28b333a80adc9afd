import { countSmsSegments } from '@rebound/shared/sms/segments';

type Props = {
  value: string;
  onChange(value: string): void;
  /** The text a sample client would get, as the server builds it (business name, link, how to stop). */
  preview: { text: string; errors: string[] } | null;
  errors: string[] | undefined;
};

/** The text message's words, the full text a client gets, and what it costs in characters and segments. */
export function SmsTemplateField({ value, onChange, preview, errors }: Props) {
  const count = preview?.text ? countSmsSegments(preview.text) : null;
  const shown = [...(errors ?? []), ...(preview?.errors ?? [])];
  return (
    <div className="field">
      <label htmlFor="campaign-sms">Words of the text message</label>
      <textarea
        id="campaign-sms"
        value={value}
        maxLength={600}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="sms-hint sms-count"
      />
      <small id="sms-hint" className="hint">
        Every text starts with the business name and ends with the feedback link and “Reply STOP to opt out.”
        Merge fields: {'{{firstName}} {{clientName}} {{businessName}} {{locationName}} {{senderName}}'}.
      </small>
      {count ? (
        <p id="sms-count" role="status" data-testid="sms-count">
          {count.characters} characters · {count.encoding} · {count.segments} segment
          {count.segments === 1 ? '' : 's'}
          {count.encoding === 'UCS-2'
            ? ' (a character outside the GSM alphabet, such as an emoji or a curly quote, makes every segment hold 70 characters, 67 once split)'
            : ''}
        </p>
      ) : null}
      {preview?.text ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable preview must be reachable by keyboard
        <pre className="fb-preview" data-testid="sms-preview" tabIndex={0}>
          {preview.text}
        </pre>
      ) : null}
      {shown.length ? (
        <small className="error" role="alert">
          {shown.join(' ')}
        </small>
      ) : null}
    </div>
  );
}
