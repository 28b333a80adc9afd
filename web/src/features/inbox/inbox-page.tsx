import { explainEscalationReason } from '@rebound/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { formatAge, formatDate, stars } from '../../shared/ui/format.ts';
import { BulkApproveBar } from './bulk-approve-bar.tsx';
import { useDecisionUndo } from './decision-undo.tsx';
import { DraftEditor, type DraftEditorHandle } from './draft-editor.tsx';
import { InboxFilterBar } from './inbox-filters.tsx';
import { SituationPanel } from './situation-panel.tsx';
import { SlaTimer } from './sla-timer.tsx';
import { ToPostReminder } from './to-post-page.tsx';
import { useInboxFilters } from './use-inbox-filters.ts';
import { useInboxKeys } from './use-inbox-keys.ts';
import { WaitingCounts } from './waiting-counts.tsx';
import './inbox.css';

const needsSla = (it: { label: string; isEscalated: boolean }) => it.isEscalated || it.label === 'negative';
// A review's true age runs from when it was published; first seen stands in when the platform gives no date.
const sinceOf = (it: { publishedAt: string | Date | null; firstSeenAt: string | Date }) =>
  it.publishedAt ?? it.firstSeenAt;
/** Moving away from an edit in progress asks first, so it is never lost without a word. */
const leaveEditor = (editor: DraftEditorHandle | null, then: () => void) =>
  editor ? editor.askToLeave(then) : then();

export function InboxPage() {
  const trpc = useTRPC();
  const canDecide = useCan('replies.approve');
  const [filters, setFilters] = useInboxFilters();
  // Drafts are written off the poll; while some are still being written, look again every few seconds.
  const drafting = useQuery({
    ...trpc.reviews.drafting.queryOptions(),
    refetchInterval: (q) => (q.state.data?.pending ? 3000 : false),
  });
  const isDrafting = Boolean(drafting.data?.pending);
  const inbox = useQuery({
    ...trpc.reviews.inbox.queryOptions(filters),
    refetchInterval: isDrafting ? 3000 : false,
  });
  // Filter choices from the whole inbox, not only the filtered slice.
  const all = useQuery(trpc.reviews.inbox.queryOptions({}));
  const sla = useQuery(trpc.alerts.sla.queryOptions());
  const [index, setIndex] = useState(0);
  const editor = useRef<DraftEditorHandle>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const focusPending = useRef(false);
  const items = inbox.data ?? [];
  const safeIndex = Math.min(index, Math.max(0, items.length - 1));
  const current = items[safeIndex];
  const undo = useDecisionUndo();

  // After a keyboard move or a decision, focus follows the selected item so the next key acts on it.
  useEffect(() => {
    if (!focusPending.current) return;
    const target = itemRefs.current[safeIndex];
    if (target) {
      target.focus();
      focusPending.current = false;
    }
  });

  const handlers = useMemo(() => {
    const move = (delta: number) =>
      leaveEditor(editor.current, () => {
        focusPending.current = true;
        setIndex((i) => Math.max(0, Math.min(i + delta, items.length - 1)));
      });
    return {
      next: () => move(1),
      previous: () => move(-1),
      approve: () => editor.current?.approve(),
      edit: () => editor.current?.focusText(),
      reject: () => editor.current?.reject(),
    };
  }, [items.length]);
  useInboxKeys(handlers);

  const filterBar = (
    <InboxFilterBar
      items={all.data ?? []}
      filters={filters}
      onChange={(f) =>
        leaveEditor(editor.current, () => {
          setIndex(0);
          setFilters(f);
        })
      }
    />
  );
  const draftingNote = drafting.data?.pending ? (
    <p className="hint drafting" role="status">
      Drafting replies for {drafting.data.pending} new review{drafting.data.pending === 1 ? '' : 's'}
      {drafting.data.urgent ? ` (${drafting.data.urgent} negative or escalated first)` : ''}… they appear here
      when ready.
    </p>
  ) : null;
  if (inbox.isPending) return <p className="loading">Loading the inbox…</p>;
  if (inbox.isError)
    return (
      <p className="error" role="alert">
        The inbox could not be loaded: {inbox.error.message}
      </p>
    );
  const overview = (
    <>
      <WaitingCounts />
      <ToPostReminder />
      {canDecide ? <BulkApproveBar items={items} /> : null}
    </>
  );
  if (!items.length) {
    return (
      <section className="empty">
        <h1>Inbox</h1>
        {overview}
        {undo.toast}
        {filterBar}
        {draftingNote}
        {isDrafting ? null : (
          <p role="status">
            Nothing needs a reply{Object.values(filters).some(Boolean) ? ' with these filters' : ' right now'}
            . New reviews appear here as sources are polled.
          </p>
        )}
      </section>
    );
  }
  return (
    <div className="inbox">
      <section className="inbox-list" aria-label="Reviews needing a reply">
        <h1>
          Inbox <span className="count">{items.length}</span>
        </h1>
        {overview}
        {undo.toast}
        {filterBar}
        {draftingNote}
        <p className="hint" id="inbox-keys">
          Keys: j/k move · e edit · a approve · r reject · Esc leaves the editor
        </p>
        <ol>
          {items.map((it, i) => (
            <li key={it.draftId}>
              <button
                type="button"
                ref={(el) => {
                  itemRefs.current[i] = el;
                }}
                className={`inbox-item ${it.label}${i === safeIndex ? ' selected' : ''}`}
                aria-current={i === safeIndex ? 'true' : undefined}
                aria-describedby="inbox-keys"
                onClick={() => {
                  if (i !== safeIndex) leaveEditor(editor.current, () => setIndex(i));
                }}
              >
                <span className="stars" role="img" aria-label={`${it.rating ?? 'no'} stars`}>
                  {stars(it.rating)}
                </span>
                <span className="label-tag">{it.isEscalated ? 'escalated' : it.label}</span>
                <span className="author">{it.author ?? 'Anonymous'}</span>
                <span className="age" title={`Published ${formatDate(sinceOf(it))}`}>
                  {formatAge(sinceOf(it))} old
                </span>
                {needsSla(it) && sla.data ? (
                  <SlaTimer since={sinceOf(it)} slaHours={sla.data.slaHours} />
                ) : null}
                <span className="where">
                  {it.sourceName}
                  {it.locationName ? ` · ${it.locationName}` : ''}
                </span>
                {it.isEscalated ? (
                  <span className="reasons">
                    {it.escalationReasons.map(explainEscalationReason).join('; ')}
                  </span>
                ) : null}
                <span className="snippet">{it.title ?? it.text.slice(0, 80)}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
      {current ? (
        <section className="inbox-detail" aria-label="Selected review">
          <header>
            <h2>{current.title ?? 'Review'}</h2>
            <p>
              <span className="stars">{stars(current.rating)}</span> by {current.author ?? 'Anonymous'} on{' '}
              {current.sourceName}
              {current.locationName ? ` · ${current.locationName}` : ''} ·{' '}
              <Link href={`/reviews/${current.reviewId}`}>history and audit</Link>
            </p>
            {current.themes.length ? <p className="themes">Themes: {current.themes.join(', ')}</p> : null}
            {current.isEscalated ? (
              <p className="badge danger">
                Escalated: {current.escalationReasons.map(explainEscalationReason).join('; ')}
              </p>
            ) : null}
          </header>
          <blockquote className="review-text">{current.text}</blockquote>
          <SituationPanel situation={current.situation} />
          <DraftEditor
            key={current.draftId}
            ref={editor}
            item={current}
            canDecide={canDecide}
            onLeave={() => itemRefs.current[safeIndex]?.focus()}
            onDecided={(decision) => {
              undo.show(decision);
              // The next review slides into this position; keep the keyboard there.
              focusPending.current = true;
              setIndex((i) => Math.min(i, Math.max(0, items.length - 2)));
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
