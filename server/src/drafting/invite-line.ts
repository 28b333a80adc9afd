import * as t from './templates.ts';
import type { Writer } from './writer.ts';

/**
 * The private line to the named contact: "call me on …" when the contact signs, "call Dana on …" when a team
 * signs. With `within` ("within a day") it says when they will hear back.
 */
export function inviteLine(w: Writer, within: string): string {
  const base = w.say(w.pick(w.firstPerson ? t.inviteFirstPerson : t.inviteThirdPerson, 'invite'));
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
