/**
 * Word lists for the grounding check. A reply's acknowledgement may use any of these without the review saying
 * them: grammar, feelings, the business's own vocabulary (remedies, contact, sign-off) and category words that
 * cover whatever the reviewer named ("meal" for a steak, "staff" for a waiter, "order" for a parcel).
 */
export const FUNCTION_WORD_LIST = `a about above after again against all also am an and any anyone anything are around as at away back
be because been before being below between both but by can could did do does doing done down during each either else
even ever every everyone everything few for from further had has have having he her here hers him his how i if in
into is it its itself just least less let like made make makes many may me might mine more most much must my myself
neither no nobody none nor not nothing now of off often on once one only onto or other others our ours ourselves out
over own per quite rather really same several she should since so some someone something soon still such than that the
their theirs them then there these they this those though through thus to too toward towards under until up upon us
very via was we well were what whatever when where whether which while who whom whose why will with within without
would yet you your yours yourself yourselves also already again ago almost always never sometimes usually just simply
truly sincerely genuinely honestly certainly definitely absolutely completely totally entirely particularly especially
extremely incredibly so such quite bit lot lots little much enough s t d ll ve re m`;

const REPLY_WORDS = `sorry apologise apologize apologies apology apologised apologized regret regrets regretted thank thanks thanked
thankful grateful gratitude appreciate appreciated appreciation glad pleased delighted happy thrilled lovely kind kindly
hear heard hearing read reading learn learned learnt know knew understand understood see saw seen feel felt feeling
feelings sound sounds seem seemed seems hope hoped wish wished want wanted expect expected expectation expectations
deserve deserved deserves mean means meant take taking took taken share shared sharing tell telling told let letting
write wrote written post posted mention mentioned mentioning raise raised raising flag flagged point pointed highlight
describe described bring brought leave left give gave given get got make made go went gone come came happen happened
happens happening occur occurred put keep kept look looked find found try tried think thought say said ask asked
review reviews reviewer feedback comment comments words word note kind honest honesty detail details time times
moment chance opportunity patience attention effort care concern concerns treated treat
experience experiences visit visits visited visiting stay stayed staying trip day days evening night nights morning
afternoon week weeks weekend month months year years today yesterday recently recent last first next second hour hours
minute minutes occasion million voice online impression nod shine spotlight thumbs deal balanced account far hand
need request
problem problems issue issues trouble troubles situation matter matters thing things way part side end start beginning rest
middle something
everything nothing anything fault mistake mistakes error errors failure
good great bad poor better best worse worst fine nice wonderful amazing excellent fantastic brilliant awful terrible
horrible dreadful disappointing disappointed disappointment frustrating frustrated frustration upsetting upset annoying
annoyed annoyance unacceptable acceptable unfortunate unfortunately sad sadly concerning worrying worried stressful stress
inconvenience inconvenient hassle letdown standard standards level quality high low real right wrong proper properly
fair unfair clear unclear whole full entire complete own usual normal enjoy enjoyed enjoying enjoyable love loved loving
like liked pleasure spoil spoiled spoilt ruin ruined affect affected impact impacted let down fell fall short miss
missed meet met live lived match matched reflect reflects reflected represent
us team we staff people colleagues employee employees member members crew everyone owner owners manager management
business company place store shop restaurant hotel salon clinic practice garage office site location premises branch
service services customer customers guest guests client clients patient patients`;

// Remedies, contact and next steps: the business speaks of these on its own account.
const BUSINESS_WORDS = `redo discount voucher
credit gift complimentary free charge charges contact call phone email e-mail message reach touch directly privately
private personally person talk speak speaking discuss conversation chat meet meeting follow follow-up arrange sort fix
fixed fixing look looking investigate investigating check checking improve improving change changes changed welcome
invite back soon again future shortly hours hours days within promise`;

/** Groups of words that stand for the same complaint or thing: one in the review supports any in the reply. */
export const SYNONYM_GROUPS: string[][] = [
  ['cold', 'lukewarm', 'tepid', 'chilly', 'freezing', 'warm', 'hot', 'temperature', 'heat', 'heating'],
  [
    'rude',
    'impolite',
    'unfriendly',
    'dismissive',
    'disrespectful',
    'arrogant',
    'abrupt',
    'condescending',
    'attitude',
    'manner',
    'manners',
    'unprofessional',
    'unhelpful',
    'ignored',
    'yelled',
    'shouted',
    'snapped',
    'rudest',
    'ruder',
    'behaviour',
    'behavior',
    'welcome',
    'greeted',
    'friendly',
    'courtesy',
    'courteous',
    'respect',
    'respectful',
  ],
  [
    'slow',
    'wait',
    'waited',
    'waiting',
    'delay',
    'delayed',
    'late',
    'lateness',
    'forever',
    'ages',
    'long',
    'queue',
    'line',
    'took',
    'speed',
    'quick',
    'quickly',
    'prompt',
    'promptly',
    'hurry',
    'rushed',
    'rush',
    'turnaround',
  ],
  [
    'dirty',
    'filthy',
    'unclean',
    'clean',
    'cleanliness',
    'stain',
    'stained',
    'stains',
    'grimy',
    'hair',
    'smell',
    'smelly',
    'smelled',
    'stink',
    'stank',
    'mould',
    'mold',
    'dust',
    'dusty',
    'hygiene',
    'bug',
    'bugs',
    'cockroach',
    'roach',
    'insect',
    'mess',
    'messy',
    'state',
    'condition',
    'tidy',
  ],
  [
    'broken',
    'broke',
    'break',
    'breaking',
    'faulty',
    'fault',
    'stopped',
    'failed',
    'fail',
    'failing',
    'defective',
    'died',
    'dead',
    'crack',
    'cracked',
    'malfunction',
    'working',
    'work',
    'worked',
    'damage',
    'damaged',
    'leak',
    'leaked',
    'leaking',
    'defect',
    'defects',
  ],
  [
    'expensive',
    'overpriced',
    'price',
    'prices',
    'pricey',
    'pricing',
    'cost',
    'costs',
    'costly',
    'charge',
    'charged',
    'overcharged',
    'bill',
    'billed',
    'billing',
    'money',
    'pay',
    'paid',
    'payment',
    'fee',
    'fees',
    'value',
    'worth',
    'invoice',
    'quote',
    'quoted',
    'estimate',
    'cheap',
  ],
  ['noisy', 'noise', 'loud', 'music', 'quiet', 'sound'],
  ['small', 'tiny', 'portion', 'portions', 'size', 'sizes', 'big', 'large', 'fit'],
  ['wrong', 'incorrect', 'mixed', 'mix-up', 'mixup', 'missing', 'forgot', 'forgotten', 'error'],
  [
    'cancel',
    'cancelled',
    'canceled',
    'cancellation',
    'booking',
    'booked',
    'reservation',
    'reserved',
    'appointment',
    'appointments',
    'schedule',
    'scheduled',
  ],
  ['drink', 'drinks', 'beverage', 'beverages'],
  [
    'delivery',
    'delivered',
    'deliver',
    'parcel',
    'package',
    'shipping',
    'shipped',
    'courier',
    'arrive',
    'arrived',
    'arrival',
    'dispatch',
    'dispatched',
  ],
  ['haircut', 'cut', 'trim', 'style', 'styling', 'hairstyle'],
  ['colour', 'color', 'coloured', 'colored', 'dye', 'dyed', 'highlights', 'balayage', 'tint'],
  [
    'phone',
    'call',
    'called',
    'calls',
    'calling',
    'email',
    'emailed',
    'emails',
    'message',
    'messages',
    'contacted',
    'respond',
    'response',
    'responded',
    'reply',
    'replied',
    'answer',
    'answered',
    'communication',
    'voicemail',
    'ignored',
  ],
  ['waiter', 'waitress', 'server', 'waiting staff'],
  ['receptionist', 'reception', 'desk', 'front', 'check-in', 'checkin'],
  ['mechanic', 'technician', 'engineer', 'fitter'],
  [
    'doctor',
    'dentist',
    'gp',
    'physician',
    'clinician',
    'surgeon',
    'consultant',
    'nurse',
    'hygienist',
    'therapist',
    'physio',
  ],
  ['refund', 'refunded', 'refunds', 'money back', 'reimbursed'],
  ['replacement', 'replaced', 'replace', 'exchange', 'exchanged', 'swap', 'swapped'],
  ['return', 'returned', 'returning', 'returns', 'sent back', 'send back'],
];

/** Category words that cover whatever the reviewer named: "your meal" is true of any dish, "the item" of any product. */
const CATEGORY_WORDS = `food meal meals dish dishes plate order orders ordered dinner lunch breakfast brunch menu eat ate eating
drink drinks room rooms accommodation product products item items purchase purchased goods car vehicle appointment
treatment job work repair repairs installation install delivery app software account subscription booking stay`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Grammar words: they end a noun phrase. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words(FUNCTION_WORD_LIST));

/** Nouns for the reviewer's own act of reviewing or visiting: "such a warm review", "your loyalty". */
export const REVIEW_ACT_WORDS: ReadonlySet<string> = new Set(
  words(`review reviews words word feedback comment comments note notes message time effort mention shout shout-out
  recommendation recommendations praise rating ratings stars star kindness support patience business custom visit visits
  loyalty honesty day name mark compliment compliments thoughts remarks post`),
);

/** Words an acknowledgement may use whatever the review says. */
export const FREE_WORDS: ReadonlySet<string> = new Set([
  ...words(FUNCTION_WORD_LIST),
  ...words(REPLY_WORDS),
  ...words(BUSINESS_WORDS),
  ...words(CATEGORY_WORDS),
]);
