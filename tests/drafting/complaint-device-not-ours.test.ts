import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { themeSentencesFor } from '@rebound/server/drafting/theme-words';
import { describe, expect, it } from 'vitest';

describe('a silence that was the maker’s is not ours to own', () => {
  it('does not say we kept the reviewer uninformed when the maker’s documentation and helpline failed them', () => {
    expect(
      themeSentencesFor(
        ['communication'],
        [],
        'The documentation is very weak, and a day later there is still no response from their online help.',
      ),
    ).toEqual([]);
  });

  it('still apologises for our silence where no maker is named', () => {
    expect(
      themeSentencesFor(
        ['communication'],
        [],
        'I rang about my order three times and no one called me back.',
      ),
    ).toContain('I am sorry we did not keep you properly informed.');
  });

  it('drops the silence of a named brand helpline', () => {
    expect(
      themeSentencesFor(['communication'], [], 'Four pages on the thread and no reply from Linksys support.'),
    ).toEqual([]);
  });
});

describe('a clause that says nothing is not told back', () => {
  const opts = { people: [], products: true, staffOurs: false };

  it('does not tell back a mistyped "the" for "they"', () => {
    expect(
      reportedClause(
        'The unit is out of warranty. The do not offer parts or service after one year.',
        opts,
      ) ?? '',
    ).not.toMatch(/^the do\b/i);
  });

  it('does not tell back "there are no options"', () => {
    expect(
      reportedClause('After the one-year warranty, there are no options at all.', opts) ?? '',
    ).not.toMatch(/no options/);
  });

  it('still tells back a plain clause about a part', () => {
    expect(reportedClause('Terrible. The lid never closed properly.', opts)).toBe(
      'the lid never closed properly',
    );
  });
});
