import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

const salon = loadProfile('salon');

describe('a held reply that names remarks told beside a burn', () => {
  it.each([
    'He made racially offensive comments while cutting my hair and then burnt my ear with the blow dryer. I cried from the pain.',
    'My stylist told racist jokes at my expense and burnt my scalp with the dryer. Awful.',
  ])('names the remarks once, as the reviewer told them: %s', (text) => {
    const draft = draftFor(salon, text, 1).text;
    expect(draft).toMatch(/the remarks you report/);
    expect(draft).not.toMatch(/what you say about the remarks/i);
  });

  it('keeps the other line for remarks beside a burn', () => {
    const draft = draftFor(
      salon,
      'The stylist made racist remarks the whole time and burned my neck with the straightener. Never again.',
      1,
    ).text;
    expect(draft).toContain('I am also sorry to read about the remarks you report');
  });
});
