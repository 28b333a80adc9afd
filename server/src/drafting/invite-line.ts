import * as t from './templates.ts';
import type { Writer } from './writer.ts';

/**
 * The private line to the named contact: "call me on …" when the contact signs, "call Dana on …" when a team
 * signs. With `within` ("within a day") it says when they will hear back.
 */
export function inviteLine(w: Writer, within: string): string {
  const base = w.say(w.pick(w.firstPerson ? t.inviteFirstPerson : t.inviteThirdPerson, 'invite'));
  if (!within) return `${base}.`;
  const tail = w.say(w.pick(t.inviteTimeTail, 'invite-tail'), { within });
  // The tail template starts lower case after a comma; `say` capitalised it, so undo that unless it opens a sentence.
  const joined = tail.startsWith('.')
    ? tail.replace(/^\. (\p{Ll})/u, (_, c: string) => `. ${c.toUpperCase()}`)
    : tail.charAt(0).toLowerCase() + tail.slice(1);
  return `${base}${joined}`;
}
