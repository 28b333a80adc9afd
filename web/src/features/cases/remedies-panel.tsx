import { remedyKinds } from '@rebound/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

type Remedy = {
  id: string;
  kind: string;
  description: string;
  percent: number | null;
  amount: number | null;
  currency: string | null;
  status: string;
};
type Kind = (typeof remedyKinds)[number];

/** What was offered to put things right, and what the client chose. */
export function RemediesPanel({
  caseId,
  remedies,
  onChange,
}: {
  caseId: string;
  remedies: Remedy[];
  onChange(): void;
}) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<Kind>('redo');
  const [description, setDescription] = useState('');
  const [percent, setPercent] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const offer = useMutation(
    trpc.cases.offerRemedy.mutationOptions({
      onSuccess: () => {
        setDescription('');
        setPercent('');
        setAmount('');
        onChange();
      },
    }),
  );
  const decide = useMutation(trpc.cases.decideRemedy.mutationOptions({ onSuccess: onChange }));
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  return (
    <section className="panel" aria-labelledby="remedies-h">
      <h2 id="remedies-h">Remedies</h2>
      {remedies.length ? (
        <ul>
          {remedies.map((r) => (
            <li key={r.id}>
              <strong>{r.kind}</strong>: {r.description}
              {r.percent != null ? ` · ${r.percent}%` : ''}
              {r.amount != null ? ` · ${r.amount} ${r.currency ?? ''}` : ''} · <em>{r.status}</em>
              {r.status === 'offered' ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => decide.mutate({ remedyId: r.id, status: 'accepted' })}
                  >
                    Accepted
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => decide.mutate({ remedyId: r.id, status: 'declined' })}
                  >
                    Declined
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing offered yet.</p>
      )}
      <form
        aria-label="Offer a remedy"
        onSubmit={(e) => {
          e.preventDefault();
          offer.mutate({
            caseId,
            kind,
            description,
            percent: num(percent),
            amount: num(amount),
            currency: num(amount) !== undefined ? currency : undefined,
          });
        }}
      >
        <div className="inline-form">
          <div className="field">
            <label htmlFor="remedy-kind">Kind</label>
            <select id="remedy-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {remedyKinds.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="remedy-desc">Offer</label>
            <input
              id="remedy-desc"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              required
            />
          </div>
          <div className="field">
            <label htmlFor="remedy-pct">Percent</label>
            <input
              id="remedy-pct"
              type="number"
              min={0}
              max={100}
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="remedy-amount">Amount</label>
            <input
              id="remedy-amount"
              type="number"
              min={0}
              step="0.01"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="remedy-cur">Currency</label>
            <input
              id="remedy-cur"
              value={currency}
              maxLength={3}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            />
          </div>
          <button type="submit" disabled={offer.isPending}>
            Record offer
          </button>
        </div>
      </form>
      {(offer.error ?? decide.error) ? (
        <p className="error" role="alert">
          {messageOf(offer.error ?? decide.error)}
        </p>
      ) : null}
    </section>
  );
}
