import { readFault } from '@rebound/server/drafting/fault-clause';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { problemWords } from '@rebound/server/drafting/phrase-problem';
import type { Situation } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const lead = (text: string, title: string | null = null): string | undefined =>
  nameComplaints(text, 'retail', title)[0]?.clause;
const all = (text: string): string[] => nameComplaints(text, 'retail').map((n) => n.clause);

describe('a product grievance is named as the reviewer told it', () => {
  it('names a cord too short to use', () => {
    expect(lead('The short cord cannot be swapped out, so you have to sit right next to the base.')).toBe(
      'the cord was so short',
    );
    expect(lead('Nice sound, but the cable is way too short to reach my desk.')).toBe(
      'the cable was so short',
    );
  });

  it('leaves a short cord the reviewer already got round', () => {
    expect(all('The short cord was annoying but I solved that with an extension lead.')).not.toContain(
      'the cord was so short',
    );
  });

  it('tells discs the player would not read as the player failing, not the other way round', () => {
    const named = all('The changer often fails to recognize the discs loaded into it and shows No Disc.');
    expect(named[0]).toBe('it kept failing to read your discs');
    expect(named).not.toContain('your devices would not recognise it');
  });

  it('never tells blank discs that other players would not read as a player failing', () => {
    expect(all('These discs burn fine, but my car players all did not read the cd.')).not.toContain(
      'it kept failing to read your discs',
    );
  });

  it('names the computer that would not recognise the thing itself', () => {
    expect(all('The drive is not recognized by my laptop at all.')).toContain(
      'your laptop would not recognise it',
    );
  });

  it('names a unit that gave out just after its warranty', () => {
    expect(
      lead('It simply died a week after the warranty expired. Support wanted money to look at it.'),
    ).toBe('it gave out just after the warranty ran out');
  });

  it('does not read a failure before the warranty ran out as one after it', () => {
    expect(all('It failed before the warranty ran out and they replaced it.')).not.toContain(
      'it gave out just after the warranty ran out',
    );
  });

  it('names poor bass rather than a word taken from the title', () => {
    expect(
      lead('I hoped for deeper sound. The bass reproduction is simply awful.', 'Poor reproduction'),
    ).toBe('the bass was so weak');
  });

  it('leaves a bass called heavy alone', () => {
    expect(all('The bass was heavy and booming on every track.')).not.toContain('the bass was so weak');
  });

  it('names a smell that would not go away', () => {
    expect(lead('It has a nasty smell that just will not go away, even after two weeks.')).toBe(
      'it had a smell that would not go away',
    );
  });

  it('leaves a product said to have no chemical smell', () => {
    expect(all('It broke in a week. At least there was no chemical smell.')).not.toContain(
      'it had such a strong chemical smell',
    );
  });

  it('names an order left waiting before it was sent', () => {
    expect(all('They sat on the order for a week before shipping it.')).toContain(
      'your order sat so long before it was sent out',
    );
  });

  it('names the sum paid for something that did not work at all', () => {
    expect(lead('Paid $34 at the mall for a cable that does not even work.')).toBe(
      'you paid $34 for it and it did not even work',
    );
    expect(all('Paid $34 for a cable. It works fine but is overpriced.')).not.toContain(
      'you paid $34 for it and it did not even work',
    );
  });

  it('names return shipping the reviewer was left to pay', () => {
    expect(all('They will refund me, but too bad I have to pay for shipping to get it.')).toContain(
      'you were left to pay the shipping to send it back',
    );
    expect(
      all('It broke in a week. I knew I had to pay shipping for these when I bought them.'),
    ).not.toContain('you were left to pay the shipping to send it back');
  });

  it('names a rebate that never came', () => {
    expect(lead('Do not expect to get the cash back from this purchase as promised.')).toBe(
      'the rebate never came through',
    );
    expect(all('The maker does not send in the mail-in rebate.')).toEqual(['the rebate never came through']);
    expect(all('With the rebate it was practically free, but it died in a week.')).not.toContain(
      'the rebate never came through',
    );
  });

  it('names a keyboard that spoiled touch typing', () => {
    expect(lead('The keyboard is awful. The keys are so flat that touch typing is nearly impossible.')).toBe(
      'the keyboard made touch typing so hard',
    );
    expect(all('The mouse is fine and touch typing is easy on this keyboard, but it broke.')).not.toContain(
      'the keyboard made touch typing so hard',
    );
  });
});

describe('a smell is told back in plain words', () => {
  it('never tells a bare "it smells" back', () => {
    expect(readFault('It smells.', 'Smells terrible')).toBeNull();
  });

  it('still tells a smell of a thing the reviewer named', () => {
    expect(readFault('The case stank so badly I left it outside.', null)?.clause).toBe('the case stank');
  });

  it('still tells a smell with more said of it', () => {
    expect(readFault('The case smells of burnt plastic.', null)?.clause).toBe(
      'the case smells of burnt plastic',
    );
  });

  it('never reads a fault word before "was" as a verb', () => {
    expect(readFault('The chemical smell was not so bad at first.', 'Smell')).toBeNull();
    expect(readFault('The screen cracked within a week.', null)?.clause).toBe(
      'the screen cracked within a week',
    );
  });
});

describe('what a product gives off is not the product', () => {
  const situation = (item: string): Situation =>
    ({
      item,
      problem: 'has a horrible smell that lingers in the room for weeks on end and more',
      confidence: 'high',
      people: [],
    }) as unknown as Situation;

  it('never names "the chemical" as the goods', () => {
    expect(problemWords(situation('the chemical'), true)).toEqual({ form: 'none', item: null });
  });

  it('still names the goods themselves', () => {
    expect(problemWords(situation('the wrist rest'), true)).toEqual({ form: 'none', item: 'the wrist rest' });
  });
});
