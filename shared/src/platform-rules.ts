import type { SourceKind } from './review.ts';

/** Where a reply ends up: each platform has its own rules for length, editing and visibility. */
export type ReplyPlatform = 'google_business' | 'app_store' | 'google_play' | 'other';

export type PlatformRules = {
  label: string;
  /** The most the platform accepts, counted in `unit`; null when Rebound knows of no limit. */
  maxReplyLength: number | null;
  /** Google Business Profile counts UTF-8 bytes; the app stores count characters. */
  unit: 'characters' | 'bytes';
  /** Whether a posted reply can be changed later (Rebound sends the new text through approval again). */
  canEditReply: boolean;
  /** Whether a posted reply can be taken down through the platform. */
  canDeleteReply: boolean;
  /** Whether everyone who reads the review also reads the reply. */
  isReplyPublic: boolean;
};

/**
 * The platforms' documented rules. App Store: responses up to 5,970 characters, one per review, changed or
 * deleted at any time, shown after Apple's review of them. Google Play: about 350 characters, a new reply
 * replaces the old one, no delete in the API. Google Business Profile: 4,096 bytes, updated or deleted freely.
 */
export const platformRules: Record<ReplyPlatform, PlatformRules> = {
  google_business: {
    label: 'Google Business Profile',
    maxReplyLength: 4096,
    unit: 'bytes',
    canEditReply: true,
    canDeleteReply: true,
    isReplyPublic: true,
  },
  app_store: {
    label: 'App Store',
    maxReplyLength: 5970,
    unit: 'characters',
    canEditReply: true,
    canDeleteReply: true,
    isReplyPublic: true,
  },
  google_play: {
    label: 'Google Play',
    maxReplyLength: 350,
    unit: 'characters',
    canEditReply: true,
    canDeleteReply: false,
    isReplyPublic: true,
  },
  other: {
    label: 'this platform',
    maxReplyLength: null,
    unit: 'characters',
    canEditReply: true,
    canDeleteReply: true,
    isReplyPublic: true,
  },
};

/** The platform a source's replies go to; page, feed and import sources are answered by hand elsewhere. */
export function replyPlatformOf(kind: SourceKind | string | null | undefined): ReplyPlatform {
  if (kind === 'google') return 'google_business';
  if (kind === 'app_store_connect') return 'app_store';
  if (kind === 'google_play') return 'google_play';
  return 'other';
}

/** Length in the platform's unit: code points for characters (an emoji is one), UTF-8 bytes for bytes. */
export function measureReply(text: string, rules: PlatformRules): number {
  return rules.unit === 'bytes' ? new TextEncoder().encode(text).length : [...text].length;
}

export type ReplyLength = { used: number; max: number | null; unit: PlatformRules['unit']; isOver: boolean };

export function replyLengthFor(kind: SourceKind | string | null | undefined, text: string): ReplyLength {
  const rules = platformRules[replyPlatformOf(kind)];
  const used = measureReply(text.trim(), rules);
  const max = rules.maxReplyLength;
  return { used, max, unit: rules.unit, isOver: max !== null && used > max };
}

/** The refusal shown when a reply is too long for its platform, or null when it fits. */
export function replyLengthProblem(
  kind: SourceKind | string | null | undefined,
  text: string,
): string | null {
  const length = replyLengthFor(kind, text);
  if (!length.isOver || length.max === null) return null;
  const label = platformRules[replyPlatformOf(kind)].label;
  const unit = length.unit === 'bytes' ? 'bytes' : 'characters';
  return `${label} accepts replies of at most ${length.max.toLocaleString('en-US')} ${unit}; this one has ${length.used.toLocaleString('en-US')}. Shorten it by ${(length.used - length.max).toLocaleString('en-US')} before approving.`;
}

const sentenceEnd = /(?<=[.!?…])\s+/u;

/**
 * Cuts a drafted reply to the platform's limit at a sentence boundary: the sign-off line ('— …') is kept when
 * it fits, then whole sentences from the start while they fit. A first sentence longer than the limit is cut at
 * a word and marked with an ellipsis. Text that fits is returned unchanged.
 */
export function fitReplyToPlatform(text: string, kind: SourceKind | string | null | undefined): string {
  const rules = platformRules[replyPlatformOf(kind)];
  const max = rules.maxReplyLength;
  if (max === null || measureReply(text, rules) <= max) return text;
  const fits = (candidate: string) => measureReply(candidate, rules) <= max;
  const paragraphs = text.trim().split(/\n{2,}/);
  const last = paragraphs.at(-1) ?? '';
  const hasSignOff = paragraphs.length > 1 && /^[—–-]\s/.test(last);
  const signOff = hasSignOff && fits(last) ? last : null;
  const body = hasSignOff ? paragraphs.slice(0, -1) : paragraphs;
  const room = (kept: string) => (signOff ? `${kept}\n\n${signOff}` : kept);
  let kept = '';
  for (const [index, paragraph] of body.entries()) {
    for (const [at, sentence] of paragraph.split(sentenceEnd).entries()) {
      const joiner = kept === '' ? '' : index > 0 && at === 0 ? '\n\n' : ' ';
      const next = `${kept}${joiner}${sentence}`;
      if (!fits(room(next))) return kept ? room(kept) : room(cutAtWord(sentence, (cut) => fits(room(cut))));
      kept = next;
    }
  }
  return room(kept);
}

/** The longest start of `text`, ended with an ellipsis, that still fits; whole words when there is room. */
function cutAtWord(text: string, fits: (candidate: string) => boolean): string {
  let cut = text;
  while (!fits(`${cut}…`) && cut.includes(' ')) cut = cut.slice(0, cut.lastIndexOf(' '));
  if (fits(`${cut}…`)) return `${cut}…`;
  const chars = [...cut];
  while (chars.length && !fits(`${chars.join('')}…`)) chars.pop();
  return `${chars.join('')}…`;
}
