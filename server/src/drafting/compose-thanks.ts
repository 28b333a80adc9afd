import { cleanPhrase, joinPhrases, problemWords } from './phrase-problem.ts';
import { inviteBackLines, wordingGroupOf } from './sector-words.ts';
import * as t from './templates.ts';
import { type Part, part, type Writer } from './writer.ts';

// A person's name as written in the review: a capitalised word, nothing else.
const PERSON = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u;

/** The one gracious sentence on a happy reviewer's quibble: no apology ladder, no remedy. */
function quibble(w: Writer): string {
  const words = problemWords(w.situation, w.canQuote);
  if (words.form === 'clause') return w.say(w.pick(t.quibbleClause, 'quibble'), { p: words.text });
  if (words.form === 'noun') return w.say(w.pick(t.quibbleNoun, 'quibble'), { p: words.text });
  return w.say(w.pick(t.quibbleGeneral, 'quibble'));
}

/**
 * A thank-you to a happy (or mostly happy) reviewer: names one or two things they praised and the person they
 * thanked, welcomes back a regular, invites them back in the trade's own words, and answers a quibble in one
 * sentence. It never offers anything: a public reward after a good review looks like paying for reviews.
 */
export function thanksParts(w: Writer): Part[] {
  const { situation } = w;
  const people = w.canQuote ? situation.people.filter((p) => PERSON.test(p)) : [];
  const praised = w.canQuote
    ? situation.praised
        // A person read as praise ("the courtney") is thanked by name, never as a thing.
        .filter(
          (p) =>
            !situation.people.some((name) => p.toLowerCase().replace(/^the /, '') === name.toLowerCase()),
        )
        .map(cleanPhrase)
        .filter((p): p is string => p !== null && p.split(/\s+/).length <= 6)
    : [];
  const opening =
    praised.length > 0
      ? w.say(w.pick(t.thanksPraised, 'thanks'), { p: joinPhrases(praised) })
      : w.say(w.pick(t.thanksGeneric, 'thanks'));
  const parts: Part[] = [part(opening)];
  const person = people[0];
  if (person) parts.push(part(w.say(w.pick(t.thanksPerson, 'person'), { person })));
  else if (situation.stance !== 'neutral') {
    const team = w.say(w.pick(t.thanksTeam, 'team'));
    if (team) parts.push(part(team, true));
  }
  if (situation.isReturning && !w.profile.regulated)
    parts.push(part(w.say(w.pick(t.returning, 'returning')), true));
  const hasQuibble =
    situation.stance === 'happy_with_quibble' ||
    (situation.stance === 'neutral' && situation.problem !== null);
  if (hasQuibble) parts.push(part(quibble(w)));
  if (situation.stance === 'neutral' && !hasQuibble)
    parts.push(part(w.say(w.pick(t.neutralInvite, 'neutral'))));
  else parts.push(part(w.say(w.pick(inviteBackLines(w.profile), `back-${wordingGroupOf(w.profile)}`)), true));
  return parts;
}
