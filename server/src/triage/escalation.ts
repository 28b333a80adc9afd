export type EscalationReason =
  | 'legal_threat'
  | 'regulator'
  | 'chargeback'
  | 'abuse'
  | 'threat'
  | 'safety'
  | 'health'
  | 'discrimination';

const pattern = (source: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

/** Each reason with the wording that signals it. Kept broad: a false alarm costs a look, a miss can cost a lawsuit. */
const rules: ReadonlyArray<readonly [EscalationReason, RegExp]> = [
  [
    'legal_threat',
    pattern(
      "lawyers?|attorneys?|solicitors?|(?:will|going to|gonna|to|should|could|shall|and|i(?:'|’)ll|might) sue|suing|sued|lawsuit|legal action|(?<!food |tennis |basketball )court|small claims|class action|litigation|legal counsel|my (?:legal|law) team|cease and desist|defamation",
    ),
  ],
  [
    'regulator',
    pattern(
      'bbb|better business bureau|attorney general|ftc|federal trade commission|consumer protection|trading standards|ombudsman|health department|health inspector|licensing board|dental board|medical board|state board|bar association|cfpb|fca|osha|report (?:you|this|them) to',
    ),
  ],
  [
    'chargeback',
    pattern(
      'charge ?backs?|dispute[ds]? (?:the|this|my) (?:charge|payment|transaction)|my bank (?:to|will) (?:reverse|dispute)',
    ),
  ],
  [
    'abuse',
    pattern(
      'f+u+c+k+\\p{L}*|shit\\p{L}*|bitch\\p{L}*|assholes?|bastards?|cunts?|dickheads?|retard\\p{L}*|scumbags?|idiots?|morons?',
    ),
  ],
  [
    'threat',
    pattern(
      "i(?:'|’)?ll (?:kill|hurt|find|get) (?:you|them)|(?:kill|hurt|beat up|burn down|smash) (?:you|them|the place|your|this place)|watch your back|you(?:'|’)?ll regret|you will regret|coming for you|make you pay",
    ),
  ],
  [
    'safety',
    pattern(
      'caught fire|on fire|fire hazard|exploded|explosion|electric(?:al)? shock|electrocuted|shocked me|sparks?|smoke|smoking|melted|burn(?:ed|t|s)? (?:me|my|him|her)|injur\\p{L}*|hurt (?:me|my|him|her)|cut (?:me|my)|bleeding|(?:to|in|at) (?:the )?hospital|emergency room|unsafe|dangerous|hazard\\p{L}*|choking|carbon monoxide|gas leak',
    ),
  ],
  [
    'health',
    pattern(
      'food poisoning|got sick|made (?:me|us|my \\p{L}+) sick|vomit\\p{L}*|threw up|throwing up|diarrh\\p{L}*|allergic reaction|anaphyla\\p{L}*|infection|infected|misdiagnos\\p{L}*|wrong (?:medication|dose|tooth|prescription)|contaminat\\p{L}*|salmonella|e\\.? coli|hair in (?:my|the) food|bug in (?:my|the) food|rat|rats|mice|cockroach\\p{L}*',
    ),
  ],
  [
    'discrimination',
    pattern(
      "racis[mt]\\p{L}*|discriminat\\p{L}*|sexis[mt]\\p{L}*|homophob\\p{L}*|transphob\\p{L}*|bigot\\p{L}*|xenophob\\p{L}*|islamophob\\p{L}*|antisemit\\p{L}*|because (?:i am|i(?:'|’)m|we are|we(?:'|’)re) (?:black|gay|lesbian|trans|disabled|muslim|jewish|asian|hispanic|latino|latina|a woman|old|pregnant|in a wheelchair)|because of my (?:race|skin|color|colour|religion|disability|age|gender|accent|wheelchair|service dog)",
    ),
  ],
];

/** The escalation reasons whose wording appears in the review. */
export function findEscalationReasons(text: string): EscalationReason[] {
  return rules.filter(([, re]) => re.test(text)).map(([reason]) => reason);
}

/**
 * True when at least `rule.count` negative reviews fall within the `rule.hours` before `now` (inclusive of now).
 * Reviews dated after `now` or invalid dates are ignored.
 */
export function detectSpike(
  negativeTimes: Date[],
  rule: { count: number; hours: number },
  now: Date,
): boolean {
  if (rule.count <= 0) return true;
  const end = now.getTime();
  const start = end - rule.hours * 3_600_000;
  let inWindow = 0;
  for (const time of negativeTimes) {
    const t = time.getTime();
    if (Number.isFinite(t) && t > start && t <= end) inWindow++;
    if (inWindow >= rule.count) return true;
  }
  return false;
}
