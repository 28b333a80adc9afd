import type { SectorGroup } from '@rebound/shared';
import type { Frame } from './complaint-frame.ts';

/**
 * Grievances about how a buyer of a device was dealt with, or about what it was made to refuse, which often matter
 * more to the reviewer than the fault itself: a helpline that never answered or got them nowhere, a repair turned
 * down over damage the reviewer was told it had, a player or printer locked to one region. Each is told as what
 * happened to the reviewer, never as our own admission, since the helpline or the repair desk is most often the
 * maker's.
 */

// A shop's or a software firm's buyers ring a helpline; a garage's or a clinic's customers do not call it "support".
const GOODS: readonly SectorGroup[] = ['retail', 'software'];

// The reviewer asked for help themselves: "I emailed them", "my calls", "5 phone calls and 2 emails", "Sent an email
// to the seller". Not a forum thread other buyers wrote in.
const ASKED_FOR_HELP = `(?=.*(?:${[
  '\\b(?:i|we)\\b[^.]{0,40}\\b(?:e-?mail\\w*|call\\w*|phon\\w*|wr[io]te|sent|contact\\w*|left|submitted|asked|request\\w*|tried|spoke)\\b',
  '\\b(?:my|our)\\b[^.]{0,20}\\b(?:e-?mails?|calls?|requests?|messages?|letters?|tickets?|voicemails?)\\b',
  '\\b(?:\\d+|two|three|four|five|six|several|multiple|many|numerous) (?:phone )?(?:calls|e-?mails|messages|requests|letters|tickets)\\b',
  '^(?:sent|called|e-?mailed|wrote|contacted)\\b',
].join('|')}))`;

// What others said of the helpline, which the reviewer only heard about: "the flap about poor customer service".
const HEARSAY = '(?!.*\\b(?:flap|complaints|reports|heard|read|other reviews?|others|other people)\\b)';

// What a helpline is called. A bare "service" is as often a phone network's, and "no support for Vista" is what the
// software runs on: neither is a helpline.
const HELPLINE =
  '(?:(?:customer|tech|technical|product|phone|e-?mail) (?:support|service|care)|support(?! for\\b| of\\b))';

// A review that speaks of a helpline or of the maker's side of things: only there is "customer service" the maker's
// helpline rather than the shop's own people ("worst customer service of any grocery store"), whom other frames
// name.
const HELPLINE_TOLD =
  /\b(?:support(?! (?:a |the )?(?:local|small|your|our)\b)|warrant\w*|rma|firmware|drivers?|software|manufacturer|help ?desk|help ?line|hotline|call cent(?:er|re)|tech)\b/;

export const deviceProcessFrames: readonly Frame[] = [
  {
    // Help asked for and never given an answer: "5 phone calls and 2 emails were not returned", "I have sent
    // multiple requests for help, and have received not a single answer", "still waiting for that call".
    test: new RegExp(
      `^${ASKED_FOR_HELP}${HEARSAY}.*(?:${[
        "\\b(?:never|didn't|did not|have not|haven't|has not|hasn't|still have not|still haven't) (?:\\w+ ){0,2}(?:got|gotten|received|get|had|heard) (?:back )?(?:a |any |an )?(?:response|reply|answer|call ?back)\\b",
        '\\b(?:no|not a single|not one|without (?:a|any)) (?:response|reply|answer|call ?back)s?\\b',
        '\\b(?:were|was|are|have been|has been) (?:never |not )(?:returned|answered)\\b',
        '\\bnever (?:called|wrote|e-?mailed|got|get) (?:me |us )?back\\b',
        "\\b(?:ignor(?:ed|ing)|not return(?:ing)?|(?:would|will|did) not return|(?:wouldn't|won't|didn't) return) (?:my|our|all my|all of my) (?:e-?mails?|calls?|messages?|requests?|letters?|e-?mail requests?)\\b",
        '\\bstill waiting for (?:that|a|the|their|any) (?:call|reply|response|answer)\\b',
        '\\b(?:have|has) yet to (?:get|receive|hear) (?:back )?(?:a |any )?(?:response|reply|answer|call ?back)\\b',
      ].join('|')})`,
    ),
    whole: HELPLINE_TOLD,
    groups: GOODS,
    clause: 'your requests for help went unanswered',
    also: ['nobody answered when you asked for help'],
    service: true,
    // One grievance with the calls and messages our own people left unanswered, told once.
    topic: 'unanswered',
    // No weight of its own: beside a fault told as often, the fault leads and the helpline follows it in the same
    // sentence; a title about the helpline still puts it first.
  },
  {
    // A helpline the reviewer found no use: "the worst technical support", "no technical support available",
    // "customer support is dismal", "spent an hour with customer support getting nowhere". Never one praised
    // ("their customer service is top notch"), which the sentence's praise keeps out.
    test: new RegExp(
      `^${HEARSAY}.*(?:${[
        `\\b(?:worst|terrible|lousy|poor|horrible|horrid|awful|useless|non-?existent|dismal|pathetic|appalling|abysmal|no|zero|rude|unhelpful|incompetent|clueless) ${HELPLINE}\\b(?! (?:was|is) (?:great|good|excellent|fine|helpful))`,
        `\\b${HELPLINE}\\b (?:\\w+ ){0,3}?(?:is|was|were|are|proved|has been|have been)(?: to be)? (?:\\w+ ){0,2}?(?:useless|terrible|no help|of no use|unhelpful|not helpful|not helpul|a joke|non-?existent|horrible|awful|lousy|a nightmare|rude|dismal|pathetic|worthless|clueless|a contradiction in terms|a black hole|(?:just )?as bad)\\b`,
        `\\b(?:with|from|to|called|calling|phoned|e-?mailed|contacted) (?:\\w+ ){0,2}?${HELPLINE}\\b[^.]{0,40}\\b(?:getting|got|get|went|go|going) nowhere\\b`,
        '\\bgave (?:me|us) the run-?around\\b|\\bthe run-?around\\b',
        `\\bwithout (?:any |real |proper |decent )?${HELPLINE}\\b`,
      ].join('|')})`,
    ),
    whole: HELPLINE_TOLD,
    groups: GOODS,
    // Never "no help": a reply that goes on to say what our own answer failed to do would echo it.
    clause: 'the support you turned to did so little to help',
    also: ['getting help from support was such a struggle'],
    service: true,
    topic: 'helpline',
    // No weight of its own: beside a fault told as often, the fault leads and the helpline follows it in the same
    // sentence; a title about the helpline still puts it first.
  },
  {
    // A repair refused over damage the repairer said it had: "they told me that it has 'external damage' and
    // didn't repair it". Told as the reason given, neither agreeing with it nor denying it.
    test: /^(?=.*\b(?:refus\w*|deni\w*|declin\w*|reject\w*|(?:didn'?t?|did not|would not|wouldn't|won't|will not|not) (?:\w+ )?(?:repair|fix|cover|replace|honou?r|service)\w*|without (?:any )?(?:service|repair)\w*|void\w*)\b).*\b(external|physical|water|liquid|moisture|impact|cosmetic)[- ]damage\b/,
    whole: /\b(?:warrant\w*|repair\w*|fix|service|replace\w*)\b/,
    groups: GOODS,
    clause: 'the repair was turned down on a claim of {x} damage',
    fills: new Set(['external', 'physical', 'water', 'liquid', 'moisture', 'impact', 'cosmetic']),
    service: true,
    topic: 'warranty',
    // Before a plain "your warranty claim was refused", which it tells more of.
    weight: 2.5,
  },
  {
    // Money for goods sent back that never came: "It has been a month and a half and I have YET to get my $120 back".
    test: /\b(?:(?:have|has) yet to|still (?:haven't|have not|hasn't|has not|not|waiting (?:for|on))|never (?:got|received|saw)|(?:haven't|have not|hasn't|has not) (?:yet )?(?:got|gotten|received|seen)) (?:get |receive |see )?(?:my|the|a|any|our) (?:\$[\d,.]+|money|refund|credit|reimbursement)(?: back)?\b/,
    whole: /\b(?:refund\w*|returned|sent (?:it|them) back|send (?:it|them) back|money back|credit)\b/,
    groups: GOODS,
    clause: 'your refund still has not reached you',
    also: ['you are still waiting for your money back'],
    service: true,
    // One grievance with the money back the reviewer says they are still waiting for, told once.
    topic: 'refund',
    weight: 2,
  },
  {
    // Reception the reviewer could not get, however they tried: "I can't get good reception at any range".
    test: /\b(?:can't|cannot|can not|couldn't|could not|never|unable to|wasn't able to|was not able to|was never able to|impossible to) (?:\w+ ){0,2}?get (?:a |any )?(?:good|decent|clear|clean|acceptable|usable|reliable) (?:reception|signal)\b/,
    groups: GOODS,
    // One grievance with the plainer "poor reception", so a reply names it once.
    clause: 'the reception was so poor',
  },
  {
    // Discs bought abroad that a player will not play: "does not play DVD's from other region".
    test: /\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|can't|cannot|couldn't|could not|unable to|not) (?:even )?play (?:any )?(?:dvds?|dvd's|discs?|movies|films|vcds?)? ?(?:from|of|bought in|purchased in|made for) (?:other|another|different|foreign|any other) (?:regions?|countries|country)\b/,
    groups: GOODS,
    clause: 'it would not play discs from other regions',
    // One grievance with the plainer reading of a player that "does not play", whose topic is its clause: the reply
    // names the regions, not failing playback as well.
    topic: 'it would not play properly',
    weight: 2,
  },
  {
    // A region setting that went back by itself: "the region code has automatically set back to 1 and I cannot
    // change it anymore".
    test: /\bregion(?: code| setting)? (?:has |had )?(?:\w+ )?(?:set (?:itself )?back|reset|reverted|changed back)\b/,
    groups: GOODS,
    clause: 'the region setting went back by itself and would not change again',
    topic: 'region',
    weight: 2,
  },
  {
    // Ink locked to where it was sold: "regional coding, which means printer cartridges from one region cannot be
    // used in another".
    test: /\b(?:regional|region)[- ](?:coding|coded|code|locked|lock(?:ing)?)\b[^.]*\bcartridges?\b|\bcartridges?\b[^.]{0,30}\b(?:from|bought in|sold in) (?:one|another|other|a different) (?:region|country)\b/,
    groups: GOODS,
    clause: 'cartridges bought in another region would not work in your printer',
    also: ['the printer refused cartridges from another region'],
    topic: 'region',
    weight: 2,
  },
];
