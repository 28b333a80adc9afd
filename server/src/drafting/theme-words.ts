/**
 * How a reply names a complaint theme when the situation could not read the complaint itself: one sentence per
 * variant, true of any review the theme was found in, and never more specific than the theme ("the wait", not
 * "the forty-minute wait"). Themes of regulated fields (treatment, outcome) have none: naming them would disclose.
 */
const themeSentences: Record<string, readonly string[]> = {
  wait: ['I am sorry about the wait.', 'I am sorry you were kept waiting so long.'],
  timeliness: ['I am sorry it took longer than it should have.', 'I am sorry about how long this took.'],
  staff: ['I am sorry about how you were treated.', 'I am sorry about the way you were dealt with.'],
  price: [
    'I am sorry the price left you feeling short-changed.',
    'I am sorry the cost was not what you expected.',
    'I am sorry it did not feel like good value for what you paid.',
    'I am sorry you felt it was not worth the money.',
  ],
  billing: ['I am sorry about the trouble with the bill.', 'I am sorry the billing was such a problem.'],
  fees: ['I am sorry about the trouble with the charges.'],
  // Never "sorry about the cleanliness", which reads as sorry that it was clean.
  cleanliness: [
    'I am sorry things were not as clean as they should have been.',
    'I am sorry it was not cleaner.',
  ],
  room: ['I am sorry the room was not what it should have been.', 'I am sorry about the state of the room.'],
  noise: ['I am sorry about the noise.', 'I am sorry the noise spoiled things for you.'],
  food: ['I am sorry the food was not up to standard.', 'I am sorry the food disappointed you.'],
  order: ['I am sorry your order was not right.', 'I am sorry about the trouble with your order.'],
  booking: ['I am sorry about the trouble with your booking.', 'I am sorry the booking went wrong.'],
  communication: [
    'I am sorry we did not keep you properly informed.',
    'I am sorry about the poor communication.',
  ],
  warranty: [
    'I am sorry about the trouble with the warranty.',
    'I am sorry the warranty was such a struggle.',
  ],
  defect: [
    'I am sorry it did not work as it should.',
    'I am sorry about the fault.',
    'I am sorry it let you down.',
    'I am sorry it failed on you.',
  ],
  quality: [
    'I am sorry the quality was not what you expected.',
    'I am sorry it did not hold up the way it should have.',
  ],
  delivery: ['I am sorry about the trouble with the delivery.', 'I am sorry the delivery went wrong.'],
  returns: ['I am sorry the return was such a hassle.', 'I am sorry sending it back was so difficult.'],
  support: ['I am sorry about the trouble getting help.', 'I am sorry it was so hard to get help.'],
  workmanship: ['I am sorry the work was not up to standard.'],
  description: [
    'I am sorry it was not what the description led you to expect.',
    'I am sorry the listing gave you the wrong idea.',
  ],
};

// Words that show the reviewer really complained about the theme, not just mentioned its subject ("the food" in a
// review about the wait). A theme without them is not named.
const complaintWords: Record<string, RegExp> = {
  wait: /\b(?:wait (?:turned into|stretched to|ended up being) |(?:\d{2,3}|twenty|thirty|forty|fifty|ninety) (?:more )?minutes (?:later|before anyone|before someone|and no one|and nobody|with no one|without anyone)|waited (?:for |over |almost |nearly |more than |about )?(?:an?|\d+|two|three|forty|thirty|ages|forever)|(?<!(?:n't|not|never|no) (?:a |an |that |too |such a )?)(?:long|endless|ridiculous|forever) wait|wait (?:was|of) (?:over |almost |nearly |more than |about )?(?:an?|\d{2,}|ages|forever|long|ridiculous|too)|wait was (?:so |very |really )?(?:frustrating|annoying|terrible|awful|unacceptable|excessive|painful)|took (?:two|three|four|five|six|several|\d+) (?:weeks|days|months)|kept (?:us |me )?waiting|slow service|service was slow|took (?:forever|ages|an hour|over an hour)|queue was)\b/i,
  timeliness:
    /\b(?:late|delay\w*|took (?:weeks|days|months|forever|ages)|still (?:not|waiting)|not ready)\b/i,
  staff:
    /\b(?:rude\w*|dismissive|unprofessional|condescending|attitude|ignored|lied|yell\w*|vulgar|unfriendly|disrespect\w*|snapped|smirk\w*|hostile|arrogant|miserable|grumpy|never smiled?|no smile|scowl\w*|eye[- ]?roll\w*|rolled (?:her|his|their) eyes)\b/i,
  price:
    /\b(?:overpriced|(?<!not |in)expensive(?! (?:toy|lesson|mistake|paperweight|doorstop))|pricey|over ?charg\w*|rip(?:ped)?[- ]off|(?:cost|costs|charged|paid|pay|price) (?:way )?too much|not worth (?:the )?(?:money|price|cost)|for the price)\b/i,
  billing: /\b(?:bill(?:ed|ing)?|charged|invoice\w*|statement)\b/i,
  fees: /\b(?:fees?|charges?)\b/i,
  // Not "gross" alone: it is said of a taste or a crowd as often as of dirt.
  cleanliness:
    /\b(?:dirty|filth\w*|stain\w*|roach\w*|bugs?|hairs? (?:in|on|all over)|(?:had|has|with) hairs?\b|smell\w*(?! (?:strongly |heavily |badly )?of (?:alcohol|booze|liquor|beer|wine|cigarettes?|weed|marijuana|perfume|cologne))|mold\w*|mould\w*|dust\w*|unclean|not clean|sticky|centipede\w*|mice|rats?)\b/i,
  room: /\b(?:room was|room had|rooms? (?:is|are|were)|dirty room|old|run[- ]down|broken|stain\w*|smell\w*|tiny|small)\b/i,
  noise:
    /\b(?:(?:too|so|very|really|extremely|incredibly) loud(?! enough)|loud (?:music|neighbou?rs|party|parties|guests|tv|bar|club|banging)|noise|noisy|banging)\b/i,
  food: /\b(?:bland|raw|undercooked|overcooked|stale|tasteless|flavou?rless|burnt|greasy|soggy|inedible|awful food|bad food|(?:food|meal|dish|it) was (?:cold|bad|terrible|awful|horrible|mediocre|gross|inedible|not good)|tasted (?:bad|off|awful|terrible|like)|disappointed (?:in|with|by) (?:the |my |our )?(?:food|meal|dish|dinner|lunch))\b/i,
  // What the reviewer forgot ("I forgot my glasses") is no mistake with the order.
  order:
    /\b(?:wrong order|order was wrong|missing|(?<!\b(?:i|we) (?:just |totally |completely )?)forgot|never (?:came|arrived|delivered)(?! (?:back|by|over|to (?:our|my|the) table)))\b/i,
  booking:
    /\b(?:(?:lost|no record of|couldn't find|could not find|cancel(?:l)?ed|double[- ]booked|wrong|messed up|mixed up) (?:my |our |the )?(?:booking|reservation|appointment)|(?:booking|reservation|appointment) (?:was|got|had been) (?:lost|cancel\w*|wrong|messed up|not (?:there|honou?red|found))|overbooked|double[- ]booked)\b/i,
  communication:
    /\b(?:had to (?:call|chase|ring)|kept (?:calling|chasing)|call(?:ed)? (?:three|four|several|multiple|many) times|no updates?|never (?:called|heard|told|answered|replied|returned)|no one (?:called|told|answered)|nobody (?:called|told|answered)|(?:didn't|did not) (?:call|tell|inform) (?:me|us)|no response|no reply)\b/i,
  warranty: /\bwarrant(?:y|ies)\b/i,
  defect:
    /\b(?:broke|broken|stopped working|defect\w*|(?:doesn't|does not|didn't|did not|won't) work|died|faulty|dead|works? (?:about|only|maybe|roughly) (?:\d+ ?%|half)|(?:unable to|couldn't|could not|can't|cannot) (?:see|hear|notice) (?:any|a) (?:improvement|difference)|no (?:noticeable )?(?:improvement|difference)|fell apart|falling apart|useless)(?!\w)/i,
  quality: /\b(?:cheap(?:ly)?|flimsy|poor quality|low quality|fell apart|poorly made)\b/i,
  delivery:
    /\b(?:never received|not delivered|lost (?:in transit|package)|arrived (?:late|damaged|broken|crushed|dented|open)|never (?:arrived|came|showed up|delivered)|late delivery|delivery (?:was|took) (?:late|slow|so long|forever|ages|weeks|(?:\d+|two|three|four|five|six|several) (?:days|weeks))|shipping (?:was|took) (?:late|slow|so long|forever|ages|weeks|(?:\d+|two|three|four|five|six|several) (?:days|weeks))|lost in (?:the )?(?:mail|post)|package was (?:damaged|crushed|opened))\b/i,
  returns:
    /\b(?:return label|return policy|restocking fee|(?:won't|wouldn't|would not|refused to) (?:take|accept) (?:it|them) back|return (?:process|was a)|no returns)\b/i,
  support: /\b(?:support|customer service|help ?line|on hold)\b/i,
  description:
    /\b(?:misleading|not (?:as|what was) (?:described|advertised|pictured|listed|stated)|(?:description|listing|ad|advert|advertisement|technical details|specs?|box) (?:says|said|states?|stated|claims?|claimed|is wrong|was wrong|lied)|false(?:ly)? advertis\w*|misrepresent\w*|(?:states?|says|claims?|advertised|listed)\b[^.!?]{0,80}[.!?]\s*(?:this|that|it) (?:is|was) (?:not true|false|untrue|a lie))\b/i,
  workmanship: /\b(?:sloppy|shoddy|botched|redo|re-do|poor work|bad job|not fixed|still (?:leak|broken))\w*/i,
};

// Where the silence was the maker's (its forum, its documentation, its helpline or warranty desk), "we did not keep
// you properly informed" owns a failing that was never ours.
const MAKERS_CHANNEL =
  /\b(?:support forums?|forums?|documentation|tech(?:nical)? support|warranty|manufacturer|maker)\b/i;
// A brand's own helpline, named mid-sentence: "no reply from Linksys support".
const BRAND_HELPLINE = /(?<=[\p{Ll},] )[A-Z][\w-]+(?:'s)? (?:support|customer service|tech support)\b/u;

// A theme whose subject the reviewer praised ("the staff were lovely") is not the complaint.
const praiseWords: Record<string, RegExp> = {
  staff: /staff|server|waiter|waitress|team|owner|manager|desk|people|service/i,
  food: /food|dish|meal|pizza|burger|sushi|steak|pasta|dessert|cake/i,
  room: /room|bed/i,
  cleanliness: /clean/i,
  price: /price|value|cheap/i,
};

/*
 * A practice bound by privacy rules names what a complaint was about only as a standard it keeps, in words true of
 * anyone who contacts it: never "your bill" or "your wait", which would confirm the reviewer was a patient.
 */
const practiceLines: Record<string, readonly string[]> = {
  billing: [
    'Questions about billing and insurance deserve a clear, straight answer.',
    'Billing and insurance should never be left unclear for anyone.',
  ],
  wait: [
    'Long waits are something we work hard to keep down.',
    'Nobody should have to wait longer than necessary to be seen.',
  ],
  staff: [
    'Everyone who comes to us should be met with courtesy and respect.',
    'How our team speaks to people matters a great deal to us.',
  ],
  treatment: [
    'Every concern about care is looked at carefully here.',
    'Concerns about care are taken seriously here.',
  ],
  booking: ['Getting an appointment should be simple.', 'Booking with us should be straightforward.'],
  communication: [
    'People should always be kept properly informed.',
    'Clear information, given in good time, is something we hold ourselves to.',
  ],
  cleanliness: ['High standards of cleanliness matter a great deal to us.'],
};

/** The standard a regulated practice keeps for the first theme of the complaint it may name; empty when none fits. */
export function practiceLineFor(themes: readonly string[], praised: readonly string[]): readonly string[] {
  const theme = themes.find((t) => {
    const praise = praiseWords[t];
    return practiceLines[t] && !(praise && praised.some((p) => praise.test(p)));
  });
  return theme ? (practiceLines[theme] ?? []) : [];
}

const MONEY: ReadonlySet<string> = new Set(['price', 'fees']);
/** True for a theme about what something cost ("price", "fees") rather than what went wrong. */
export const isMoneyTheme = (theme: string): boolean => MONEY.has(theme);

// A bill above the quote is named as exactly that, whatever theme the words fell under.
const MISQUOTE =
  /\bquot(?:e|ed|ation)\b[^.!?]*(?:[.!?][^.!?]*)?\b(?:invoice|bill(?:ed)?|charged|final price|came to)\b/i;
const misquoteSentences = [
  'I am sorry the final bill did not match what you were quoted.',
  'I am sorry the invoice came in above your quote without anyone checking with you first.',
];

// Two complaints named together ("the long wait and the way you were treated"): noun phrases per theme.
const themeNouns: Record<string, string> = {
  wait: 'the long wait',
  timeliness: 'how long it all took',
  staff: 'the way you were treated',
  billing: 'the trouble with the bill',
  cleanliness: 'things not being clean enough',
  room: 'the state of the room',
  noise: 'the noise',
  food: 'the food',
  order: 'the mix-up with your order',
  booking: 'the trouble with your booking',
  communication: 'the poor communication',
  warranty: 'the trouble with the warranty',
  delivery: 'the trouble with the delivery',
  returns: 'the hassle of sending it back',
  support: 'how hard it was to get help',
  workmanship: 'the standard of the work',
  description: 'how far it was from its description',
};

// Pests named in a holding reply: what was seen, never conceded as an infestation.
const PESTS_SEEN = /\b(?:roach\w*|cockroach\w*|bed ?bugs?|mice|rats?|ants|spiders|fleas|pests?)\b/i;

// Matters a holding reply may name: things found or done wrong, never how people behaved or kept in touch, which a
// legal matter must not concede and which may have been another firm's doing (a maker's helpline, a repairer).
const HELD_MATTERS: ReadonlySet<string> = new Set([
  'pests',
  'cleanliness',
  'room',
  'noise',
  'billing',
  'booking',
  'order',
  'delivery',
  'returns',
]);

/**
 * The matters a held review raises, named neutrally for the holding reply's concern ("the pests and the state of the
 * room"): up to two such themes the reviewer complained about and did not praise; null when none is clear.
 */
export function matterOfThemes(
  themes: readonly string[],
  praised: readonly string[],
  reviewText: string,
): string | null {
  const nouns = themes
    .filter((theme) => {
      const said = theme === 'pests' ? PESTS_SEEN : complaintWords[theme];
      const praise = praiseWords[theme];
      return (
        HELD_MATTERS.has(theme) && said?.test(reviewText) && !(praise && praised.some((p) => praise.test(p)))
      );
    })
    .map((theme) => (theme === 'pests' ? 'the pests you describe' : themeNouns[theme]))
    .filter((noun): noun is string => noun !== undefined);
  const [a, b] = nouns;
  if (!a) return null;
  return b ? `${a.replace(/ you describe$/, '')} and ${b}` : a;
}

/**
 * Sentences for the themes the reviewer complained about and did not also praise: both named when two are clear,
 * the first alone otherwise; empty when there is none worth naming.
 */
export function themeSentencesFor(
  themes: readonly string[],
  praised: readonly string[],
  reviewText: string,
): readonly string[] {
  if (MISQUOTE.test(reviewText)) return misquoteSentences;
  const clear = themes.filter((theme) => {
    if (!themeSentences[theme] || !complaintWords[theme]?.test(reviewText)) return false;
    if (theme === 'communication' && (MAKERS_CHANNEL.test(reviewText) || BRAND_HELPLINE.test(reviewText)))
      return false;
    const praise = praiseWords[theme];
    return !(praise && praised.some((p) => praise.test(p)));
  });
  // What the goods cost is seldom the whole grievance: a fault, a wait or a slight named beside it comes first.
  clear.sort((x, y) => Number(MONEY.has(x)) - Number(MONEY.has(y)));
  const [first, second] = clear;
  if (!first) return [];
  // "Works about 40% of the time… very expensive": the fault, untagged, is still the grievance before the price.
  if (MONEY.has(first) && !second && complaintWords.defect?.test(reviewText))
    return themeSentences.defect ?? [];
  const a = themeNouns[first];
  const b = second ? themeNouns[second] : undefined;
  if (a && b) return [`I am sorry about ${a} and ${b}.`, `I apologise for ${a}, and for ${b}.`];
  return themeSentences[first] ?? [];
}
