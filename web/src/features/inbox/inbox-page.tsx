import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../../app/use-me.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { formatAge, stars } from '../../shared/ui/format.ts';
import { DraftEditor } from './draft-editor.tsx';
import { useInboxKeys } from './use-inbox-keys.ts';

export function InboxPage() {
  const trpc = useTRPC();
  const me = useMe();
  const inbox = useQuery(trpc.reviews.inbox.queryOptions({}));
  const [index, setIndex] = useState(0);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const items = inbox.data ?? [];
  const current = items[Math.min(index, Math.max(0, items.length - 1))];
  const canDecide = me.data?.role === 'owner';

  const handlers = useMemo(
    () => ({
      next: () => setIndex((i) => Math.min(i + 1, Math.max(0, items.length - 1))),
      previous: () => setIndex((i) => Math.max(0, i - 1)),
      approve: () => document.querySelector<HTMLButtonElement>('.editor .primary')?.click(),
      edit: () => editorRef.current?.focus(),
      reject: () => document.querySelector<HTMLButtonElement>('.editor .danger')?.click(),
    }),
    [items.length],
  );
  useInboxKeys(handlers);

  if (inbox.isPending) return <p className="loading">Loading the inbox…</p>;
  if (inbox.isError) return <p className="error" role="alert">The inbox could not be loaded: {inbox.error.message}</p>;
  if (!items.length) {
    return (
      <section className="empty">
        <h1>Inbox</h1>
        <p>Nothing needs a reply right now. New reviews appear here as sources are polled.</p>
      </section>
    );
  }
  return (
    <div className="inbox">
      <section className="inbox-list" aria-label="Reviews needing a reply">
        <h1>Inbox <span className="count">{items.length}</span></h1>
        <p className="hint">Keys: j/k move · e edit · a approve · r reject · Esc leaves the editor</p>
        <ol>
          {items.map((it, i) => (
            <li key={it.draftId}>
              <button type="button" className={`inbox-item ${it.label}${i === index ? ' selected' : ''}`} aria-current={i === index ? 'true' : undefined} onClick={() => setIndex(i)}>
                <span className="stars" aria-label={`${it.rating ?? 'no'} stars`}>{stars(it.rating)}</span>
                <span className="label-tag">{it.isEscalated ? 'escalated' : it.label}</span>
                <span className="author">{it.author ?? 'Anonymous'}</span>
                <span className="age">{formatAge(it.firstSeenAt)}</span>
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
              <span className="stars">{stars(current.rating)}</span> by {current.author ?? 'Anonymous'} on {current.sourceName} ·{' '}
              <Link href={`/reviews/${current.reviewId}`}>history and audit</Link>
            </p>
            {current.themes.length ? <p className="themes">Themes: {current.themes.join(', ')}</p> : null}
            {current.isEscalated ? <p className="badge danger">Escalated: {current.escalationReasons.join(', ')}</p> : null}
          </header>
          <blockquote className="review-text">{current.text}</blockquote>
          <DraftEditor key={current.draftId} ref={editorRef} item={current} canDecide={canDecide} onDecided={() => setIndex((i) => Math.min(i, Math.max(0, items.length - 2)))} />
        </section>
      ) : null}
    </div>
  );
}
