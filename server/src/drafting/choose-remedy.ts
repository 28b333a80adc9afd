import type { Remedy } from './business-profile.ts';

/** A remedy that fits the review's themes (first match in the business's own order), else the first one listed. */
export function chooseRemedy(remedies: readonly Remedy[], themes: readonly string[]): Remedy | null {
  for (const theme of themes) {
    const fit = remedies.find((r) => r.themes?.includes(theme));
    if (fit) return fit;
  }
  return remedies.find((r) => !r.themes || r.themes.length === 0) ?? remedies[0] ?? null;
}

/** The remedy as a noun phrase for a sentence, including its percentage when it has one. */
export function describeRemedy(remedy: Remedy): string {
  const hasPercentInLabel = /\d+\s*%/.test(remedy.label);
  if (
    remedy.percent !== undefined &&
    !hasPercentInLabel &&
    (remedy.kind === 'refund' || remedy.kind === 'discount')
  ) {
    return remedy.percent >= 100 && remedy.kind === 'refund'
      ? `a full refund`
      : `${remedy.label} of ${remedy.percent}%`;
  }
  return remedy.label;
}

/** Default turnaround when the business gave none, so every promise still gets a due date. */
export const DEFAULT_REMEDY_HOURS = 72;
