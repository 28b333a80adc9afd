import type { LetterTemplate } from '@rebound/shared';

export type LetterFacts = {
  business: string;
  postalAddress: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  recipientName: string;
  date: Date;
  amount: number | null;
  currency: string;
  contractReference: string | null;
  invoiceReference: string | null;
  respondWithinDays: number;
  obligationsFulfilled: string[];
  referral: string | null;
  mediator: string | null;
};

const money = (f: LetterFacts) =>
  f.amount === null
    ? null
    : new Intl.NumberFormat('en', { style: 'currency', currency: f.currency }).format(f.amount);
const longDate = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

function frame(f: LetterFacts, subject: string, body: string[]): string {
  return [
    f.business,
    f.postalAddress,
    longDate(f.date),
    '',
    `Dear ${f.recipientName},`,
    '',
    `Subject: ${subject}`,
    '',
    ...body.flatMap((p) => [p, '']),
    'Yours sincerely,',
    '',
    f.contactName,
    f.business,
    `Email ${f.contactEmail} · phone ${f.contactPhone}`,
  ].join('\n');
}

// Each letter thanks, acknowledges and names a next step with a date: the same tone rules as a public reply.
const templates: Record<LetterTemplate, (f: LetterFacts) => string> = {
  meet_halfway(f) {
    const offer = money(f);
    return frame(f, 'A final offer to settle this between us', [
      'Thank you for the time you have spent talking this through with us. We understand how frustrating the last weeks have been, and we regret that our earlier proposals did not settle it.',
      offer
        ? `To close the matter fairly for both sides, we propose to meet you halfway: a payment to you of ${offer}, made within seven days of your acceptance.`
        : 'To close the matter fairly for both sides, we propose to meet you halfway, sharing the cost of putting things right equally between us.',
      `This is the best offer we are able to make. Please let us know by ${longDate(addDays(f.date, f.respondWithinDays))} whether you accept it; a short email to ${f.contactEmail} is enough.`,
      'If you would prefer to talk it over first, we are glad to arrange a call at a time that suits you.',
    ]);
  },
  mediation(f) {
    const who = f.mediator
      ? `${f.mediator}, an independent mediator,`
      : 'an independent mediator we choose together';
    return frame(f, 'A proposal to ask a neutral mediator for help', [
      'Thank you for staying in contact with us. We appreciate that we have not yet found an answer that works for you, and we would like to keep trying.',
      `We propose asking ${who} to help both of us reach an agreement. A mediator does not take sides and does not decide for either of us; the aim is a solution we can both accept.`,
      'We will cover the mediator’s fee for the first session.',
      `Please tell us by ${longDate(addDays(f.date, f.respondWithinDays))} whether you agree, and which dates suit you. ${f.contactName} will then arrange the first session.`,
    ]);
  },
  payment_demand(f) {
    const owed = money(f) ?? 'the outstanding balance';
    const agreement = f.contractReference ? `our agreement ${f.contractReference}` : 'our agreement';
    const invoice = f.invoiceReference ? ` on invoice ${f.invoiceReference}` : '';
    const due = longDate(addDays(f.date, f.respondWithinDays));
    return frame(f, 'Formal request for payment of an unpaid invoice', [
      'Thank you for your business with us. We are writing formally about a payment that remains outstanding.',
      `Under ${agreement}, the work was completed and invoiced${invoice}. The amount of ${owed} has not yet been paid, despite our earlier reminders.`,
      `Please pay ${owed} by ${due}. If something about the invoice is unclear or you believe it is not correct, contact ${f.contactName} before that date and we will go through it with you.`,
      'If we receive neither payment nor a reply by that date, we will have to consider the next steps open to us, which may include mediation or a claim through the courts. We would much rather settle this directly with you.',
    ]);
  },
  termination(f) {
    const fulfilled = f.obligationsFulfilled.length
      ? `Before closing, we want to set out what has been completed for you:\n${f.obligationsFulfilled.map((o) => `- ${o}`).join('\n')}`
      : 'Before closing, we confirm that every piece of work we agreed to has been completed and handed over.';
    const referral = f.referral
      ? `So that you are not left without help, we recommend ${f.referral}, who we believe will serve you well.`
      : 'So that you are not left without help, we will gladly recommend another provider on request.';
    return frame(f, 'Written notice that we are ending our working relationship', [
      'Thank you for the time we have worked together. After careful thought, we have decided that we are not the right fit to meet your needs, and we are giving you written notice that we will end our working relationship.',
      fulfilled,
      `Nothing further will be charged after ${longDate(f.date)}. We will send any records or materials that belong to you within ${f.respondWithinDays} days.`,
      referral,
      `We wish you well. If you have any question about this notice, ${f.contactName} is available to answer it.`,
    ]);
  },
};

export function renderLetter(template: LetterTemplate, facts: LetterFacts): string {
  return templates[template](facts);
}
