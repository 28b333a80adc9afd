import type { SectorGroup } from '@rebound/shared';

/**
 * One kind of grievance as the complaint reader knows it: the wording that says it, and the clause we wrote for it.
 */
export type Frame = {
  /** Matched against one sentence, lower-cased; a capture group may fill `{x}` in the clause. */
  test: RegExp;
  clause: string;
  /** Extra weight for grievances that are the point of a review when present (a lost order, a no-show). */
  weight?: number;
  /**
   * The fill for `{x}` must be one of these words (checked against the capture), or match this pattern (a sum of
   * money, say, which no dictionary holds).
   */
  fills?: ReadonlySet<string> | RegExp;
  /** The trades the grievance belongs to: "it stopped working" is about a product, not a hotel phone. */
  groups?: readonly SectorGroup[];
  /** Grievances of one topic are one grievance: a reply names only the strongest of them. */
  topic?: string;
  /** Other wordings of the same clause, so a page of replies need not repeat one. */
  also?: readonly string[];
  /**
   * The clause for a fault the clause tells as a habit ("it kept freezing on you") when the sentences it was read in
   * tell it as happening once: "it froze on you".
   */
  once?: string;
  /** Says only that something failed: any grievance that says how comes first. */
  general?: boolean;
  /** A general grievance that still comes first where the reviewer dwells on it more than on any one fault. */
  dwelt?: boolean;
  /** Says what the business's own people did (refused, ignored, kept waiting): not ours when another firm did it. */
  ours?: boolean;
  /** About the service rather than the thing itself, so it can stand beside a fault read from the reviewer's words. */
  service?: boolean;
  /**
   * Said of another firm (the maker, a seller, a courier): the sentence must name one, and `{party}` in the clause
   * becomes it ("the maker"), so the reply tells the fault as theirs rather than owning it.
   */
  party?: boolean;
  /** The whole review must also say this: a claim is a grievance only where the review says it fell short. */
  whole?: RegExp;
};
export const PRODUCTS: readonly SectorGroup[] = ['retail', 'software', 'trades_repairs'];
export const VENUES: readonly SectorGroup[] = ['food_hospitality'];

/** Everything but the test of a frame for a wait before anyone came to serve, told with or without minutes. */
export const WAITED_TO_BE_SERVED = {
  groups: VENUES,
  clause: 'you waited so long before anyone came to serve you',
  also: ['it took so long for anyone to come and serve you'],
  ours: true,
  service: true,
  topic: 'wait',
  weight: 1,
} satisfies Omit<Frame, 'test'>;
// Where a cut, a colour or nails are a service done to the reviewer; a shop's "highlights" are the best of a list.
export const TREATMENTS: readonly SectorGroup[] = [
  'health',
  'professional',
  'trades_repairs',
  'food_hospitality',
];
