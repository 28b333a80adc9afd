import { APOLOGY_LEADS } from './defensive-rules.ts';
import { wordPattern as w } from './find-matches.ts';
import type { PhraseRule } from './types.ts';

// Straight or curly apostrophe, and optional whitespace between words.
const A = "['’]";
const S = '\\s+';

/** Tone rules that a single phrase can trigger. Blocking rules are the ones that could hurt the business or the reviewer if posted. */
export const phraseRules: PhraseRule[] = [
  {
    rule: 'defensive',
    severity: 'advice',
    patterns: [
      // "You should have received our email" is a fact about what we owe, not a reproach; nor is a "should have" that
      // ends its clause ("you waited longer than you should have", "the help you should have from us").
      w(
        `(?<!than${S})you${S}should${S}have(?!${S}(?:received|had|got|gotten|been${S}(?:sent|given|offered|told)|heard|from)\\b|\\s*(?:[.,;:!?)]|$))`,
      ),
      w(`you${S}(?:should${A}ve|shoulda)`),
      w(`(?:our|the)${S}policy${S}(?:clearly|plainly|explicitly)`),
      w(`(?:clearly|plainly)${S}(?:stated|states|posted|explained)`),
      w(`(?:not|isn${A}t|wasn${A}t|is${S}not|was${S}not)${S}our${S}fault`),
      w(`you${S}failed${S}to`),
      w(`if${S}you${S}had${S}(?:read|listened|checked|followed|asked)`),
      w(`we${S}(?:are|were)${S}not${S}responsible`),
      w(`(?:that${S}is|that${A}s|it${S}is|it${A}s)${S}your${S}(?:own${S})?(?:responsibility|problem|fault)`),
      // Told back inside an apology ("I am sorry that you were told…", "every reason to be unhappy that you were told…"), it
      // is the reviewer's account, not a reproach.
      w(
        `(?<!(?:(?:${APOLOGY_LEADS}|unhappy|upset|annoyed|frustrated|disappointed)${S}that|than)${S})you${S}were${S}(?:told|warned|informed)`,
      ),
      w(`as${S}(?:anyone|everyone)${S}(?:can|could)${S}see`),
    ],
    message: 'This reads as defending the business or blaming the reviewer.',
    suggestion:
      'Own the experience instead: say what you will do differently, not what the reviewer did wrong.',
  },
  {
    rule: 'excuse',
    severity: 'advice',
    patterns: [
      w(`short[\\s-]*staffed|under-?staffed`),
      w(`(?:we|it)${S}(?:were|was)${S}(?:extremely${S}|very${S}|really${S}|so${S})?(?:swamped|slammed|busy)`),
      w(`(?:a|one${S}of${S}our)${S}new${S}(?:hire|employee|staff${S}member)`),
      w(`(?:our|the)${S}system${S}was${S}down`),
      w(`beyond${S}our${S}control|out${S}of${S}our${S}hands`),
      w(`(?:these${S}things|it)${S}happens?${S}(?:sometimes|to${S}everyone)`),
      w(`(?:holiday|peak)${S}(?:rush|season)${S}(?:meant|means)`),
    ],
    message: 'An excuse shifts attention away from the reviewer’s experience.',
    suggestion: 'Drop the reason it happened; acknowledge the impact and describe the fix.',
  },
  {
    rule: 'sarcasm',
    severity: 'advice',
    patterns: [
      w(`sorry${S}(?:that${S})?you${S}feel${S}that${S}way`),
      w(`sorry${S}if${S}you${S}(?:were|felt|feel)${S}(?:offended|upset)`),
      w(`thanks${S}for${S}nothing`),
      w(`good${S}luck${S}(?:finding|with${S}that)`),
      w(`with${S}all${S}due${S}respect`),
      w(`(?:obviously|clearly|apparently)${S}you`),
      w(`if${S}you${S}say${S}so`),
      w(`nice${S}try`),
      w(`oh${S}well`),
      w(`whatever${S}makes${S}you${S}happy`),
    ],
    message: 'This can read as sarcastic or dismissive.',
    suggestion: 'Use plain, sincere wording: thank the reviewer and speak to the problem directly.',
  },
  {
    rule: 'arguing',
    severity: 'advice',
    patterns: [
      w(`(?:that|this)${S}(?:never${S}happened|did${S}not${S}happen|didn${A}t${S}happen)`),
      w(
        `(?:that${S}is|that${A}s|this${S}is)${S}(?:simply${S}|just${S})?(?:not${S}true|untrue|false|incorrect)`,
      ),
      w(`your${S}(?:story|account|version)${S}(?:is|does)`),
      w(`we${S}(?:have${S}no${S}record|dispute)`),
      w(`(?:this|that)${S}is${S}not${S}what${S}happened`),
    ],
    message: 'Disputing the reviewer’s account in public rarely persuades readers.',
    suggestion: 'Invite the reviewer to talk privately so you can look into what happened together.',
  },
  {
    rule: 'hostile',
    severity: 'blocking',
    patterns: [
      w(
        `you${S}(?:are|were|${A}re)${S}(?:lying|a${S}liar|an${S}idiot|stupid|pathetic|crazy|delusional|clueless)`,
      ),
      w(`you${A}re${S}(?:lying|a${S}liar|an${S}idiot|stupid|pathetic|crazy|delusional|clueless)`),
      w(`liars?|idiots?|morons?|shut${S}up|get${S}lost|scammer`),
      w(`f+u+c+k+\\w*|sh[i1]t+(?:ty)?|bullshit|crap|damn${S}you|screw${S}you|bitch\\w*|asshole|jerk`),
      w(`(?:don${A}t|do${S}not|never)${S}(?:ever${S})?come${S}back`),
      w(`you${S}(?:will|${A}ll)${S}regret`),
    ],
    message: 'Hostile or insulting wording cannot be posted.',
    suggestion: 'Remove the insult; stay calm and factual, and offer a private conversation.',
  },
  {
    rule: 'liability',
    severity: 'blocking',
    patterns: [
      w(`we${S}(?:are|were|${A}re)${S}(?:fully${S}|legally${S}|totally${S})?liable`),
      w(`we${A}re${S}(?:fully${S}|legally${S})?liable`),
      w(`(?:our|my)${S}(?:own${S})?negligen(?:ce|t)`),
      w(`we${S}(?:were|have${S}been|acted)${S}negligent(?:ly)?`),
      w(`(?:accept|admit)${S}(?:full${S}|all${S})?(?:legal${S})?liability`),
      w(`legally${S}responsible`),
      w(`malpractice`),
      w(`we${S}(?:breached|violated)${S}(?:the|our|your)${S}(?:contract|agreement|law)`),
      w(`we${S}broke${S}the${S}law`),
    ],
    message: 'This admits legal liability in public.',
    suggestion:
      'Acknowledge the experience and apologise for it without legal terms; take the details offline.',
  },
  {
    rule: 'review-incentive',
    severity: 'blocking',
    patterns: [
      w(
        `(?:if|once|when|after|as${S}soon${S}as)${S}you${S}(?:change|update|edit|remove|delete|take${S}down|revise|amend|raise)\\p{L}*${S}(?:your|the|this)${S}(?:\\p{L}+${S}){0,2}?(?:review|rating|post|stars?)`,
      ),
      w(
        `(?:in${S}exchange|in${S}return)${S}for${S}(?:a${S}|an${S}|your${S})?(?:updated${S}|new${S}|revised${S}|better${S}|5-star${S}|five-star${S})?(?:review|rating)`,
      ),
      w(
        `(?:refund|discount|voucher|gift${S}card|coupon|credit|free\\p{L}*)${S}(?:\\p{L}+${S}){0,4}?(?:for|if${S}you)${S}(?:removing|changing|updating|deleting|editing|a${S}better|a${S}5-star|a${S}five-star)`,
      ),
    ],
    message:
      'Offering anything in return for changing or removing a review breaks platform rules and consumer law.',
    suggestion: 'Make the remedy unconditional; never link it to the review.',
  },
  {
    rule: 'patient-confirmation',
    severity: 'blocking',
    onlyWhenRegulated: true,
    patterns: [
      w(
        `your${S}(?:recent${S}|last${S})?(?:visit|appointment|treatment|procedure|care|records?|chart|file|case|consultation|session|prescription|x-rays?|policy|account(?!${S}of)|claim|matter|stay)`,
      ),
      w(`as${S}(?:our|a)${S}(?:patient|client)`),
      w(`(?:our|my)${S}(?:patient|client)s?${S}(?:since|for)`),
      w(`when${S}you${S}(?:came${S}in|visited|were${S}(?:here|seen|treated))`),
      w(
        `(?:our${S}records${S}show|we${S}(?:saw|treated|examined)${S}you|you${S}were${S}(?:seen|treated|examined))`,
      ),
      w(`(?:dr|doctor|nurse)\\.?${S}\\p{Lu}\\p{L}+${S}(?:saw|treated|examined)${S}you`),
    ],
    message: 'In a regulated field this confirms that the reviewer is (or was) a patient or client.',
    suggestion:
      'Speak generally ("we take every concern seriously") and move the details to a private conversation.',
  },
];
