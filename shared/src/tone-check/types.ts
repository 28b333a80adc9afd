export type Severity = 'blocking' | 'advice';

/** One problem found in a reply. `span` holds UTF-16 offsets into the checked text (start <= end <= length). */
export type Finding = {
  rule: string;
  severity: Severity;
  span: { start: number; end: number };
  message: string;
  suggestion: string;
};

export type CheckContext = {
  /** Healthcare, dental, legal, financial...: confirming that someone is a client is itself a disclosure. */
  regulated?: boolean;
  /** The review being answered; lets the check spot personal data copied from it. */
  reviewText?: string;
  /** The business's own phone numbers and emails, which a reply may freely give. */
  businessContacts?: string[];
  /** The review's star rating (1–5), when known: a reward offered under a 4–5 star review looks like paying for it. */
  rating?: number | null;
  /**
   * Words the business uses of itself (its name, contact, sign-off, remedy labels): a reply may say them although
   * the review does not.
   */
  businessVocabulary?: string[];
};

export type PhraseRule = {
  rule: string;
  severity: Severity;
  patterns: RegExp[];
  message: string;
  suggestion: string;
  onlyWhenRegulated?: boolean;
};
