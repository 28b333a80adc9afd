import { checkReply, hasBlocking } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const GOOD_REPLY =
  'Hi Dana, thank you for telling us about the late delivery, and I am sorry it spoiled your weekend. ' +
  'That is on us. We would like to refund the delivery charge within 48 hours: please call Sam on 555 010 2030 ' +
  'or email sam@shop.example so we can arrange it.';

const cases: Array<{
  rule: string;
  severity: 'blocking' | 'advice';
  text: string;
  flagged: string;
  regulated?: boolean;
}> = [
  {
    rule: 'defensive',
    severity: 'advice',
    text: 'Thank you. You should have read the label first.',
    flagged: 'You should have',
  },
  {
    rule: 'defensive',
    severity: 'advice',
    text: 'Thanks. Our policy clearly says no returns.',
    flagged: 'Our policy clearly',
  },
  {
    rule: 'defensive',
    severity: 'advice',
    text: 'Sorry, but it was not our fault.',
    flagged: 'was not our fault',
  },
  {
    rule: 'excuse',
    severity: 'advice',
    text: 'Sorry, we were short-staffed that day.',
    flagged: 'short-staffed',
  },
  {
    rule: 'excuse',
    severity: 'advice',
    text: 'Sorry, the system was down that morning.',
    flagged: 'the system was down',
  },
  {
    rule: 'sarcasm',
    severity: 'advice',
    text: 'We are sorry you feel that way.',
    flagged: 'sorry you feel that way',
  },
  {
    rule: 'sarcasm',
    severity: 'advice',
    text: 'Thanks for nothing, and good luck finding better.',
    flagged: 'Thanks for nothing',
  },
  {
    rule: 'arguing',
    severity: 'advice',
    text: 'Thank you, but that never happened.',
    flagged: 'that never happened',
  },
  {
    rule: 'arguing',
    severity: 'advice',
    text: 'Thanks. That is simply not true.',
    flagged: 'That is simply not true',
  },
  {
    rule: 'hostile',
    severity: 'blocking',
    text: 'Thanks, but you are lying about the order.',
    flagged: 'you are lying',
  },
  { rule: 'hostile', severity: 'blocking', text: 'Sorry but you are an idiot.', flagged: 'you are an idiot' },
  { rule: 'shouting', severity: 'advice', text: 'Thank you, we are NEVER late.', flagged: 'NEVER' },
  { rule: 'shouting', severity: 'advice', text: 'Thank you for the review!!!', flagged: '!!!' },
  {
    rule: 'personal-data',
    severity: 'blocking',
    text: 'Sorry, we have called you on 07700 900123.',
    flagged: '07700 900123',
  },
  {
    rule: 'personal-data',
    severity: 'blocking',
    text: 'Sorry, we replied to dana.k@mail.example.',
    flagged: 'dana.k@mail.example',
  },
  {
    rule: 'personal-data',
    severity: 'blocking',
    text: 'Sorry about order #A55123 going missing.',
    flagged: 'order #A55123',
  },
  {
    rule: 'personal-data',
    severity: 'blocking',
    text: 'Sorry, invoice 88412 was wrong.',
    flagged: 'invoice 88412',
  },
  {
    rule: 'personal-data',
    severity: 'blocking',
    text: 'We are sorry your diabetes made the wait hard.',
    flagged: 'diabetes',
  },
  {
    rule: 'patient-confirmation',
    severity: 'blocking',
    regulated: true,
    text: 'Thanks, we reviewed your appointment notes.',
    flagged: 'your appointment',
  },
  {
    rule: 'patient-confirmation',
    severity: 'blocking',
    regulated: true,
    text: 'Thank you for being our patient since 2019.',
    flagged: 'our patient since',
  },
  {
    rule: 'liability',
    severity: 'blocking',
    text: 'Sorry. We are liable for the damage.',
    flagged: 'We are liable',
  },
  {
    rule: 'liability',
    severity: 'blocking',
    text: 'Sorry, this was our negligence.',
    flagged: 'our negligence',
  },
  {
    rule: 'review-incentive',
    severity: 'blocking',
    text: 'We will refund you if you remove your review.',
    flagged: 'if you remove your review',
  },
  {
    rule: 'review-incentive',
    severity: 'blocking',
    text: 'Thanks. A free coffee in exchange for an updated review?',
    flagged: 'in exchange for an updated review',
  },
];

describe('each tone and safety rule', () => {
  for (const c of cases) {
    it(`flags "${c.flagged}" as ${c.rule} (${c.severity})`, () => {
      const findings = checkReply(c.text, { regulated: c.regulated ?? false });
      const hit = findings.find((f) => f.rule === c.rule);
      expect(hit?.severity).toBe(c.severity);
      expect(hit && c.text.slice(hit.span.start, hit.span.end)).toBe(c.flagged);
      expect(hit?.suggestion.length).toBeGreaterThan(10);
    });
    it(`does not flag ${c.rule} in a good reply`, () => {
      expect(checkReply(GOOD_REPLY, { regulated: true }).filter((f) => f.rule === c.rule)).toEqual([]);
    });
  }

  it('finds nothing at all in a good reply, regulated or not', () => {
    expect(checkReply(GOOD_REPLY)).toEqual([]);
  });

  it('flags a reply with no thanks or acknowledgement', () => {
    const findings = checkReply('Please call Sam on 555 010 2030 to arrange a refund within 48 hours.');
    expect(findings.map((f) => f.rule)).toEqual(['missing-acknowledgement']);
  });

  it('flags an apology that offers no next step', () => {
    const findings = checkReply('We are so sorry about the cold coffee.');
    expect(findings.map((f) => f.rule)).toContain('missing-next-step');
    expect(findings.every((f) => f.severity === 'advice')).toBe(true);
  });

  it('does not ask a thank-you note for a positive review to offer a next step', () => {
    expect(
      checkReply('Thank you so much for the kind words about the carrot cake!', {
        reviewText: 'Lovely cake, great service',
      }),
    ).toEqual([]);
  });

  it('flags a phone number copied from the review even after a contact cue', () => {
    const findings = checkReply('Thanks, we will call you on 07700 900123.', {
      reviewText: 'Call me on 07700 900123!',
    });
    expect(findings.some((f) => f.rule === 'personal-data')).toBe(true);
  });

  it('reads diagnostics run on a truck as a machine check, and a diagnosis given to the reviewer as health', () => {
    const garage = 'Thank you for the kind words about the reliable diagnostics. Glad you liked them.';
    expect(checkReply(garage, {}).some((f) => f.rule === 'personal-data')).toBe(false);
    expect(
      checkReply('Sorry the diagnosis of your truck took a week.', { regulated: true }).some(
        (f) => f.rule === 'personal-data',
      ),
    ).toBe(false);
    // Near misses: a diagnosis of the reviewer, and diagnostics at a practice, are health details.
    expect(
      checkReply('We are sorry your diagnosis came so late.', {}).some((f) => f.rule === 'personal-data'),
    ).toBe(true);
    expect(checkReply(garage, { regulated: true }).some((f) => f.rule === 'personal-data')).toBe(true);
  });

  it('never flags the business contacts it is given', () => {
    const text = 'Thank you, sorry about this. Details: sam@shop.example, 555 010 2030.';
    expect(hasBlocking(checkReply(text, { businessContacts: ['sam@shop.example', '555-010-2030'] }))).toBe(
      false,
    );
  });

  it('does not confirm-check a non-regulated business', () => {
    expect(
      checkReply('Thanks for your visit; sorry about the wait. Call us on 555 010 2030.').some(
        (f) => f.rule === 'patient-confirmation',
      ),
    ).toBe(false);
  });

  it('hasBlocking is true only when a blocking finding is present', () => {
    expect(hasBlocking(checkReply('Sorry. We are liable for this.'))).toBe(true);
    expect(hasBlocking(checkReply('Sorry, we were short-staffed. Please call us on 555 010 2030.'))).toBe(
      false,
    );
  });
});
