import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { themeSentencesFor } from '@rebound/server/drafting/theme-words';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

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

describe('a shop customer who called the maker’s support line', () => {
  const replies = (text: string) => everyWording(judged('electronics-store'), text, { count: 20 });

  it('is never told we hung up on them', () => {
    for (const reply of replies(
      'The router kept dropping the connection. So I called support again, waited seven minutes, and the guy basically hung up on me. The 800 support line sucks.',
    ))
      expect(reply).not.toMatch(/\bhung up on\b|\bthe call was ended on you\b/);
  });

  it('still owns a call the shop itself cut short (near miss)', () => {
    expect(
      replies('I rang the store about my order and the manager hung up on me halfway through.').some(
        (reply) => /\bhung up on\b|\bthe call was ended on you\b/.test(reply),
      ),
    ).toBe(true);
  });
});

describe('a line of help with someone else’s fault', () => {
  const SHARED = /\bmaker is at fault\b|\byou bought it from us\b|\bchase this on your own\b/;
  const wordings = (profileName: string, text: string) =>
    everyWording(judged(profileName), text, { count: 30 });

  it('is never told to a restaurant guest, whatever third party the review names', () => {
    for (const reply of wordings(
      'restaurant',
      'We ordered through the delivery courier and the food came cold, an hour late. Not worth what we paid.',
    ))
      expect(reply).not.toMatch(SHARED);
  });

  it('is still told to a shop customer whose goods a carrier let down (near miss)', () => {
    expect(
      wordings(
        'electronics-store',
        'It arrived by courier with the box crushed and the screen cracked.',
      ).some((reply) => SHARED.test(reply)),
    ).toBe(true);
  });
});
