import { platformRules, replyLengthFor, replyPlatformOf } from '@rebound/shared';

type Props = { id: string; sourceKind: string | null | undefined; text: string };

/**
 * The reply's length against its platform's limit, updated as the owner types ("212 / 350"); over the limit it
 * says by how much, and the editor refuses approval until it fits.
 */
export function ReplyLength({ id, sourceKind, text }: Props) {
  const length = replyLengthFor(sourceKind, text);
  const rules = platformRules[replyPlatformOf(sourceKind)];
  const unit = length.unit === 'bytes' ? 'bytes' : 'characters';
  if (length.max === null)
    return (
      <p id={id} className="hint reply-length" data-testid="reply-length">
        {length.used} {unit}
      </p>
    );
  return (
    <p
      id={id}
      className={length.isOver ? 'error reply-length' : 'hint reply-length'}
      data-testid="reply-length"
      aria-live="polite"
    >
      <span>
        {length.used} / {length.max}
      </span>{' '}
      {length.isOver
        ? `${rules.label} accepts at most ${length.max} ${unit}: shorten the reply by ${length.used - length.max} to approve it.`
        : `${unit} allowed by ${rules.label}`}
    </p>
  );
}
