/**
 * Draws a fixed-seed sample of real reviews, drafts each with `rebound triage --business <profile>` for a profile that
 * fits its trade, and writes two files: a reader's packet (review text, profile, draft) kept outside the repository,
 * since the review data may not be copied into it, and a record of references and drafts kept beside the verdicts.
 *
 *   npx tsx tests/drafting/judged/make-sample.ts --set negative --count 80 --seed 7 --out /tmp/judge-neg-7
 *
 * `--trades fine` drafts gyms, bakeries, spas and the like for a profile of their own trade; `--llm` drafts through
 * the LLM set in the environment (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY), with the composer where its answer fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMultiDomain } from '../../triage/load-sentiment-data.ts';

type Candidate = {
  ref: string;
  kind: string;
  rating: number;
  title: string | null;
  text: string;
  /** The product reviewed, as a shop's product-review feed names it. */
  itemName: string | null;
};

const here = import.meta.dirname;
const dataDir = path.resolve(here, '../../../../shared/data');
const repoRoot = path.resolve(here, '../../..');

// business_kind in reviews_local → the profile a fitting business would use; rows without a kind are left out.
const profileFor: Record<string, string> = {
  restaurant: 'restaurant',
  hotel: 'hotel',
  salon: 'salon',
  shop: 'shop',
  auto: 'auto',
  medical: 'medical',
  service: 'service',
  electronics: 'electronics-store',
};

// A kind guessed from keywords is coarse: `service` holds gyms and apartment blocks beside trades, `restaurant` holds
// bakeries, `salon` holds spas and nail bars, `medical` holds vets and dentists. With `--trades fine` a review whose own
// words clearly name one of these trades is drafted for a profile of that trade instead; a dog groomer filed under
// salons, a bar filed under shops, a grocery filed under restaurants, a massage chain filed under medical, a lawyer
// filed under services, a wedding venue filed under salons and a health store filed under medical are drafted for a
// groomer, a restaurant, a shop, a spa, a law firm, a venue and a shop.
const finerTrades: { within: string | string[]; profile: string; words: RegExp; against?: RegExp }[] = [
  {
    // Groomers, kennels and pet sitters are filed under salons, services or shops by their keywords.
    within: ['service', 'salon', 'shop'],
    profile: 'groomer',
    words:
      /\b(groom(?:ing|ed|ers?)?|dogs?|pupp(?:y|ies)|pets?|kennels?|boarding|doggy|daycare|paws?|nails? clipped|kitty|cats?)\b/gi,
    against:
      /\b(vets?|veterinarians?|my hair|haircuts? for me|highlights|colou?r|patrons|on sale|merchandise|antiques?)\b/gi,
  },
  {
    // A bar or pub is filed under shops, salons or services; it is drafted for the restaurant.
    within: ['shop', 'salon', 'service'],
    profile: 'restaurant',
    words:
      /\b(bars?|bartenders?|drinks?|beers?|cocktails?|happy hour|pub|brewery|on tap|shots?|pints?|karaoke|jukebox)\b/gi,
    against:
      /\b(bought|purchased?|products?|items?|aisles?|checkout|cashiers?|haircuts?|stylists?|salon|plumbers?|contractors?)\b/gi,
  },
  {
    within: 'service',
    profile: 'gym',
    words:
      /\b(gym|gyms|work ?outs?|membership|personal trainer|fitness|treadmills?|lockers?|spin class(?:es)?|yoga|pilates|instructors?|classes)\b/gi,
  },
  {
    within: 'service',
    profile: 'apartments',
    words:
      /\b(apartments?|lease|leasing|tenants?|residents?|landlord|move-in|moved in|(?:lived|living|live) here|neighbou?rs|apartment complex|maintenance requests?)\b/gi,
  },
  {
    within: 'restaurant',
    profile: 'bakery',
    words:
      /\b(bakery|bakeries|cakes?|cupcakes?|pastry|pastries|donuts?|doughnuts?|croissants?|macarons?|bagels?|cookies)\b/gi,
    against: /\b(dinner|entrees?|appetizers?|waiter|waitress|burgers?|steak|pizza|sushi|tacos?|buffet)\b/gi,
  },
  {
    // A hotel stay is filed under restaurants by its breakfast or room-service words; it is drafted for the hotel.
    within: 'restaurant',
    profile: 'hotel',
    words:
      /\b(stayed|(?:night's|one night|overnight|\d+ day|\d+ night) stay|check-?in|checked in|check-?out|front desk|housekeeping|room service|suites?|lobby|motel|resort|casino|beds?|pillows?|tub|(?:my|our|the) rooms?)\b/gi,
    against:
      /\b(dining room|private room|party room|back room|restrooms?|room temperature|table|waiter|waitress)\b/gi,
  },
  {
    // A grocery, market or cheese shop is filed under restaurants by its food words; it is drafted for the shop.
    within: 'restaurant',
    profile: 'shop',
    words:
      /\b(grocery|groceries|supermarket|market|aisles?|produce|bulk|checkout|cashiers?|shelves|deli counter|cheese shop|bagging|shopping carts?|flyer|items)\b/gi,
    against:
      /\b(dinner|lunch|entrees?|appetizers?|waiter|waitress|server|menu|table|reservation|ordered|meal)\b/gi,
  },
  {
    // A wedding or party venue is filed under salons, services, restaurants or hotels; it is drafted for a venue.
    within: ['salon', 'service', 'restaurant', 'hotel', 'shop'],
    profile: 'venue',
    words:
      /\b(weddings?|venue|reception hall|banquet(?: hall)?|brides?|bridal party|rehearsal dinner|event space|ballroom|guests|dance floor)\b/gi,
    against:
      /\b(hair|haircuts?|stylists?|updos?|make-?up|nails?|dress(?:es)?|alterations?|cakes?|photograph\w*|rooms?|check-?in|menu|waiter|waitress|regist\w*|gifts?|stores?)\b/gi,
  },
  {
    // A spa filed under salons or services (beside gyms) is drafted for the spa.
    within: ['salon', 'service'],
    profile: 'spa',
    words:
      /\b(spa|massages?|facials?|waxing|wax|pedicures?|manicures?|nails?|mani|pedi|sauna|steam room|robes?|hot tub|treatments?)\b/gi,
    against: /\b(haircuts?|hair|colou?r|stylist|highlights|blow ?dry|barber)\b/gi,
  },
  {
    // A massage chain is filed under medical by its clinical words; it is drafted for the spa.
    within: 'medical',
    profile: 'spa',
    words: /\b(massages?|masseuse|masseur|massage therapists?|deep tissue|spa|facials?)\b/gi,
    against: /\b(doctors?|physicians?|nurses?|prescri\w*|diagnos\w*|x-rays?|insurance)\b/gi,
  },
  {
    // A lawyer or law firm is filed under services; it is drafted for a law firm.
    within: 'service',
    profile: 'law',
    words:
      /\b(attorneys?|lawyers?|law firm|law office|legal (?:advice|fees|team|matter|services)|lawsuit|paralegal|retainer|settlement|divorce|custody)\b/gi,
    against: /\b(plumb\w*|repairs?|install\w*|contractors?|technicians?|movers?|cleaners?)\b/gi,
  },
  {
    // A health-food or supplement store is filed under medical by its health words; it is drafted for the shop.
    within: 'medical',
    profile: 'shop',
    words:
      /\b(health (?:food )?stores?|stores?|shop|shopping|carr(?:y|ies)|in stock|bought|purchased?|aisles?|shelves|supplements?|vitamins?)\b/gi,
    against:
      /\b(doctors?|dr\.?|physicians?|nurses?|appointments?|patients?|exams?|prescri\w*|diagnos\w*|pediatric\w*|clinic)\b/gi,
  },
  {
    within: 'medical',
    profile: 'vet',
    words: /\b(vets?|veterinarians?|veterinary|dogs?|cats?|pets?|puppy|kitten|animal hospital)\b/gi,
  },
  {
    within: 'medical',
    profile: 'dental',
    words: /\b(dentists?|dental|teeth|tooth|hygienist|crowns?|fillings?|root canal|orthodontist)\b/gi,
  },
];

// Each word counts once, or twice when the reviewer comes back to it: a donut shop's review says "donuts" four
// times and names nothing else of the trade.
function hits(text: string, words: RegExp | undefined): number {
  const seen = new Map<string, number>();
  for (const w of text.match(words ?? /$^/g) ?? [])
    seen.set(w.toLowerCase(), (seen.get(w.toLowerCase()) ?? 0) + 1);
  return [...seen.values()].reduce((sum, n) => sum + Math.min(n, 2), 0);
}

function profileOf(c: Candidate, fine: boolean): string {
  const coarse = profileFor[c.kind] ?? 'shop';
  if (!fine) return coarse;
  const text = `${c.title ?? ''} ${c.text}`;
  const finer = finerTrades
    .filter((t) => [t.within].flat().includes(c.kind))
    .map((t) => ({ profile: t.profile, score: hits(text, t.words) - hits(text, t.against) }))
    .filter((t) => t.score >= 2)
    .sort((a, b) => b.score - a.score)[0];
  return finer?.profile ?? coarse;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadCandidates(set: 'negative' | 'positive'): Candidate[] {
  const file = path.join(dataDir, 'reviews_local', `${set}.jsonl`);
  const local = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim().length > 0)
    .map(({ line, i }) => {
      const row = JSON.parse(line) as { rating: number; text: string; business_kind: string | null };
      return {
        ref: `reviews_local/${set}.jsonl:${i + 1}`,
        kind: row.business_kind ?? '',
        rating: row.rating,
        title: null,
        text: row.text,
        itemName: null,
      };
    })
    .filter((c) => c.kind in profileFor);
  const electronics = loadMultiDomain(
    set === 'negative' ? 'electronics_negative.review' : 'electronics_positive.review',
  ).map((r, i) => ({
    ref: `electronics_${set}.review#${i + 1}`,
    kind: 'electronics',
    rating: r.rating,
    title: r.title,
    text: r.text,
    itemName: r.productName,
  }));
  return [...local, ...electronics];
}

function draw<T>(items: T[], count: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'negative' },
    count: { type: 'string', default: '80' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    record: { type: 'string' },
    trades: { type: 'string', default: 'coarse' },
    llm: { type: 'boolean', default: false },
  },
});
const set = values.set === 'positive' ? 'positive' : 'negative';
const count = Number(values.count);
const seed = Number(values.seed);
const out = values.out ?? `/tmp/judge-${set}-${seed}`;
mkdirSync(out, { recursive: true });

// Half from the local-business set, half electronics, so at least two trades are always in the sample.
const random = mulberry32(seed);
const candidates = loadCandidates(set);
const local = draw(
  candidates.filter((c) => c.kind !== 'electronics'),
  Math.ceil(count / 2),
  random,
);
const electronics = draw(
  candidates.filter((c) => c.kind === 'electronics'),
  Math.floor(count / 2),
  random,
);
const sample = [...local, ...electronics];

type Drafted = Candidate & { profile: string; result: Record<string, unknown> };
const drafted: Drafted[] = [];
const byProfile = new Map<string, Candidate[]>();
for (const c of sample) {
  const profile = profileOf(c, values.trades === 'fine');
  byProfile.set(profile, [...(byProfile.get(profile) ?? []), c]);
}
// A reader judges a packet as one page of replies, so each trade's run is given the drafts already written for the
// sample as the page it adds to: a packet that mixes businesses repeats no more wording than one business's page.
const pageFile = path.join(out, 'page.jsonl');
for (const [profile, rows] of byProfile) {
  writeFileSync(
    pageFile,
    drafted
      .map((d) => `${JSON.stringify((d.result.draft as { text?: string } | undefined)?.text ?? '')}\n`)
      .join(''),
  );
  const input = rows
    .map((r) =>
      JSON.stringify({
        text: r.text,
        rating: r.rating,
        title: r.title,
        externalId: r.ref,
        itemName: r.itemName,
      }),
    )
    .join('\n');
  const run = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'server/bin/rebound.mjs'),
      'triage',
      '--business',
      path.join(here, 'profiles', `${profile}.json`),
      '--recent',
      pageFile,
      ...(values.llm ? ['--llm'] : []),
    ],
    { input, encoding: 'utf8', cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`rebound triage failed for ${profile}: ${run.stderr}`);
  const lines = run.stdout.split('\n').filter((l) => l.trim().length > 0);
  for (const [i, r] of rows.entries()) {
    drafted.push({ ...r, profile, result: JSON.parse(lines[i] ?? '{}') as Record<string, unknown> });
  }
}

const packet = drafted
  .map((d, i) => {
    const profile = JSON.parse(
      readFileSync(path.join(here, 'profiles', `${d.profile}.json`), 'utf8'),
    ) as Record<string, unknown>;
    const draft = (d.result.draft as { text?: string } | undefined)?.text ?? JSON.stringify(d.result.draft);
    return [
      `## ${i + 1}. ${d.ref}`,
      `Business: ${String(profile.name)} (${d.profile}); contact ${String(profile.contactName)}; remedies it offers: ${JSON.stringify(profile.remedies)}`,
      `Rating: ${d.rating}★${d.title ? `  Title: ${d.title}` : ''}${d.itemName ? `  Product: ${d.itemName}` : ''}`,
      `Review:\n${d.text}`,
      `Escalated: ${JSON.stringify(d.result.escalation ?? null)}  Themes: ${JSON.stringify(d.result.themes ?? [])}`,
      `Draft:\n${draft}`,
    ].join('\n\n');
  })
  .join('\n\n---\n\n');
writeFileSync(path.join(out, 'packet.md'), packet);
const record = drafted.map((d) => ({
  ref: d.ref,
  profile: d.profile,
  rating: d.rating,
  escalation: d.result.escalation ?? null,
  themes: d.result.themes ?? [],
  draft: (d.result.draft as { text?: string } | undefined)?.text ?? null,
  source: (d.result.draft as { source?: string } | undefined)?.source ?? 'composer',
}));
writeFileSync(
  values.record ?? path.join(out, 'drafts.jsonl'),
  `${record.map((r) => JSON.stringify(r)).join('\n')}\n`,
);
process.stdout.write(`${drafted.length} drafts → ${path.join(out, 'packet.md')}\n`);
