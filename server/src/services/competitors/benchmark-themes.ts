import type { ReviewLabel } from '@rebound/shared';
import type { TriageOptions } from '../../triage/index.ts';
import { praiseThemes } from './review-reading.ts';

export type ThemeComparison = {
  theme: string;
  /** Competitor reviews read in the period that praise the theme, and their share of all competitor reviews read. */
  competitorPraised: number;
  competitorShare: number;
  /** The same for our reviews, and the share of ours that complain about it. */
  ourPraised: number;
  ourShare: number;
  ourComplaintShare: number;
  /** Praised there at least twice, in at least 15 % of their reviews, and here in under half that share. */
  isGap: boolean;
};

const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : 0);
const TOP = 8;

/**
 * Themes competitors are praised for, beside how often we are praised and criticised for them. Our praise is read
 * from our reviews with the same function that labelled theirs, so both sides are measured alike.
 */
export function compareThemes(
  theirs: { praiseThemes: string[] }[],
  ours: { rating: number | null; text: string; title: string | null; themes: string[]; label: ReviewLabel }[],
  triage: TriageOptions,
): ThemeComparison[] {
  const count = (lists: string[][]) => {
    const out = new Map<string, number>();
    for (const list of lists) for (const t of new Set(list)) out.set(t, (out.get(t) ?? 0) + 1);
    return out;
  };
  const theirPraise = count(theirs.map((r) => r.praiseThemes));
  const ourPraise = count(ours.map((r) => praiseThemes(r, triage)));
  const ourComplaints = count(ours.filter((r) => r.label !== 'positive').map((r) => r.themes));
  return [...theirPraise.entries()]
    .map(([theme, n]) => {
      const competitorShare = share(n, theirs.length);
      const ourShare = share(ourPraise.get(theme) ?? 0, ours.length);
      return {
        theme,
        competitorPraised: n,
        competitorShare,
        ourPraised: ourPraise.get(theme) ?? 0,
        ourShare,
        ourComplaintShare: share(ourComplaints.get(theme) ?? 0, ours.length),
        isGap: n >= 2 && competitorShare >= 0.15 && ourShare < competitorShare / 2,
      };
    })
    .sort(
      (a, b) =>
        b.competitorShare - b.ourShare - (a.competitorShare - a.ourShare) || (a.theme < b.theme ? -1 : 1),
    )
    .slice(0, TOP);
}
