import { checkReply, hasBlocking, type Situation, type Stance } from '@rebound/shared';
import type { Triage } from '../triage/index.ts';
import type { BusinessProfile } from './business-profile.ts';
import { complaintParts } from './compose-complaint.ts';
import { holdingParts } from './compose-holding.ts';
import { thanksParts } from './compose-thanks.ts';
import { varyCountedFrom } from './counted-from.ts';
import { firstNameFrom } from './first-name.ts';
import { fitToLimit, PLATFORM_LIMIT_BYTES } from './fit-length.ts';
import { hashText, lastUseIn, sharedRunsWith, type UsedLately } from './pick-variant.ts';
import { wordingGroupOf } from './sector-words.ts';
import * as t from './templates.ts';
import { createWriter, type Part, part } from './writer.ts';

export type DraftReview = {
  author: string | null;
  rating: number | null;
  text: string;
  title?: string | null;
  externalId?: string | null;
  /** The product the review is of, where the feed names one (a shop's product reviews). */
  itemName?: string | null;
};
export type DraftPromise = { description: string; dueInHours: number };
export type Draft = {
  text: string;
  kind: 'reply' | 'holding' | 'thanks';
  translateBeforePosting: boolean;
  promises: DraftPromise[];
  /** The reviewer's stance the reply was written for, shown to the owner beside the draft. */
  stance?: Stance;
};
/** How many of a business's latest replies a new draft avoids repeating wording from. */
export const RECENT_REPLIES = 40;

export type ComposeOptions = {
  variant?: number;
  platform?: 'google' | 'generic';
  /** The business's recent replies: wording they already carry is passed over where another variant fits. */
  recent?: readonly string[];
};

/**
 * Writes the reply for one review from what triage read in it (the situation): a thank-you for a happy reviewer,
 * a reply that names the real problem and offers a fitting next step for an unhappy one, and a holding reply that
 * admits nothing for a safety, health or legal matter. The same review and variant always give the same text.
 */
export function composeDraft(
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
  opts: ComposeOptions = {},
): Draft {
  const recent = opts.recent ?? [];
  if (recent.length === 0) return composeChecked(review, triage, profile, opts);
  // Each part already passes over wording used lately, but a filled-in phrase ("I am sorry your order…") can still
  // echo a recent reply: of a few wordings, the one that shares least with the business's page is kept.
  const shared = sharedRunsWith(recent);
  // Read once for every wording tried.
  const usedLately = lastUseIn(recent);
  let best: Draft | undefined;
  let bestShared = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < WORDINGS_TRIED && bestShared > 0; attempt++) {
    const variant = (opts.variant ?? 0) + attempt * 101;
    const draft = composeChecked(review, triage, profile, { ...opts, variant }, usedLately);
    const count = shared(draft.text);
    if (count < bestShared) {
      best = draft;
      bestShared = count;
    }
  }
  return best ?? composeChecked(review, triage, profile, opts);
}

/** How many wordings of one reply are compared against the business's recent replies. */
const WORDINGS_TRIED = 4;

function composeChecked(
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
  opts: ComposeOptions,
  usedLately: UsedLately = lastUseIn(opts.recent ?? []),
): Draft {
  const ctx = {
    regulated: profile.regulated,
    reviewText: review.text,
    businessContacts: [profile.contactEmail, profile.contactPhone],
  };
  const first = composeOnce(review, triage, profile, opts, 'all', usedLately);
  if (!hasBlocking(checkReply(first.text, ctx))) return first;
  // A detail taken from the review tripped the safety check (say, a health term). A thank-you still names what the
  // reviewer praised and only welcomes their point in general words; failing that, or in any other reply, the whole
  // answer is in general terms.
  if (first.kind === 'thanks') {
    const praiseOnly = composeOnce(review, triage, profile, opts, 'praise', usedLately);
    if (!hasBlocking(checkReply(praiseOnly.text, ctx))) return praiseOnly;
  }
  return composeOnce(review, triage, profile, opts, 'none', usedLately);
}

/** What of the review a reply may tell back: everything, what was praised but not the reviewer's point, or nothing. */
type Detail = 'all' | 'praise' | 'none';

/** Which kind of reply the review needs, from the escalation, the incidents and the reviewer's stance. */
function kindFor(triage: Triage, situation: Situation, rating: number | null): Draft['kind'] {
  if (triage.escalation.escalate || situation.incidents.length > 0) return 'holding';
  const stance = situation.stance;
  if (stance === 'happy' || stance === 'happy_with_quibble' || stance === 'neutral') return 'thanks';
  // A 4–5 star review that reads as mixed is a happy review with a quibble, not a complaint.
  if (stance === 'mixed' && rating !== null && rating >= 4) return 'thanks';
  return 'reply';
}

function composeOnce(
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
  opts: ComposeOptions,
  detail: Detail,
  usedLately: UsedLately,
): Draft {
  const seed =
    hashText(`${review.externalId ?? ''}|${review.author ?? ''}|${review.title ?? ''}|${review.text}`) +
    (opts.variant ?? 0) * 7919;
  const read = triage.situation;
  const kind = kindFor(triage, read, review.rating);
  // A mixed 4–5 star review is answered as a happy one with a quibble.
  // The wording and the remedies follow the business's own trade, whatever group the reader assumed.
  const situation: Situation = {
    ...read,
    sectorGroup: wordingGroupOf(profile),
    stance: kind === 'thanks' && read.stance === 'mixed' ? 'happy_with_quibble' : read.stance,
  };
  const translateBeforePosting = triage.language !== null && triage.language !== 'en';
  const canQuote = detail !== 'none' && !translateBeforePosting && !profile.regulated;
  const w = {
    ...createWriter(profile, situation, seed, canQuote, usedLately),
    quotesQuibble: detail === 'all',
  };
  const name = firstNameFrom(review.author);
  // A reply to someone without a usable name opens straight on its first sentence: a bare "Hi there," reads as filler.
  const greeting = name ? w.say(w.pick(t.greetings.named, 'greeting'), { name }) : '';
  const promises: DraftPromise[] = [];
  const noCompensation = review.rating !== null && review.rating >= 4;
  const body =
    kind === 'holding'
      ? holdingParts(w, triage.escalation.reasons, promises, review.text, triage.themes)
      : kind === 'thanks'
        ? thanksParts(w, review)
        : complaintParts(
            w,
            triage,
            {
              noCompensation,
              reviewText: review.text,
              title: review.title ?? null,
              itemName: review.itemName ?? null,
            },
            promises,
          );
  const parts: Part[] = [];
  if (greeting) parts.push({ ...part(greeting), paragraphAfter: true });
  // A time counted from the reviewer's message is worded as the latest replies did not word it.
  parts.push(...body.map((b) => ({ ...b, text: varyCountedFrom(w, b.text) })));
  const last = parts[parts.length - 1];
  if (last) last.paragraphAfter = true;
  parts.push(part(`— ${profile.signOff ?? `${profile.contactName}, ${profile.name}`}`));
  const limit = PLATFORM_LIMIT_BYTES[opts.platform ?? 'google'];
  return { text: fitToLimit(parts, limit), kind, translateBeforePosting, promises, stance: situation.stance };
}
