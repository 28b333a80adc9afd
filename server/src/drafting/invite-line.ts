import * as t from './templates.ts';
import type { Writer } from './writer.ts';

/**
 * The private line to the named contact: "call me on …" when the contact signs, "call Dana on …" when a team
 * signs. With `within` ("within a day") it says when they will hear back: given only where the offer carries no time
 * of its own, it is the reply's one promise of when, so it is kept however many recent replies gave one.
 */
export function inviteLine(w: Writer, within: string): string {
  const base = w.say(
    w.pick(freshOpenings(w, w.firstPerson ? t.inviteFirstPerson : t.inviteThirdPerson), 'invite'),
  );
  if (!within) return `${base}.`;
  const tail = w.say(w.pick(t.inviteTimeTail, 'invite-tail'), { within: w.pick(sameTime(within), 'within') });
  // The tail template starts lower case after a comma; `say` capitalised it, so undo that unless it opens a sentence.
  const joined = tail.startsWith('.')
    ? tail.replace(/^\. (\p{Ll})/u, (_, c: string) => `. ${c.toUpperCase()}`)
    : tail.charAt(0).toLowerCase() + tail.slice(1);
  return `${base}${joined}`;
}

// The same promise in other words, so a page of replies does not end each one alike. Each is a span counted from
// the reviewer's message, never a day ("by tomorrow"), which a public post would promise before anyone has written.
// The plain "within a day" is left out: on a page of replies it is the wording a reader would see most often.
const SAME_TIME: Record<string, readonly string[]> = {
  'within a day': [
    'inside a day',
    'within one day',
    'within twenty-four hours',
    'inside twenty-four hours',
    'within a working day',
    'within one working day',
    'inside one day',
    'within a single day',
  ],
  'within two days': ['within two days', 'inside two days'],
  'within three days': [
    'within three days',
    'inside three days',
    'within the next three days',
    'within seventy-two hours',
  ],
};
export const sameTime = (within: string): readonly string[] => SAME_TIME[within] ?? [within];

/** How many of the business's latest replies an invitation's opening words are kept out of. */
const OPENING_SPAN = 8;

/**
 * The invitations whose first three words ("Email me at", "Please get in") none of the latest replies carries: the
 * invitation often closes the reply, and a page whose replies close on one opening reads as a form. All of them when
 * every one was used.
 */
function freshOpenings(w: Writer, options: readonly string[]): readonly string[] {
  const fresh = options.filter((option) => {
    const opening = openingOf(w.say(option));
    return w.usedInLatest(OPENING_SPAN, (reply) => reply.toLowerCase().includes(opening)) === 0;
  });
  return fresh.length > 0 ? fresh : options;
}

const openingOf = (text: string): string => text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
