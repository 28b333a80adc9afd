import { useEffect, useState } from 'react';

type Props = {
  message: string;
  /** When Undo stops being possible (the end of the undo window); the toast closes then. */
  until: number;
  isPending: boolean;
  error: string | null;
  onUndo(): void;
  onClose(): void;
};

/** A short-lived note after a decision, with Undo while it can still be taken back and the seconds left. */
export function UndoToast({ message, until, isPending, error, onUndo, onClose }: Props) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  const left = Math.ceil((until - now) / 1000);
  useEffect(() => {
    if (left <= 0 && !isPending) onClose();
  }, [left, isPending, onClose]);
  return (
    <div className="undo-toast" role="status" aria-live="polite">
      <span>{message}</span>
      {left > 0 ? <span className="hint">{left} s to undo</span> : null}
      <button type="button" onClick={onUndo} disabled={isPending || left <= 0}>
        Undo
      </button>
      <button type="button" className="link" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
