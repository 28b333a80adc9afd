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
};

export type PhraseRule = {
  rule: string;
  severity: Severity;
  patterns: RegExp[];
  message: string;
  suggestion: string;
  onlyWhenRegulated?: boolean;
};
