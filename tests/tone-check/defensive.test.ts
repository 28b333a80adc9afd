import { checkReply } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { TONE_RULES, toneFindings } from './eval-sets.ts';

const marked = (text: string) => toneFindings(text).map((f) => text.slice(f.span.start, f.span.end));

describe('defensive language', () => {
  it('flags the two replies an owner wrote in the editor that used to pass', () => {
    expect(marked('You obviously didn’t read the instructions.')).toEqual(['You obviously didn’t']);
    expect(marked('If you had bothered to read the manual…')).toEqual(['If you had bothered']);
  });

  it('reads through case, curly quotes and contractions alike', () => {
    for (const text of [
      'YOU OBVIOUSLY DID NOT READ THE LABEL.',
      "you obviously didn't read the label.",
      'You obviously didn’t read the label.',
      'You  obviously\ndidn’t read the label.',
    ]) {
      expect(toneFindings(text).map((f) => f.rule)).toContain('condescending');
    }
  });

  it('marks spans in the text as typed, even where a contraction was spelt out', () => {
    const text = 'Thanks. We’ve never had this complaint before, and it isn’t our problem.';
    for (const f of toneFindings(text)) {
      expect(f.span.start).toBeGreaterThanOrEqual(0);
      expect(f.span.end).toBeLessThanOrEqual(text.length);
    }
    expect(marked(text).some((m) => m.startsWith('never had this complaint'))).toBe(true);
  });

  // Words already marked by one rule keep that mark, so each case names the rule its first words belong to.
  const kinds: Array<[string, string]> = [
    ['doubting', 'We have no record of your booking, so we wonder if this visit even took place.'],
    ['doubting', 'In eleven years nobody has ever complained about the noise.'],
    ['lecturing', 'As explained in our terms, deposits are kept when you cancel late.'],
    ['lecturing', 'Our policy on refunds is very clear and it applies to everyone.'],
    ['blaming', 'The shelf wobbles because you skipped step three of the assembly.'],
    ['sarcasm', 'With all due respect, our mechanics know cars better than reviewers do.'],
    ['sarcasm', 'Thanks for the one-star review, very generous after a free dessert.'],
    ['excuse', 'Two of our cooks were off sick that night, so the kitchen was slow.'],
    ['excuse', 'The delay was entirely down to the courier and not something we control.'],
    ['arguing', 'For the record, the room was perfectly clean when you arrived.'],
    ['condescending', 'Most guests manage to find the light switch without help.'],
  ];
  for (const [rule, text] of kinds) {
    it(`finds ${rule} in "${text}"`, () => {
      expect(checkReply(text).map((f) => f.rule)).toContain(rule);
    });
  }

  it('leaves helpful mentions of manuals, policies and facts alone', () => {
    for (const text of [
      'Thanks for the feedback. The manual’s page 4 shows a reset step that may help, and I’d be glad to walk you through it.',
      'Our returns window is 14 days, and I’m sorry you missed it by a little. Please call me and we’ll see what we can do.',
      'I’m sorry the courier left your parcel in the rain. It’s still our job to get it to you, so a new one is on its way.',
      'With respect to the noise, we have fitted new windows on the street side, and I’m sorry it kept you awake.',
      'You should have received an email from us by now; I’m sorry it didn’t arrive and I’ve resent it.',
      'I hate to read that you waited far longer than you should have, and I am sorry.',
      'I am sorry you did not get the help you should have from the staff.',
      'You had to wait so much longer than you should have.',
    ]) {
      expect(toneFindings(text)).toEqual([]);
    }
  });

  it('still reads "you should have" as a reproach where a deed follows it, after "than" or not', () => {
    expect(marked('Honestly, you should have asked us first.')).toEqual(['you should have']);
    expect(
      marked('It took longer than you should have needed to wait, because you should have booked.'),
    ).toContain('you should have');
  });

  it('reads an argumentative sentence in wording no phrase rule names, but not a warm one', () => {
    const argued =
      'The delivery note shows the table left our warehouse in one piece, and the driver saw no damage at all.';
    expect(checkReply(argued).map((f) => f.rule)).toContain('defensive-tone');
    expect(
      checkReply('I’m sorry the table arrived damaged; the driver should have checked it with you.').map(
        (f) => f.rule,
      ),
    ).not.toContain('defensive-tone');
  });

  it('counts only tone rules in the sets, not missing thanks or next step', () => {
    expect(TONE_RULES.has('missing-next-step')).toBe(false);
    expect(TONE_RULES.has('blaming')).toBe(true);
  });
});
