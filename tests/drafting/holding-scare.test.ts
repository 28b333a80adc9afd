import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

const GET_WELL = /feeling better|on the mend|recovering|healing/;

describe('a fright in which nobody is said to be hurt', () => {
  it('asks after the reviewer without wishing them well again, for brakes that failed on a hill', () => {
    const draft = draftFor(
      loadProfile('auto'),
      'Paid for new brake pads and the front brake stopped working the next day on a hill. Really scary. The man at the counter said it must be how I drive.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(GET_WELL);
    expect(draft.text).toMatch(/fright|frightening|came to no harm|alright/);
  });

  it('still wishes a reviewer well who was hurt when the brakes failed (near miss)', () => {
    const draft = draftFor(
      loadProfile('auto'),
      'The front brake stopped working the day after the repair and I crashed into a post. I hurt my wrist and spent the evening in the emergency room.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/fright|frightening|came to no harm/);
  });
});
