import type { Situation } from '@rebound/shared';
import escapeRegExp from 'escape-string-regexp';
import type { BusinessProfile } from './business-profile.ts';
import { capitalise } from './phrase-problem.ts';
import { lastUseIn, pickVariant, type UsedLately } from './pick-variant.ts';
import { yourThing } from './sector-words.ts';

export type Part = { text: string; optional: boolean; paragraphAfter?: boolean };

/** Everything a part of the reply needs to choose and fill its wording for this review. */
export type Writer = {
  profile: BusinessProfile;
  situation: Situation;
  /** True when the named contact signs the reply: it then speaks as "I" and never names itself in the third person. */
  firstPerson: boolean;
  canQuote: boolean;
  /**
   * False when a happy reviewer's point may be welcomed but not told in their words (it tripped the safety check:
   * "not being asked about food allergies"), while what they praised may still be named.
   */
  quotesQuibble?: boolean;
  pick: <T>(options: readonly T[], salt: string) => T;
  /**
   * Chooses as `pick` does, but by how recently the business's replies used each option as `usedIn` reads a reply
   * (its shape, say, rather than its wording): an option none of them used is taken first, then the one used
   * longest ago.
   */
  pickBy: <T>(options: readonly T[], salt: string, usedIn: (option: T, reply: string) => boolean) => T;
  /** How many of the business's latest `last` replies `usedIn` finds something in (a phrase, a shape). */
  usedInLatest: (last: number, usedIn: (reply: string) => boolean) => number;
  /** The business's latest `last` replies, oldest first. */
  latest: (last: number) => readonly string[];
  /** Fills a template and, for a reply signed by a team, turns "I" into "we". */
  say: (template: string, vars?: Record<string, string>) => string;
};

// First-person template wording turned to a team's voice; run only on our own templates, never on review words.
const TO_WE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bI am\b/g, 'we are'],
  [/\bI was\b/g, 'we were'],
  [/\bI\b/g, 'we'],
  [/\bmyself\b/g, 'ourselves'],
  [/\bme\b/g, 'us'],
  [/\bmy\b/g, 'our'],
  // A template may open on the word: "My apologies…", "Me too".
  [/\bMy\b/g, 'Our'],
  [/\bMe\b/g, 'Us'],
];

function toWe(template: string): string {
  let text = template;
  for (const [pattern, replacement] of TO_WE) text = text.replace(pattern, replacement);
  return text;
}

/** The contact signs when there is no sign-off (it defaults to them) or the sign-off carries their first name. */
export function contactSigns(profile: BusinessProfile): boolean {
  if (!profile.signOff) return true;
  const first = profile.contactName.trim().split(/\s+/)[0] ?? '';
  return (
    first.length > 0 && new RegExp(`(?<!\\p{L})${escapeRegExp(first)}(?!\\p{L})`, 'u').test(profile.signOff)
  );
}

export function createWriter(
  profile: BusinessProfile,
  situation: Situation,
  seed: number,
  canQuote: boolean,
  recent: readonly string[] | UsedLately = [],
): Writer {
  const firstPerson = contactSigns(profile);
  const seen = typeof recent === 'function' ? recent : lastUseIn(recent);
  // Where the business last used this wording in its recent replies, as it would read in this one's voice.
  const lastUse = (option: unknown): number =>
    typeof option === 'string' ? seen(firstPerson ? option : toWe(option)) : -1;
  const base: Record<string, string> = {
    contact: profile.contactName,
    phone: profile.contactPhone,
    email: profile.contactEmail,
    business: profile.name,
    thing: yourThing(profile) ?? '',
  };
  const say = (template: string, vars: Record<string, string> = {}): string => {
    const voiced = firstPerson ? template : toWe(template);
    const all: Record<string, string> = { ...base, ...vars };
    const p = all.p ?? '';
    const filled = voiced.replace(/\{(\w+)\}/g, (_, key: string) =>
      key === 'P' ? capitalise(p) : (all[key] ?? ''),
    );
    return capitalise(filled);
  };
  return {
    profile,
    situation,
    firstPerson,
    canQuote,
    pick: (options, salt) => pickVariant(options, seed, salt, lastUse),
    pickBy: (options, salt, usedIn) => {
      const texts = seen.texts ?? [];
      const newestUse = (option: (typeof options)[number]): number => {
        for (let i = texts.length - 1; i >= 0; i--) if (usedIn(option, texts[i] ?? '')) return i;
        return -1;
      };
      return pickVariant(options, seed, salt, newestUse);
    },
    usedInLatest: (last, usedIn) => (seen.texts ?? []).slice(-last).filter(usedIn).length,
    latest: (last) => (seen.texts ?? []).slice(-last),
    say,
  };
}

export const part = (text: string, optional = false): Part => ({ text, optional });
