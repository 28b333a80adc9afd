/**
 * Drafts a fixed-seed random sample of real reviews for a profile that fits each trade and prints review, situation
 * and draft side by side, for reading drafts the way a reputation manager would.
 *
 *   npx tsx tests/drafting/sample-drafts.ts --set negative|positive|electronics-negative|electronics-positive --count 40 --seed 3
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BusinessProfile, businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';

type Sample = { rating: number; text: string; title: string | null; author: string | null; kind: string };

const here = import.meta.dirname;
const localDir = path.resolve(here, '../../../shared/data/reviews_local');
const profileFile: Record<string, string> = {
  restaurant: 'restaurant',
  hotel: 'hotel',
  salon: 'salon',
  shop: 'shop',
  auto: 'auto',
  medical: 'medical',
  service: 'service',
  electronics: 'kitchen-store',
};

export function loadProfile(kind: string) {
  const file = path.join(here, 'profiles', `${profileFile[kind] ?? 'shop'}.json`);
  return businessProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The reply an anonymous reviewer gets from the profile of that trade, on a page with no earlier replies. */
export function replyTo(kind: string, text: string, rating = 4): string {
  const profile = loadProfile(kind);
  const r = { author: null, rating, text, title: null };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
}

/** The draft a reviewer signing as "Sam P." gets from this profile, on a page with no earlier replies. */
export function draftFor(profile: BusinessProfile, text: string, rating = 1) {
  const review = { author: 'Sam P.', rating, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(review, triage, profile, { recent: [] });
}

export function loadSet(set: string, opts: { keepUnknownKind?: boolean } = {}): Sample[] {
  if (set.startsWith('electronics')) {
    const file =
      set === 'electronics-negative' ? 'electronics_negative.review' : 'electronics_positive.review';
    return loadMultiDomain(file).map((r) => ({
      rating: r.rating,
      text: r.text,
      title: r.title,
      author: r.reviewer,
      kind: 'electronics',
    }));
  }
  return readFileSync(path.join(localDir, `${set}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { rating: number; text: string; business_kind: string | null })
    .filter((r) => opts.keepUnknownKind || (r.business_kind !== null && r.business_kind in profileFile))
    .map((r) => ({
      rating: r.rating,
      text: r.text,
      title: null,
      author: null,
      kind: r.business_kind ?? 'shop',
    }));
}

function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { set: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } },
  });
  const sample = shuffle(loadSet(values.set ?? 'negative'), Number(values.seed ?? 1)).slice(
    0,
    Number(values.count ?? 40),
  );
  sample.forEach((r, i) => {
    const profile = loadProfile(r.kind);
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
    const draft = composeDraft(r, triage, profile);
    const s = triage.situation;
    process.stdout.write(
      `\n#${i + 1} [${r.kind} ${r.rating}★ ${r.author ?? ''}] ${r.title ? `${r.title}. ` : ''}${r.text.slice(0, 700)}\n` +
        `  situation: stance=${s.stance} conf=${s.confidence} item=${s.item} problem=${s.problem} prior=${s.priorActions} asks=${s.asks} incidents=${s.incidents} praised=${s.praised} people=${s.people} returning=${s.isReturning}\n` +
        `  themes=${triage.themes} escalate=${triage.escalation.escalate} kind=${draft.kind} words=${draft.text.split(/\s+/).length}\n` +
        `${draft.text.replace(/^/gm, '  | ')}\n`,
    );
  });
}
