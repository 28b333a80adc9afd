import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

const CONDOLENCE =
  /condolence|your loss|thinking of you|comfort in the days|hearts go out|painful time|hard time|heartbreaking/i;

describe('a gadget the reviewer can hardly put down', () => {
  it('gets thanks, never condolence', () => {
    const draft = draftFor(
      loadProfile('electronics-store'),
      'Got my new player last night and have hardly put it down! The sound is so much better than I expected.',
      5,
    );
    expect(draft.kind).toBe('thanks');
    expect(draft.text).not.toMatch(CONDOLENCE);
  });

  it('a pet put down with the staff kind to the family still gets condolence (near miss)', () => {
    const draft = draftFor(
      loadProfile('vet'),
      'We had to put our dog down last spring and the whole team was so gentle with us and with him.',
      5,
    );
    expect(draft.text).toMatch(CONDOLENCE);
  });
});
