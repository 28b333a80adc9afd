import { pronounFor } from './thanks-subject.ts';

// The apology's "it" for the thing bought, just after the words that open what went wrong: "I am sorry that it…",
// "I apologise it…", "how it…".
const IT_OPENS =
  /(?<!\p{L})(that|how|when|because|sorry|apologi[sz]e|regret) it ((?:so often|so|often|never|just|really|simply|still|also|soon|quickly) )?([\p{L}']+)(?!\p{L})/u;
// Verbs a thing bought is the subject of, said the same of one thing or many: "it stopped working", "they stopped
// working". Only a fault of the goods is named so; "it took three weeks", "it turned out", "it seems" say nothing of
// them.
const FAULT_VERB =
  /^(?:did|didn't|would|wouldn't|could|couldn't|will|won't|can't|cannot|never|stopped|failed|broke|died|quit|kept|arrived|sounded|looked|felt|overheated|leaked|lasted|refused|fell|cracked|snapped|worked|needed|went|gave|ran|had|froze|crashed|jammed|wore|drained)$/iu;
// Verbs in "-ed" whose "it" is seldom the thing: "it happened", "it turned out", "it seemed".
const NOT_OF_A_THING = /^(?:happened|seemed|turned|appeared|mattered|occurred|ended|used|meant|involved)$/i;
// The same verbs as one thing has them, with the form many take: "it was" → "they were".
const FOR_MANY: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "doesn't": "don't",
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
};
// "…that it was three weeks before…", "that it was not until…": an "it" that stands for no thing.
const NO_THING_AFTER =
  /^\s*(?:not )?(?:\d|one|two|three|four|five|six|weeks?|months?|days?|until|before|time|a shame|a pity)/iu;

/**
 * The acknowledgement with the product named where its first sentence says "it" of the thing bought, as the listing
 * names it ("I am sorry that the Sony headphones stopped working"): a shop's reply that says "it" reply after reply
 * reads as though nobody looked at what was bought. Left as it is where the listing names no product, where the verb
 * could not agree with it, or, for a product of many, where the sentence goes on to say "it" again.
 */
export function withProductNamed(ack: string, product: string | null): string {
  if (!product) return ack;
  const end = ack.search(/[.!?](?:\s|$)/);
  const first = end < 0 ? ack : ack.slice(0, end);
  const m = IT_OPENS.exec(first);
  if (!m?.[1] || !m[3]) return ack;
  const verb = m[3];
  const many = pronounFor(product) === 'them';
  const manyForm = FOR_MANY[verb.toLowerCase()];
  const plain = FAULT_VERB.test(verb) || (/ed$/i.test(verb) && !NOT_OF_A_THING.test(verb));
  if (!plain && manyForm === undefined) return ack;
  const said = many ? (manyForm ?? verb) : verb;
  const rest = first.slice(m.index + m[0].length);
  if (NO_THING_AFTER.test(rest)) return ack;
  if (many && /(?<!\p{L})(?:it|its|itself)(?!\p{L})/iu.test(rest)) return ack;
  const named = `${m[1]} ${product} ${m[2] ?? ''}${said}`;
  return `${ack.slice(0, m.index)}${named}${ack.slice(m.index + m[0].length)}`;
}
