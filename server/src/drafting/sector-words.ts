import type { SectorGroup } from '@rebound/shared';
import type { BusinessProfile } from './business-profile.ts';

type Sector = BusinessProfile['sector'];

const groupBySector: Record<Sector, SectorGroup | null> = {
  general: null,
  healthcare: 'health',
  dental: 'health',
  legal: 'professional',
  financial: 'professional',
  hospitality: 'food_hospitality',
  retail: 'retail',
  trades: 'trades_repairs',
  automotive: 'trades_repairs',
  beauty: 'professional',
  fitness: 'professional',
  education: 'professional',
  electronics: 'retail',
  software: 'software',
};

/** The sector group a business belongs to; a general business is treated as a shop unless its profile says more. */
export function wordingGroupOf(profile: BusinessProfile): SectorGroup {
  return groupBySector[profile.sector] ?? 'retail';
}

// What a customer had with the business, after "your" ("your order"). Regulated fields get none: naming it would
// confirm that the reviewer is a patient or client.
const serviceNounBySector: Record<Sector, string> = {
  general: 'experience with us',
  healthcare: '',
  dental: '',
  legal: '',
  financial: '',
  hospitality: 'visit',
  retail: 'visit',
  trades: '',
  automotive: 'visit',
  beauty: 'appointment',
  fitness: 'time with us',
  education: 'course',
  electronics: 'purchase',
  software: 'time with the app',
};

/** "your order", "your stay", or null where naming the relationship would disclose it. */
export function yourThing(profile: BusinessProfile): string | null {
  if (profile.regulated) return null;
  const noun = profile.serviceNoun ?? serviceNounBySector[profile.sector];
  return noun ? `your ${noun}` : null;
}

// How a thank-you note asks a happy customer back, in words that fit the trade. Never a reward, never a deadline.
const inviteBackByGroup: Record<SectorGroup, readonly string[]> = {
  food_hospitality: [
    'We hope to welcome you back soon.',
    'Come back and see us whenever you are passing.',
    'We look forward to having you with us again.',
    'We will keep a warm welcome ready for next time.',
    'See you again soon, we hope.',
    'We would love to have you back.',
    'Do come back and see us.',
    'Until next time.',
  ],
  retail: [
    'We hope to see you again soon.',
    'Thanks for choosing us, and see you next time.',
    'We are here whenever you need anything else.',
    'Come and see us again soon.',
    'It was a pleasure to have you in.',
    'Hope to see you back soon.',
    'Until next time, and thank you again.',
  ],
  trades_repairs: [
    'We will be here whenever you need us next.',
    'Whenever the next job comes up, you know where we are.',
    'We are always glad to help again.',
    'Next time something needs looking at, we are here.',
  ],
  health: [
    'Kind words like these mean a great deal to the whole team.',
    'Messages like this are why the team does what it does.',
    'It is lovely to be able to share words like these with the team.',
  ],
  professional: [
    'We look forward to seeing you again.',
    'It is always a pleasure to help, and we hope to see you soon.',
    'We are here whenever you need us again.',
    'Thank you for trusting us, and see you next time.',
  ],
  software: [
    'We are always keen to hear how it is working for you.',
    'Thanks for using it, and keep the ideas coming.',
    'We hope it keeps making things easier for you.',
  ],
};

// Lines for a business that sells products people take home and use.
const productLines: readonly string[] = [
  'Enjoy it, and we are always here if you need anything.',
  'If you ever have a question about it, just ask.',
  'Happy using it, and thanks for shopping with us.',
  'We hope it serves you well for years.',
  'We are glad it found a good home.',
  'Enjoy it, and thanks for choosing us.',
  'If anything ever comes up with it, we are a message away.',
  'We hope it keeps doing its job for a long time.',
  'Thanks for buying from us, and enjoy it.',
];

export function inviteBackLines(profile: BusinessProfile): readonly string[] {
  if (profile.regulated) return inviteBackByGroup.health;
  if (profile.sector === 'electronics') return productLines;
  return inviteBackByGroup[wordingGroupOf(profile)];
}
