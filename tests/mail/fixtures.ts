import type { FeedbackRequestInput } from '../../server/src/mail/message.ts';

export const hostileNames = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  headerSmuggle: 'Evil\r\nBcc: x@y.example',
  long: 'A'.repeat(5_000),
  // Hebrew name with a right-to-left override that would reverse the text after it.
  rtl: '\u202eשרה כהן',
} as const;

export function feedbackInput(overrides: Partial<FeedbackRequestInput> = {}): FeedbackRequestInput {
  return {
    client: { name: 'Dana Whitfield', email: 'dana@client.example' },
    business: {
      name: 'Maple Street Dental',
      postalAddress: '48 Maple Street\nPortland, OR 97205',
      fromAddress: 'care@maple-dental.example',
      replyTo: 'frontdesk@maple-dental.example',
    },
    subjectTemplate: 'How did we do, {{firstName|there}}?',
    bodyTemplate: [
      'Hello {{firstName|there}},',
      '',
      'Thank you for choosing {{businessName}}. Would you tell us how your visit went?',
      '{{feedbackUrl}}',
      '',
      'Warm regards,',
      'The {{businessName}} team',
    ].join('\n'),
    fields: {},
    feedbackUrl: 'https://rebound.example/f/tok_123',
    unsubscribeUrl: 'https://rebound.example/u/tok_123',
    openPixelUrl: 'https://rebound.example/o/tok_123.gif',
    idempotencyKey: 'feedback-req-0001',
    domain: 'rebound.example',
    ...overrides,
  };
}

/** The raw value of a header as written on the wire (unfolded), since mailparser restructures List-* headers. */
export function headerValue(
  parsed: { headerLines: ReadonlyArray<{ key: string; line: string }> },
  name: string,
): string | undefined {
  const line = parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]/g, ' ')
    .trim();
}
