import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group = 'food_hospitality'): string[] =>
  nameComplaints(text, group).map((n) => n.clause);

describe('what came set against what it cost', () => {
  it('names a price that did not match what was served', () => {
    // The dish named beside the price is the one said to fall short of it.
    expect(
      named('The steaks have slipped over the years, surely not in this price range. We will go elsewhere.'),
    ).toContain('the steaks did not live up to the price');
    expect(named('$16 for two dry tacos and a spoon of rice? I will not be back.')).toContain(
      'what you were served did not live up to the price',
    );
  });

  it('says it of a stay in words that fit a stay', () => {
    expect(named('The room was dark and the hotel was very disappointing for the price we paid.')).toContain(
      'what you got did not live up to the price',
    );
  });

  it('keeps a price called fair out of it', () => {
    expect(named('The pasta was not bad for the price, but the waiter never came back.')).not.toContain(
      'what you were served did not live up to the price',
    );
    expect(named('Our burgers were $14 for two and the fries were great.')).not.toContain(
      'what you were served did not live up to the price',
    );
  });
});

describe('a question that tells what happened', () => {
  it('reads a rhetorical question about the place', () => {
    expect(
      named(
        'What can you say about a diner where everything comes out of the freezer and the microwave? Not much.',
      ),
    ).toContain('the food tasted reheated rather than freshly cooked');
  });

  it('leaves a real question out', () => {
    expect(named('Why was everything from the microwave? Ask the cook.')).not.toContain(
      'the food tasted reheated rather than freshly cooked',
    );
  });
});

describe('meat not cooked as ordered', () => {
  it('names the burger asked for medium that came out grey, and that it went back', () => {
    const text =
      'I ordered a burger medium and it came out grey inside. Sent back for another and got the same.';
    expect(named(text)[0]).toBe('your burger was not cooked the way you asked, even after you sent it back');
  });

  it('keeps a size ordered out of it', () => {
    expect(named('I ordered a medium pizza and it was cold when it arrived.')).not.toContain(
      'your food was not cooked the way you asked',
    );
  });
});

describe('a smell of smoke', () => {
  it('names smoke, and the non-smoking room asked for', () => {
    expect(
      named('We asked for a non smoking room but the whole floor smelled of smoke.', 'food_hospitality')[0],
    ).toBe('there was a smell of smoke even though you had asked for non-smoking');
    expect(named('The whole place reeked of stale cigarette smoke.')[0]).toBe('there was a smell of smoke');
  });

  it('leaves other smells as they were', () => {
    expect(named('The bathroom smelled of mildew.')[0]).toBe('the bathroom smelled so bad');
  });
});

describe('a rude member of staff', () => {
  it('says how the reviewer was treated rather than pointing at it', () => {
    expect(named('The manager was rude and dismissive when we asked about the bill.')).toContain(
      'the manager treated you so poorly',
    );
  });
});

describe('left sitting without service', () => {
  it('names sitting at the table with nobody serving', () => {
    expect(named('After sitting at our table for 25 minutes without any service, we walked out.')[0]).toBe(
      'you waited so long before anyone came to serve you',
    );
  });

  it('leaves a long sit over dinner alone', () => {
    expect(named('We sat at our table for two hours and nobody rushed us. The pie was stale.')).not.toContain(
      'you waited so long before anyone came to serve you',
    );
  });
});
