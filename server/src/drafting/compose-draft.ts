import { checkReply, hasBlocking } from '@rebound/shared';
import type { Triage } from '../triage/index.ts';
import type { BusinessProfile } from './business-profile.ts';
import { chooseRemedy, DEFAULT_REMEDY_HOURS, describeRemedy } from './choose-remedy.ts';
import { extractDetail } from './extract-detail.ts';
import { firstNameFrom } from './first-name.ts';
import { fitToLimit, PLATFORM_LIMIT_BYTES } from './fit-length.ts';
import { hashText, pickVariant } from './pick-variant.ts';
import * as t from './templates.ts';
import { phrasesForTheme } from './theme-phrases.ts';

export type DraftReview = {
  author: string | null;
  rating: number | null;
  text: string;
  title?: string | null;
  externalId?: string | null;
};
export type DraftPromise = { description: string; dueInHours: number };
export type Draft = {
  text: string;
  kind: 'reply' | 'holding' | 'thanks';
  translateBeforePosting: boolean;
  promises: DraftPromise[];
};
export type ComposeOptions = { variant?: number; platform?: 'google' | 'generic' };

type Part = { text: string; optional: boolean; paragraphAfter?: boolean };
const HOLDING_REVIEW_HOURS = 24;

/**
 * Builds a reply from parts chosen for this review: greeting, thanks, an acknowledgement naming what went wrong,
 * ownership, a remedy with a time, and a named contact. Escalated reviews get a holding reply that admits nothing.
 * The same review and variant always give the same text; different reviews rarely share one.
 */
export function composeDraft(
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
  opts: ComposeOptions = {},
): Draft {
  const first = composeOnce(review, triage, profile, opts, true);
  const ctx = {
    regulated: profile.regulated,
    reviewText: review.text,
    businessContacts: contactsOf(profile),
  };
  if (!hasBlocking(checkReply(first.text, ctx))) return first;
  // A detail lifted from the review tripped the safety check (say, a health term): answer in general terms instead.
  return composeOnce(review, triage, profile, opts, false);
}

const contactsOf = (profile: BusinessProfile): string[] => [profile.contactEmail, profile.contactPhone];

function composeOnce(
  review: DraftReview,
  triage: Triage,
  profile: BusinessProfile,
  opts: ComposeOptions,
  allowDetail: boolean,
): Draft {
  const seed =
    hashText(`${review.externalId ?? ''}|${review.author ?? ''}|${review.title ?? ''}|${review.text}`) +
    (opts.variant ?? 0) * 7919;
  const pick = <T>(options: readonly T[], salt: string): T => pickVariant(options, seed, salt);
  const translateBeforePosting = triage.language !== null && triage.language !== 'en';
  const canQuote = allowDetail && !translateBeforePosting && !profile.regulated;
  const kind: Draft['kind'] = triage.escalation.escalate
    ? 'holding'
    : triage.label === 'positive'
      ? 'thanks'
      : 'reply';
  const tone = kind === 'thanks' ? 'positive' : 'negative';
  const source = review.title ? `${review.title}. ${review.text}` : review.text;
  const detail = canQuote ? (extractDetail(source, tone)?.phrase ?? null) : null;
  const themes = triage.themes.map((theme) => pick(phrasesForTheme(theme), `theme-${theme}`));
  const name = firstNameFrom(review.author);
  const vars: Record<string, string> = {
    name: name ?? '',
    detail: detail ?? '',
    theme: themes[0] ?? '',
    business: profile.name,
    contact: profile.contactName,
    phone: profile.contactPhone,
    email: profile.contactEmail,
    hours: String(HOLDING_REVIEW_HOURS),
  };
  const fill = (template: string, extra: Record<string, string> = {}): string =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => extra[key] ?? vars[key] ?? '');
  const greeting = fill(pick(name ? t.greetings.named : t.greetings.anonymous, 'greeting'));
  const signOff = {
    text: `— ${profile.signOff ?? `${profile.contactName}, ${profile.name}`}`,
    optional: false,
  };
  const privacy = profile.regulated ? [{ text: pick(t.regulatedPrivacy, 'privacy'), optional: false }] : [];
  const promises: DraftPromise[] = [];
  const parts: Part[] = [{ text: greeting, optional: false, paragraphAfter: true }];

  if (kind === 'holding') {
    parts.push({ text: fill(pick(t.holdingBody, 'holding')), optional: false });
    if (detail) parts.push({ text: fill(pick(t.holdingDetail, 'holding-detail')), optional: true });
    else if (themes[0])
      parts.push({
        text: `We want to understand exactly what happened regarding ${themes[0]}.`,
        optional: true,
      });
    parts.push(...privacy, { text: fill(pick(t.holdingInvitation, 'holding-invite')), optional: false });
    promises.push({
      description: `${profile.contactName} reviews the escalated review personally`,
      dueInHours: HOLDING_REVIEW_HOURS,
    });
  } else if (kind === 'thanks') {
    const thanks = detail ? pick(t.positiveThanks, 'thanks') : pick(t.positiveThanksGeneric, 'thanks');
    parts.push(
      { text: fill(thanks), optional: false },
      { text: fill(pick(t.positiveClosing, 'closing')), optional: true },
    );
  } else if (triage.label === 'neutral' && !hasProblem(triage)) {
    const body = detail
      ? fill(pick(t.neutralBody, 'neutral'))
      : 'Thank you for your review. If anything could have been better, we would really like to hear about it.';
    parts.push({ text: body, optional: false }, { text: fill(pick(t.invitation, 'invite')), optional: true });
  } else {
    const thanks = triage.label === 'mixed' ? t.mixedThanks : t.thanksForFeedback;
    parts.push({ text: pick(thanks, 'thanks'), optional: true });
    if (detail) {
      parts.push({ text: fill(pick(t.acknowledgeDetail, 'ack')), optional: false });
      if (themes[0])
        parts.push({ text: capitalise(fill(pick(t.acknowledgeTheme, 'ack-theme'))), optional: true });
    } else if (themes[0]) {
      parts.push({ text: capitalise(fill(pick(t.acknowledgeThemeOnly, 'ack'))), optional: false });
    } else {
      parts.push({ text: 'I am sorry this was not the experience you were hoping for.', optional: false });
    }
    parts.push({ text: pick(t.ownership, 'own'), optional: true }, ...privacy);
    parts.push(nextStep(profile, triage.themes, pick, fill, promises));
    parts.push({ text: fill(pick(t.invitation, 'invite')), optional: false });
    parts.push({ text: pick(t.closings, 'closing'), optional: true });
  }
  const last = parts[parts.length - 1];
  if (last) last.paragraphAfter = true;
  parts.push(signOff);
  const limit = PLATFORM_LIMIT_BYTES[opts.platform ?? 'google'];
  return { text: fitToLimit(parts, limit), kind, translateBeforePosting, promises };
}

const hasProblem = (triage: Triage): boolean => triage.score < -0.1;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function nextStep(
  profile: BusinessProfile,
  themes: readonly string[],
  pick: <T>(options: readonly T[], salt: string) => T,
  fill: (template: string, extra?: Record<string, string>) => string,
  promises: DraftPromise[],
): Part {
  const remedy = chooseRemedy(profile.remedies, themes);
  if (!remedy) {
    promises.push({ description: `${profile.contactName} follows up personally`, dueInHours: 48 });
    return {
      text: `${profile.contactName} will follow up personally within 48 hours of hearing from you.`,
      optional: false,
    };
  }
  const hours = remedy.withinHours ?? DEFAULT_REMEDY_HOURS;
  const phrase = describeRemedy(remedy);
  promises.push({ description: `Arrange ${phrase}`, dueInHours: hours });
  return {
    text: fill(pick(t.remedyOffer, 'remedy'), { remedy: phrase, within: ` within ${hours} hours` }),
    optional: false,
  };
}
