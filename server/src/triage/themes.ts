import escapeRegExp from 'escape-string-regexp';
/**
 * Theme id → terms. A term is a lower-case word or phrase; a trailing `*` matches any ending ("refund*") and `#`
 * stands for a number in digits or words ("took # minutes"). Businesses extend it from their profile
 * (`themeExtensions`), adding terms to a theme or whole new themes.
 */
export type ThemeTaxonomy = Readonly<Record<string, readonly string[]>>;

export const defaultThemeTaxonomy: ThemeTaxonomy = {
  wait: [
    'wait*',
    'waited',
    'slow',
    'delay*',
    'took forever',
    'took ages',
    'long time',
    'hours later',
    'queue*',
    'line was',
    'on hold',
    'late',
    'still not',
    'weeks later',
    'took weeks',
    'took months',
  ],
  staff: [
    'rude*',
    'staff',
    'employee*',
    'waiter',
    'waitress',
    'server',
    'cashier',
    'receptionist',
    'manager',
    'attitude',
    'unprofessional',
    'unfriendly',
    'ignored',
    'condescending',
    'customer service',
    'customer support',
    'tech support',
    'representative',
    'rep',
    'agent*',
    'technician',
    'salesman',
    'salesperson',
  ],
  price: [
    'price*',
    'pric*',
    'expensive',
    'overpriced',
    'overcharg*',
    'charg*',
    'bill*',
    'invoice*',
    'fee*',
    'cost*',
    'money',
    'refund*',
    'rip off',
    'ripoff',
    'rip-off',
    'paid',
    'pay',
    'payment*',
    'shipping cost*',
    'restocking',
  ],
  quality: [
    'quality',
    'workmanship',
    'poorly made',
    'cheaply made',
    'flimsy',
    'sloppy',
    'shoddy',
    'botched',
    'mistake*',
    'wrong',
    'sound quality',
    'picture quality',
    'reception',
    'performance',
    'cheap plastic',
    'redo',
    'repair*',
    'fix*',
    'tasteless',
    'bland',
    'undercooked',
    'overcooked',
    'cold food',
  ],
  defect: [
    'broke*',
    'quit',
    'quits',
    'gave out',
    'gave up',
    'stopped',
    'failed',
    'fails',
    'failure*',
    'broken',
    'defect*',
    'faulty',
    'stopped working',
    'quit working',
    "doesn't work",
    'does not work',
    "didn't work",
    'did not work',
    "won't work",
    'died',
    'dead',
    'malfunction*',
    'crash*',
    'froze',
    'freez*',
    'crack*',
    'leak*',
    'static',
    'noise',
    'overheat*',
    'fell apart',
    'falls apart',
    'lemon',
    'doa',
    'dead on arrival',
    'stopped charging',
    'not charging',
    "won't charge",
    'glitch*',
    'bug*',
    'error*',
    'reset*',
    'replaced',
    'replacement',
    'warranty',
  ],
  communication: [
    'call back',
    'called back',
    'never called',
    'no response',
    'never responded',
    'never heard',
    'email*',
    'phone*',
    'voicemail',
    'unanswered',
    'communicat*',
    'told me',
    'informed',
    'explain*',
    'update*',
    'contact*',
    'instructions',
    'manual',
    'misleading',
    'false advertising',
    'not as advertised',
    'description',
  ],
  cleanliness: [
    'dirty',
    'filthy',
    'clean*',
    'unclean',
    'smell*',
    'stink*',
    'hygiene',
    'unsanitary',
    'mold*',
    'mould*',
    'stain*',
    'bathroom*',
    'restroom*',
    'bug in',
    'hair in',
    'cockroach*',
    'roach*',
  ],
  delivery: [
    'deliver*',
    'shipping',
    'shipped',
    'ship',
    'package*',
    'packag*',
    'arriv*',
    'courier',
    'tracking',
    'lost in the mail',
    'never received',
    'never arrived',
    'box was',
    'damaged in transit',
    'order*',
  ],
  booking: [
    'book*',
    'appointment*',
    'reservation*',
    'reserv*',
    'schedul*',
    'cancel*',
    'rescheduled',
    'no show',
    'no-show',
    'double booked',
    'slot',
    'walk-in',
  ],
  usability: [
    'hard to use',
    'difficult to use',
    'confusing',
    'complicated',
    'setup',
    'set up',
    'install*',
    'remote',
    'buttons',
    'menu',
    'interface',
    'software',
    'driver*',
    'compatib*',
    'incompatible',
    'connect*',
    'bluetooth',
    'wifi',
    'wireless',
    'battery',
    'batteries',
    'charger',
    'cable*',
    'fit',
    'fits',
    'size',
  ],
  food: [
    'food',
    'meal',
    'dish*',
    'menu',
    'taste*',
    'tasted',
    'flavor*',
    'flavour*',
    'portion*',
    'burger*',
    'pizza',
    'coffee',
    'drink*',
    'dessert*',
    'salad',
    'steak',
    'sushi',
    'breakfast',
    'lunch',
    'dinner',
  ],
};

/** Merges a business's extensions into a base taxonomy: new terms join existing themes, new ids become new themes. */
export function extendTaxonomy(
  base: ThemeTaxonomy,
  extensions: Readonly<Record<string, readonly string[]>> | undefined,
): ThemeTaxonomy {
  const merged: Record<string, readonly string[]> = { ...base };
  for (const [theme, terms] of Object.entries(extensions ?? {})) {
    const clean = terms.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0);
    merged[theme] = [...new Set([...(base[theme] ?? []), ...clean])];
  }
  return merged;
}

// How long or how many, as reviewers write it: "45", "10-15", "forty", "forty-five", "a couple of", "several".
const NUMBER =
  '(?:\\d+(?:\\s*-\\s*\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a few|a couple(?: of)?|several|many)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+(?:or so|plus|\\+))?';

function termToSource(term: string): string {
  const isPrefix = term.endsWith('*');
  const body = escapeRegExp(isPrefix ? term.slice(0, -1) : term)
    .replace(/'/g, "['’]")
    .replace(/\s+/g, '\\s+')
    .replace(/#/g, NUMBER);
  return isPrefix ? `${body}[\\p{L}\\p{N}'-]*` : body;
}

const compiled = new WeakMap<ThemeTaxonomy, Array<{ theme: string; pattern: RegExp }>>();

function compileTaxonomy(taxonomy: ThemeTaxonomy): Array<{ theme: string; pattern: RegExp }> {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const list = Object.entries(taxonomy)
    .filter(([, terms]) => terms.length > 0)
    .map(([theme, terms]) => ({
      theme,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${terms.map(termToSource).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      ),
    }));
  compiled.set(taxonomy, list);
  return list;
}

export type ThemeHit = { theme: string; term: string; start: number; end: number };

// "Out of" that names no missing stock: "out of the question", "out of warranty", "out of this world".
const OUT_OF_IDIOM =
  /^\s+(?:the (?:question|way|box|blue|ordinary)|this world|warranty|luck|business|order|date|pocket|town|reach|place|control|sync|service|print|nowhere|hand|breath|sight|line|range|it|(?:my|his|her|their|our|your) way)(?![\p{L}\p{N}])/iu;
const namesNoStock = (hit: ThemeHit, text: string): boolean =>
  hit.theme === 'stock' && /\bout of$/i.test(hit.term) && OUT_OF_IDIOM.test(text.slice(hit.end));

/**
 * Every theme term found in the text, in reading order. Where terms of two themes overlap the longer one says what is
 * meant: "wait staff" is about the staff, not a wait, and "slow service" is a wait, not the staff.
 */
export function findThemeHits(text: string, taxonomy: ThemeTaxonomy): ThemeHit[] {
  const hits: ThemeHit[] = [];
  for (const { theme, pattern } of compileTaxonomy(taxonomy)) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const hit = { theme, term: m[0].toLowerCase(), start, end: start + m[0].length };
      if (!namesNoStock(hit, text)) hits.push(hit);
    }
  }
  const longestFirst = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ThemeHit[] = [];
  for (const hit of longestFirst) {
    const overlapsLonger = kept.some((k) => k.theme !== hit.theme && hit.start < k.end && k.start < hit.end);
    if (!overlapsLonger) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Themes ordered by how often they are mentioned (ties by first mention). */
export function detectThemes(text: string, taxonomy: ThemeTaxonomy = defaultThemeTaxonomy): string[] {
  const counts = new Map<string, number>();
  for (const hit of findThemeHits(text, taxonomy)) counts.set(hit.theme, (counts.get(hit.theme) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([theme]) => theme);
}
