import { describe, expect, it } from 'vitest';
import { countSmsSegments } from '../../shared/src/sms/segments.ts';

describe('SMS segment count (shared by the editor and the template check)', () => {
  it('an empty text costs nothing; a newline is one GSM-7 character like any other', () => {
    expect(countSmsSegments('')).toMatchObject({ segments: 0, units: 0, remainingInSegment: 160 });
    expect(countSmsSegments('a\nb')).toMatchObject({ encoding: 'GSM-7', units: 3, segments: 1 });
  });

  it('accented letters of the GSM alphabet (é, ü, Ñ, à) keep GSM-7; others (á, ç, ő) switch the whole text to UCS-2', () => {
    expect(countSmsSegments('Café Müller, Señor, voilà').encoding).toBe('GSM-7');
    for (const letter of ['á', 'ç', 'ő']) expect(countSmsSegments(`Merci ${letter}`).encoding).toBe('UCS-2');
  });

  it('UCS-2 splits at 67 per segment: 134 units are 2 segments, 135 are 3, with what is left in the last one', () => {
    const curly = '’';
    expect(countSmsSegments(curly.repeat(134))).toMatchObject({ segments: 2, remainingInSegment: 0 });
    expect(countSmsSegments(curly.repeat(135))).toMatchObject({ segments: 3, remainingInSegment: 66 });
  });

  it('an emoji (a surrogate pair) is never split between UCS-2 segments: one that does not fit in the 67th unit starts the next segment', async () => {
    const curly = '’';
    const emoji = '😀';
    // 66 + 2 + 66 = 134 units, but the emoji does not fit in unit 67: 66 | 2 + 65 | 1, three segments.
    expect(countSmsSegments(`${curly.repeat(66)}${emoji}${curly.repeat(66)}`)).toMatchObject({
      encoding: 'UCS-2',
      units: 134,
      segments: 3,
      remainingInSegment: 66,
    });
    // 65 + 2 = 67 fills the first segment exactly, so nothing is split: 67 | 67, two segments.
    expect(countSmsSegments(`${curly.repeat(65)}${emoji}${curly.repeat(67)}`)).toMatchObject({
      units: 134,
      segments: 2,
      remainingInSegment: 0,
    });
    // 35 emoji are 70 units, one unsplit segment; 67 emoji are 134 units, 33 a segment (66 units): 33 | 33 | 1.
    expect(countSmsSegments(emoji.repeat(35))).toMatchObject({
      units: 70,
      segments: 1,
      remainingInSegment: 0,
    });
    expect(countSmsSegments(emoji.repeat(67))).toMatchObject({
      characters: 67,
      units: 134,
      segments: 3,
      remainingInSegment: 65,
    });
  });

  it('extension characters count double: 76 × € + a = 153 units (one segment); 153 × { = 306 units (two full split segments)', () => {
    expect(countSmsSegments(`${'€'.repeat(76)}a`)).toMatchObject({ units: 153, segments: 1 });
    // 153 × 2 = 306 units: two full split segments; one more character starts a third.
    expect(countSmsSegments('{'.repeat(153))).toMatchObject({
      units: 306,
      segments: 2,
      remainingInSegment: 0,
    });
    expect(countSmsSegments(`${'{'.repeat(153)}a`)).toMatchObject({ units: 307, segments: 3 });
  });

  it('a typical feedback text: one GSM-7 segment until a curly apostrophe makes it UCS-2 and three segments', () => {
    const link = `https://rebound.example/s/${'x'.repeat(43)}`;
    // 14 (name) + 42 (words) + 69 (link) + 23 (stop line) = 148 characters.
    const plain = `Spoke Cycles: Hi Sam, how was your visit? Tell us here: ${link}\nReply STOP to opt out.`;
    expect(countSmsSegments(plain)).toMatchObject({ encoding: 'GSM-7', units: 148, segments: 1 });
    // "Tell us here" (12) becomes "We’d love to hear" (17): 153 UCS-2 units, ceil(153 / 67) = 3 segments.
    const curly = plain.replace('Tell us here', 'We’d love to hear');
    expect(countSmsSegments(curly)).toMatchObject({ encoding: 'UCS-2', units: 153, segments: 3 });
  });
});
