import { type ContactKind, contactKinds } from '@rebound/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

const kindLabels: Record<ContactKind, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  note: 'Note',
  letter: 'Letter sent',
};

/** Document every contact: what kind, when, and what was said or agreed. */
export function LogEntryForm({ caseId, onLogged }: { caseId: string; onLogged(): void }) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<ContactKind>('call');
  const [summary, setSummary] = useState('');
  const [when, setWhen] = useState('');
  const log = useMutation(
    trpc.cases.log.mutationOptions({
      onSuccess: () => {
        setSummary('');
        setWhen('');
        onLogged();
      },
    }),
  );
  const errors = fieldErrorsOf(log.error);
  return (
    <form
      aria-label="Add to the communication log"
      onSubmit={(e) => {
        e.preventDefault();
        log.mutate({ caseId, kind, summary, occurredAt: when ? new Date(when).toISOString() : undefined });
      }}
    >
      <h3>Add to the log</h3>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="log-kind">Kind</label>
          <select id="log-kind" value={kind} onChange={(e) => setKind(e.target.value as ContactKind)}>
            {contactKinds.map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="log-when">When (blank for now)</label>
          <input id="log-when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="log-summary">What was said or agreed</label>
        <textarea
          id="log-summary"
          rows={3}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          aria-invalid={errors.summary ? true : undefined}
        />
        {errors.summary ? <small className="error">{errors.summary.join(' ')}</small> : null}
      </div>
      <button type="submit" disabled={log.isPending}>
        Add to log
      </button>
      {log.error && !errors.summary ? (
        <p className="error" role="alert">
          {messageOf(log.error)}
        </p>
      ) : null}
    </form>
  );
}
