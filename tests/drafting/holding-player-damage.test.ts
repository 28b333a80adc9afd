import { describe, expect, it } from 'vitest';
import { draftFor, loadProfile } from './sample-drafts.ts';

const store = loadProfile('electronics');

describe('the holding reply for a player left broken by the goods', () => {
  it('names the tape deck neutrally and admits nothing', () => {
    const draft = draftFor(
      store,
      'It worked for a week. Then it broke and is now stuck in my tape deck, and the tape deck in my car is now broken too.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/what happened to your tape deck/);
    expect(draft.text).not.toMatch(/our fault|we broke|refund|replace/i);
  });

  it('names no tape deck for a deck that was broken before the purchase (near miss)', () => {
    const draft = draftFor(
      store,
      'My tape deck is broken, so I bought this transmitter instead, and the static is awful.',
    );
    expect(draft.text).not.toMatch(/what happened to your tape deck/);
  });
});
