import { type LetterTemplate, letterTemplates } from '@rebound/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

const templateLabels: Record<LetterTemplate, string> = {
  meet_halfway: 'Final meet-halfway offer',
  mediation: 'Mediation proposal',
  payment_demand: 'Formal demand for an unpaid invoice',
  termination: 'Written termination notice',
};

/** Letters from our templates, checked like replies; once sent, the letter goes into the case log. */
export function LetterPanel({
  caseId,
  defaultRecipient,
  onLogged,
}: {
  caseId: string;
  defaultRecipient: string;
  onLogged(): void;
}) {
  const trpc = useTRPC();
  const [template, setTemplate] = useState<LetterTemplate>('meet_halfway');
  const [recipientName, setRecipient] = useState(defaultRecipient);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [contractReference, setContract] = useState('');
  const [invoiceReference, setInvoice] = useState('');
  const [obligations, setObligations] = useState('');
  const [referral, setReferral] = useState('');
  const [mediator, setMediator] = useState('');
  const input = {
    caseId,
    template,
    recipientName: recipientName.trim() || 'Client',
    amount: amount.trim() ? Number(amount) : undefined,
    currency,
    contractReference: contractReference.trim() || undefined,
    invoiceReference: invoiceReference.trim() || undefined,
    obligationsFulfilled: obligations
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    referral: referral.trim() || undefined,
    mediator: mediator.trim() || undefined,
  };
  const letter = useQuery(trpc.cases.draftLetter.queryOptions(input));
  const log = useMutation(trpc.cases.log.mutationOptions({ onSuccess: onLogged }));
  const show = (t: LetterTemplate[]) => t.includes(template);
  return (
    <section className="panel" aria-labelledby="letters-h">
      <h2 id="letters-h">Letters</h2>
      <div className="field">
        <label htmlFor="letter-template">Letter</label>
        <select
          id="letter-template"
          value={template}
          onChange={(e) => setTemplate(e.target.value as LetterTemplate)}
        >
          {letterTemplates.map((t) => (
            <option key={t} value={t}>
              {templateLabels[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="letter-to">To</label>
        <input id="letter-to" value={recipientName} onChange={(e) => setRecipient(e.target.value)} />
      </div>
      {show(['meet_halfway', 'payment_demand']) ? (
        <div className="inline-form">
          <div className="field">
            <label htmlFor="letter-amount">Amount</label>
            <input
              id="letter-amount"
              type="number"
              min={0}
              step="0.01"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="letter-currency">Currency</label>
            <input
              id="letter-currency"
              value={currency}
              maxLength={3}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            />
          </div>
        </div>
      ) : null}
      {show(['payment_demand']) ? (
        <div className="inline-form">
          <div className="field">
            <label htmlFor="letter-contract">Contract reference</label>
            <input
              id="letter-contract"
              value={contractReference}
              onChange={(e) => setContract(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="letter-invoice">Invoice reference</label>
            <input
              id="letter-invoice"
              value={invoiceReference}
              onChange={(e) => setInvoice(e.target.value)}
            />
          </div>
        </div>
      ) : null}
      {show(['mediation']) ? (
        <div className="field">
          <label htmlFor="letter-mediator">Mediator (optional)</label>
          <input id="letter-mediator" value={mediator} onChange={(e) => setMediator(e.target.value)} />
        </div>
      ) : null}
      {show(['termination']) ? (
        <>
          <div className="field">
            <label htmlFor="letter-obligations">Obligations fulfilled (one a line)</label>
            <textarea
              id="letter-obligations"
              rows={3}
              value={obligations}
              onChange={(e) => setObligations(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="letter-referral">Referral (who to recommend)</label>
            <input id="letter-referral" value={referral} onChange={(e) => setReferral(e.target.value)} />
          </div>
        </>
      ) : null}
      {letter.isError ? (
        <p className="error" role="alert">
          {letter.error.message}
        </p>
      ) : null}
      {letter.data ? (
        <>
          <pre className="letter-text">{letter.data.text}</pre>
          {letter.data.findings.length ? (
            <ul className="findings" aria-label="Tone and safety findings">
              {letter.data.findings.map((f) => (
                <li key={`${f.rule}-${f.span.start}`} className={f.severity}>
                  <strong>{f.severity === 'blocking' ? 'Blocking' : 'Advice'}:</strong> {f.message}{' '}
                  <em>{f.suggestion}</em>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ok-note">The letter passes the tone and safety check.</p>
          )}
          <button
            type="button"
            className="primary"
            disabled={letter.data.isBlocked || log.isPending}
            onClick={() => log.mutate({ caseId, kind: 'letter', summary: letter.data.text })}
          >
            I sent this letter: add it to the log
          </button>
          {navigator.clipboard ? (
            <button type="button" onClick={() => void navigator.clipboard.writeText(letter.data.text)}>
              Copy letter
            </button>
          ) : null}
          {log.error ? <p className="error">{messageOf(log.error)}</p> : null}
          {log.isSuccess ? <p role="status">Added to the log.</p> : null}
        </>
      ) : null}
    </section>
  );
}
