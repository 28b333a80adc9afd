import { team } from '@rebound/server/drafting/thanks-wording';
import { describe, expect, it } from 'vitest';
import { draftPage } from './happy-drafts.ts';
import { loadProfile, loadSet } from './sample-drafts.ts';

// A line telling the reviewer their words go to the team ("I will be reading this one out to the team") fills a short
// note only where neither of the two notes before it said the same kind of thing: in two notes of three, a page of
// thank-yous reads as a form, however the line is worded.

const saysTeam = (note: string): boolean => team.some((line) => note.includes(line));

describe('the team line across a page of thank-yous', () => {
  it.each(['restaurant', 'hotel', 'salon'])(
    'is never in two of any three notes running on a %s page',
    (kind) => {
      const reviews = loadSet('positive')
        .filter((r) => r.kind === kind && r.rating >= 4)
        .slice(0, 30)
        .map((r) => ({ text: r.text, rating: r.rating }));
      const page = draftPage(loadProfile(kind), reviews);
      const close = page.flatMap((note, i) =>
        i >= 1 && saysTeam(note) && page.slice(Math.max(0, i - 2), i).some(saysTeam) ? [i] : [],
      );
      expect(close).toEqual([]);
    },
  );
});
