import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('a thing a happy guest found hard to use', () => {
  const text =
    'The hotel met my needs and the staff were friendly and helpful. The TV was difficult to use, and you could not get straight to a channel.';

  it('is the point the note answers in one sentence', () => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, clause: 'the TV was difficult to use' });
    const reply = replyTo('hotel', text, 4);
    expect(reply).toMatch(/the TV was difficult to use/);
    expect(reply).not.toMatch(/\bsorry\b|\brefund\b/i);
  });

  it('is no point where the reviewer says it was not hard (near miss)', () => {
    expect(readQuibble('Lovely room. The TV was not difficult to use at all.', null).found).toBe(false);
    expect(readQuibble('Lovely room. The shower was easy to use.', null).found).toBe(false);
  });
});
