import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('a holding reply to how someone was treated names it in neutral words', () => {
  it('names how the reviewer was spoken to when they tell of being yelled and cursed at', () => {
    const reply = replyTo(
      'service',
      'I got a call from the owner of the company, yelling and cursing about how I wasted their time by getting a second quote.',
      1,
    );
    expect(reply).toMatch(/how you were spoken to/);
    expect(reply).not.toMatch(/yell|curs|wasted/i);
  });

  it('names the behaviour described when a staff member leered at a guest, without agreeing it happened', () => {
    const reply = replyTo(
      'restaurant',
      'The manager was a creep who kept staring at my chest the whole night.',
      1,
    );
    expect(reply).toMatch(/the behaviour you describe/);
    expect(reply).not.toMatch(/creep|chest|our manager/i);
  });

  it('names the treatment described in a claim of discrimination, as unlike other customers’', () => {
    const reply = replyTo(
      'restaurant',
      'We were ignored while the white customers got served first, because of our skin colour.',
      1,
    );
    expect(reply).toMatch(/your account of being treated differently from other customers/);
    expect(reply).not.toMatch(/skin|white customers/i);
  });

  it('names being passed over for other customers, as the reviewer’s account, in a claim of discrimination', () => {
    const reply = replyTo(
      'shop',
      'I was ignored both times as I walked in. Then a white customer walked in and both cashiers rushed to greet her and ask if she needed help. I want to be treated equally to other customers.',
      1,
    );
    expect(reply).toMatch(/your account of being passed over while other customers were helped/);
    expect(reply).not.toMatch(/white|cashiers rushed/i);
  });

  it('names being passed over where the review tells of later customers served first, away from the claim', () => {
    const reply = replyTo(
      'bakery',
      'I ordered a cake and was told fifteen minutes. The two customers behind me got theirs first, though I ordered before both of them. Nobody apologised. I felt a little discriminated against.',
      2,
    );
    expect(reply).toMatch(/your account of being passed over while other customers were helped/);
    // Without anyone served ahead of the reviewer, the treatment stays general.
    const general = replyTo(
      'bakery',
      'I ordered a cake and was told fifteen minutes; it took forty. Nobody apologised. I felt a little discriminated against.',
      2,
    );
    expect(general).not.toMatch(/passed over/);
  });

  it('keeps a clinic’s reply general', () => {
    const reply = replyTo(
      'medical',
      'The receptionist was yelling and cursing at me in front of everyone.',
      1,
    );
    expect(reply).not.toMatch(/how you were spoken to|yell|curs/i);
  });
});
