import { describe, expect, it } from 'vitest';
import { draftPage } from './page-helpers.ts';
import { body, judged } from './remedy-helpers.ts';

// An offer of money back or goods sent says when, whichever way a page tells it: with its days ("within three
// days"), or, told as following the reviewer's message ("Once I hear from you, …"), at once. An offer with no word of
// when reads as one nobody need keep. A meal on us next time is the exception: a time on it reads as a deadline.

const WHEN =
  /\b(?:within|inside)\b|\bthe moment\b|\bas soon as\b|\bat once\b|\bstraight away\b|\bthe same day\b|\bthe day you\b/i;
// Words of haste that name no time: "I will be quick to issue a refund" leaves the reader asking when.
const NO_TIME = /\bpromptly\b|\bbe quick to\b/i;

describe('a page of offers of money back or goods sent', () => {
  it('tells when on every reply of a hotel page', () => {
    const rooms = [
      'The room was filthy, hair in the shower and the carpet was stained.',
      'Our room smelled of smoke and the sheets were not clean.',
      'The bathroom was dirty and the towels were stained.',
      'Dirty room, stained bedding and a broken lamp.',
      'The room had not been cleaned properly, there was dust everywhere.',
      'Sheets had stains on them and the floor was sticky.',
      'The shower was mouldy and the room smelled musty.',
      'Our room was not cleaned during the whole stay.',
    ];
    for (const reply of draftPage(judged('hotel'), rooms, 'wording4-when-hotel')) {
      expect(body(reply), reply).toMatch(WHEN);
      expect(body(reply), reply).not.toMatch(NO_TIME);
    }
  });

  it('tells when on every reply of a shop page', () => {
    const goods = [
      'It stopped working after two days. Junk.',
      'Died within a week, would not turn on again. Waste of money.',
      'The unit was dead on arrival. Useless.',
      'Broke the first time I used it. Cheap plastic rubbish.',
      'It quit working after a week. Do not buy.',
      'Would not charge after the third day. Worthless.',
    ];
    for (const reply of draftPage(judged('electronics-store'), goods, 'wording4-when-shop')) {
      expect(body(reply), reply).toMatch(WHEN);
      expect(body(reply), reply).not.toMatch(NO_TIME);
    }
  });
});

describe('a meal on us next time (near miss)', () => {
  it('is never told as done at once', () => {
    const waits = [
      'We waited an hour for our food and nobody checked on us.',
      'The wait was ridiculous, forty minutes for two burgers.',
      'Slow service, we sat for ages before anyone took our order.',
    ];
    for (const reply of draftPage(judged('restaurant'), waits, 'wording4-when-meal'))
      expect(body(reply)).not.toMatch(
        /\b(?:table|meal) on (?:us|the house)\b[^.]*\b(?:at once|straight away|promptly)\b/i,
      );
  });
});
