import { splitSentences } from '../triage/situation/sentences.ts';
import { type Part, part, type Writer } from './writer.ts';

/**
 * A "review" that only asks something ("Will this hub link four consoles?", "Does it work with a Mac?") praises
 * nothing: thanking it for praise, or hoping the reviewer enjoys what they may not have bought, reads as not having
 * read it. It gets a short, helpful answer instead: thanks for the question and an offer to check it for them. We
 * never guess the answer in public.
 */

// Any word of liking or of a good result: a review with one of these is a review, whatever it also asks.
const LIKED =
  /(?<!\p{L})(?:lov(?:e|es|ed|ing)|like[ds]?|great|excellent|awesome|amazing|good|better|best|perfect(?:ly)?|happy|pleased|recommend\p{L}*|nice|fantastic|wonderful|satisfied|glad|impressed|fine|solid|easy|thanks?|helpful|friendly|superb|brilliant|terrific|outstanding|enjoy\p{L}*|exceeded|worth|delight\p{L}*|gem|fabulous|reliable|sturdy|(?:works?|worked|working) (?:great|well|fine|perfectly|like a|flawlessly|beautifully))(?!\p{L})/iu;
// A sentence that asks: ends in a question mark, or opens as a question does.
const ASKS =
  /\?\s*$|^(?:does|do|will|would|can|could|is|are|has|have|did|should|anyone|has anyone|how|what|which|where|why)\b[^.!]*$|\b(?:wondering|wonder) (?:if|whether)\b|\b(?:does )?any(?:one|body) know\b/i;

// A question that answers itself as praise: "how can you go wrong?", "what more could you ask for?".
const RHETORICAL =
  /\b(?:how (?:can|could) (?:you|one|anyone|i) go wrong|what more (?:can|could) (?:you|one|anyone|i) (?:ask|want)|what'?s not to (?:like|love))\b/i;

/**
 * True when the review is mostly questions and says nothing of liking anything: a long account of the goods with one
 * aside asked of the reader ("what are you buying a hub this small for anyway?") is a review, not a question.
 */
export function asksOnly(text: string, title?: string | null): boolean {
  const all = `${title ?? ''} ${text}`;
  if (LIKED.test(all) || RHETORICAL.test(all)) return false;
  const sentences = splitSentences(text).map(({ text: s }) => s.trim());
  const asking = sentences.filter((s) => ASKS.test(s)).length;
  return asking > 0 && asking * 2 >= sentences.length;
}

// Thanks for the question: {item} is the product ("the hub").
const questionOpen = [
  'Thank you for your question about {item}.',
  'Thanks for asking about {item} here.',
  'Good question about {item}, and thank you for posting it.',
];
// Thanks for a question about the business itself.
const questionOpenPlain = [
  'Thank you for your question.',
  'Thanks for asking; it is a fair question.',
  'Good question, and thank you for posting it.',
];
// The answer we can give in public: we check it with them rather than guess.
const questionHelp = [
  'The honest answer depends on the rest of your setup, so the surest way is to call or message us with the details and I will check it for you.',
  'It depends a little on what you are connecting it to; send me the details and I will check before you buy.',
  'Rather than guess here, I would like to hear a little more about what you need; a quick call or message and you will get a straight answer.',
];
const questionHelpPlain = [
  'The surest way to a good answer is a quick call or message with the details, and I will check it for you.',
  'Rather than guess here, I would like to hear a little more about what you need; get in touch and you will get a straight answer.',
];
const questionClose = [
  'We would much rather you end up with the right thing than the wrong one, so do come in and ask.',
  'Getting it right before you buy saves everyone a trip; come in and we will go through it with you.',
];
const questionClosePlain = ['We are glad to help however we can.', 'We look forward to hearing from you.'];

/** The short, helpful reply to a question: thanks for asking, an offer to check it, and a plain close. */
export function questionParts(w: Writer, product: string | null): Part[] {
  const shop = w.profile.sector === 'electronics' || w.profile.sector === 'retail';
  return [
    part(w.say(w.pick(product ? questionOpen : questionOpenPlain, 'thanks'), { item: product ?? '' })),
    part(w.say(w.pick(shop ? questionHelp : questionHelpPlain, 'question-help'))),
    part(w.say(w.pick(shop ? questionClose : questionClosePlain, 'back'))),
  ];
}
