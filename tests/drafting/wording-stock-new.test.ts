import * as t from '@rebound/server/drafting/templates';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftPage as page } from './page-helpers.ts';

// Tags readers mark down as stock wherever they stand ("that is not how it should be", "Can we sort this out
// together?"), a sentence after the invitation that asks again for the contact it just asked for ("Write to me at …
// When you contact me, …"), and a regulated page whose privacy sentence is the same word for word on reply after
// reply.

const STOCK_TAGS =
  /that is not how it should be|not the standard we hold ourselves to|not what we want for anyone|Can we sort this out together\?|I mean to get this fixed|the way things turned out/;

const GADGETS = [
  'The headphones crackled in the left ear from day one and the right side cut out after a week.',
  'This charger stopped working after two weeks. It just gets warm and does nothing.',
  'The remote would not pair with the TV no matter what I tried, and the manual was useless.',
  'Keyboard keys started sticking within a month and the spacebar squeaks.',
  'The speaker sounds tinny and distorted at anything above half volume.',
  'Battery on this tablet barely lasts two hours, nowhere near what the box claims.',
  'Mouse scroll wheel broke in under a month of light office use.',
  'The webcam picture is grainy and the microphone picks up a constant hum.',
  'This router drops the connection every evening and has to be restarted.',
  'Screen protector had bubbles that would never come out, and it cracked in a week.',
  'The cable frayed at the plug end after a couple of months.',
  'Smart plug refuses to stay connected to the app for more than a day.',
  'The earbuds case will not charge the right bud any more.',
  'The dash cam switches itself off halfway through every drive.',
  'Hard drive clicks loudly and the copy speeds are painfully slow.',
  'Monitor arrived with a dead pixel right in the middle of the screen.',
  'This power bank takes all night to charge and empties in an hour.',
  'The printer jams on every other sheet and the ink ran out almost at once.',
  'Wireless keyboard lags so badly I cannot type on it.',
  'The fitness tracker strap snapped after three weeks and the step count is way off.',
  'Bluetooth adapter is not recognised by my laptop at all.',
  'The projector fan is so loud you cannot hear the film.',
  'The alarm clock radio loses its station every night.',
  'Game controller drifts to the left on its own after a fortnight.',
];

describe('a long electronics page of complaint replies', () => {
  let replies: string[] = [];
  beforeAll(() => {
    replies = page(judgedProfile('electronics-store'), GADGETS, 'stock');
  });

  it('carries none of the tags readers mark down as stock', () => {
    for (const reply of replies) expect(reply).not.toMatch(STOCK_TAGS);
  });

  it('still opens its replies more than one way, some on a plain apology for what went wrong', () => {
    const openers = new Set(replies.map((reply) => reply.split(/\s+/).slice(0, 3).join(' ')));
    expect(openers.size).toBeGreaterThan(6);
    expect(replies.some((reply) => /^I (?:am|was)[a-z ]* sorry (?:that|to)\b/.test(reply))).toBe(true);
  });

  it('never follows an invitation with "When you contact me"', () => {
    for (const reply of replies) expect(reply).not.toMatch(/When you contact (?:me|us)\b/);
  });

  it('never says "from there" twice in one reply', () => {
    for (const reply of replies) expect(reply).not.toMatch(/\bfrom there\b[\s\S]*\bfrom there\b/i);
  });

  it('still tells what follows the reviewer’s message after the contact details on some replies', () => {
    const after = /(?:@\S+|\d{4})[^.]*\. (?:Once|As soon as|The moment|From there|The day)\b/;
    expect(replies.some((reply) => after.test(reply))).toBe(true);
  });
});

describe('the wording kept for each part', () => {
  it('has no variant carrying a stock tag', () => {
    const parts = [t.ackClause, t.ackGeneral, t.statedFault, t.callToFix, t.afterContact];
    for (const part of parts) for (const variant of part) expect(variant).not.toMatch(STOCK_TAGS);
  });

  it('has no sentence after the invitation that asks for the contact again', () => {
    for (const variant of t.afterContact) expect(variant).not.toMatch(/\bcontact me\b/);
  });

  it('keeps "that should not have happened", which readers do not mark down', () => {
    expect(t.ackClause.some((v) => /that should not have happened/.test(v))).toBe(true);
  });
});

const CLINIC = [
  'Waited two hours past my appointment time and nobody told us why.',
  'The receptionist was short with me on the phone and hung up before I finished.',
  'I was billed for a visit that my insurance had already covered.',
  'The doctor barely looked up from the screen and rushed me out in five minutes.',
  'Nobody called me back with my test results even after I rang three times.',
];

describe('a clinic page of complaint replies in a row', () => {
  let replies: string[] = [];
  beforeAll(() => {
    replies = page(judgedProfile('medical'), CLINIC, 'privacy');
  });

  const privacyOf = (reply: string): string =>
    reply.split(/(?<=\.)\s+/).find((s) => /\b(?:privacy|confidential|personal details)/i.test(s)) ?? '';

  it('keeps a privacy sentence in every reply', () => {
    for (const reply of replies) expect(privacyOf(reply), reply).not.toBe('');
  });

  it('never says the same privacy sentence word for word in two of them', () => {
    const said = replies.map(privacyOf);
    expect(new Set(said).size, said.join('\n')).toBe(said.length);
  });
});
