import type { ContactKind } from '@rebound/shared';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'wouter';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { formatDate } from '../../shared/ui/format.ts';

type Feedback = {
  score: number | null;
  outOf: number;
  comment: string | null;
  answeredAt: string | Date | null;
  campaign: { id: string; name: string };
  contact: {
    name: string;
    email: string | null;
    phone: string | null;
    consent: 'unknown' | 'granted' | 'withdrawn';
    isUnsubscribed: boolean;
  };
};

/**
 * The feedback answer that opened this case: the client's words first, then how to reach them (only what their
 * consent allows) with one click to record that they were called or written to.
 */
export function FeedbackPanel({
  caseId,
  feedback,
  onLogged,
}: {
  caseId: string;
  feedback: Feedback;
  onLogged(): void;
}) {
  const trpc = useTRPC();
  const log = useMutation(trpc.cases.log.mutationOptions({ onSuccess: onLogged }));
  const { contact } = feedback;
  const logContact = (kind: ContactKind, via: string) =>
    log.mutate({
      caseId,
      kind,
      summary: `${kind === 'call' ? 'Called' : 'Emailed'} ${contact.name} (${via}) about their feedback answer.`,
    });
  return (
    <section className="panel feedback-answer" aria-labelledby="feedback-h">
      <h2 id="feedback-h">Their feedback</h2>
      <p>
        <strong>
          {feedback.score ?? '–'} of {feedback.outOf}
        </strong>{' '}
        from {contact.name}
        {feedback.answeredAt ? `, ${formatDate(feedback.answeredAt)}` : ''} · campaign{' '}
        <Link href={`/campaigns/${feedback.campaign.id}`}>{feedback.campaign.name}</Link>
      </p>
      {feedback.comment ? (
        <blockquote className="review-text feedback-comment">{feedback.comment}</blockquote>
      ) : (
        <p className="muted">No comment was left.</p>
      )}
      <h3>How to reach them</h3>
      {contact.consent === 'withdrawn' ? (
        <p>{contact.name} withdrew consent to be contacted; their details are not shown.</p>
      ) : (
        <ul className="contact-list">
          {contact.phone ? (
            <li>
              Phone: <a href={`tel:${contact.phone}`}>{contact.phone}</a>{' '}
              <button
                type="button"
                disabled={log.isPending}
                onClick={() => logContact('call', contact.phone ?? '')}
              >
                Log a call
              </button>
            </li>
          ) : null}
          {contact.email ? (
            <li>
              Email: <a href={`mailto:${contact.email}`}>{contact.email}</a>{' '}
              <button
                type="button"
                disabled={log.isPending}
                onClick={() => logContact('email', contact.email ?? '')}
              >
                Log an email
              </button>
            </li>
          ) : null}
          {!contact.phone && contact.consent !== 'granted' ? (
            <li className="muted">Their phone number is shown only once they have agreed to be contacted.</li>
          ) : null}
          {contact.isUnsubscribed ? (
            <li className="muted">
              They unsubscribed from feedback requests: answer this, but ask nothing more.
            </li>
          ) : null}
        </ul>
      )}
      {log.error ? (
        <p className="error" role="alert">
          {messageOf(log.error)}
        </p>
      ) : null}
      {log.isSuccess ? <p role="status">Logged. It is in the communication log below.</p> : null}
    </section>
  );
}
