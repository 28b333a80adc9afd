import { splitGoogleTranslation } from '@rebound/server/sources/google/client';
import { describe, expect, it } from 'vitest';

describe('splitGoogleTranslation', () => {
  it('keeps the original after "(Original)" when the translation comes first', () => {
    expect(
      splitGoogleTranslation('(Translated by Google) Lovely garden\n\n(Original)\nSchöner Garten'),
    ).toEqual({
      original: 'Schöner Garten',
      translation: 'Lovely garden',
    });
  });

  it('keeps the text before an appended "(Translated by Google)" block', () => {
    expect(splitGoogleTranslation('Personnel adorable.\n\n(Translated by Google)\nLovely staff.')).toEqual({
      original: 'Personnel adorable.',
      translation: 'Lovely staff.',
    });
  });

  it('recognises the label in the account language', () => {
    expect(
      splitGoogleTranslation('(Traduit par Google) Trop cher\n\n(Original)\nToo expensive').original,
    ).toBe('Too expensive');
  });

  it('keeps multi-line originals whole', () => {
    const comment = '(Translated by Google) Line one\nLine two\n\n(Original)\nRiga uno\n\nRiga due';
    expect(splitGoogleTranslation(comment).original).toBe('Riga uno\n\nRiga due');
  });

  it('leaves ordinary comments untouched, even ones that mention Google translating', () => {
    const plain = '  I used (Translated by Google) on their menu, it was fine.  ';
    expect(splitGoogleTranslation(plain)).toEqual({ original: plain, translation: null });
  });

  it('falls back to the translated text when Google gives no original part', () => {
    expect(splitGoogleTranslation('(Translated by Google) Great coffee').original).toBe('Great coffee');
  });
});
