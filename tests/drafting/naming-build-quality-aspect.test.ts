import { describe, expect, it } from 'vitest';
import { named } from './device-helpers.ts';

const BUILD = /well made|build quality|solidly made/;

describe('the quality of what goods put out is not read as how they were made', () => {
  it.each([
    'The batteries are weak and the receive quality is very poor, hard to understand at times.',
    'It pairs, but the print quality was poor on every setting I tried.',
    'Poor quality sound, and the bass is missing.',
    'The voice quality was terrible on every call.',
    'A shoddy company that never answered my emails about it.',
  ])('names no build fault for %s', (text) => {
    expect(named(text).some((c) => BUILD.test(c))).toBe(false);
  });

  it.each([
    'The quality is very poor; the hinge snapped in a week.',
    'Poor quality plastic all round, and the lid cracked.',
    'The build quality is cheap and the buttons rattle.',
    'Shoddy workmanship everywhere you look.',
  ])('still names how it was made for %s', (text) => {
    expect(named(text).some((c) => BUILD.test(c))).toBe(true);
  });
});

describe('the quality of what goods put out is named as the part it is', () => {
  it('names a radio’s poor receive quality as its reception', () => {
    expect(named('The receive quality is very poor and hard to understand at times.')).toContain(
      'the reception was so poor',
    );
  });

  it('names poor voice quality on calls as the sound', () => {
    expect(named('The voice quality was terrible on every call.')).toContain('the sound was so poor');
  });

  it('does not name a praised receive quality', () => {
    expect(named('The receive quality is great, but the clip snapped off in a week.')).not.toContain(
      'the reception was so poor',
    );
  });
});

describe('low video quality is named as the picture', () => {
  it('names it as the picture quality, not how the goods were made', () => {
    const clauses = named(
      'This product is not very good. The overall video quality is quite low, even with a better cable.',
    );
    expect(clauses).toContain('the picture quality was so poor');
    expect(clauses.some((c) => BUILD.test(c))).toBe(false);
  });

  it('does not read a screen said to sit low as poor picture quality', () => {
    expect(named('The screen was low on the stand and the stand wobbled.')).not.toContain(
      'the picture quality was so poor',
    );
  });
});
