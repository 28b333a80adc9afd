import { composeDraft } from '@rebound/server/drafting/index';
import { quibbleTopic, readQuibble } from '@rebound/server/drafting/read-quibble';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

const replies = (profileName: string, text: string, rating = 4): string[] => {
  const profile = judged(profileName);
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return Array.from(
    { length: 6 },
    (_, variant) => composeDraft(r, triage, profile, { variant }).text.split('\n— ')[0] ?? '',
  );
};

describe('music the reviewer found too loud is named as the music', () => {
  it('names the loud music, not a general noise', () => {
    const q = readQuibble('Great pasta and friendly staff. Music is jazzy but too loud, sadly.', null);
    expect(q.found && q.noun).toBe('the loud music');
  });

  it('still names the noise where the music is only praised beside it (near miss)', () => {
    const q = readQuibble('Great food and music, but too loud at night.', null);
    expect(q.found && q.noun).toBe('the noise');
    expect(quibbleTopic('Music is great but the street outside was really loud at night.', true)).toBe(
      'the noise',
    );
  });
});

describe('a star taken off for something is a quibble the note answers', () => {
  it('answers "I took off one star for the slow service"', () => {
    const all = replies(
      'restaurant',
      'Lovely food and friendly staff. I took off one star for the slow service.',
    );
    for (const reply of all) expect(reply).toMatch(/slow service/);
  });

  it('reads no quibble where no star is taken (near miss)', () => {
    expect(readQuibble('Lovely food and friendly staff. I took my mother for her lunch.', null).found).toBe(
      false,
    );
  });
});

describe('gladness about a visit is measured', () => {
  it('never calls a visit "such a success"', () => {
    for (const line of tw.gladThing) expect(line).not.toMatch(/such a success/);
  });
});
