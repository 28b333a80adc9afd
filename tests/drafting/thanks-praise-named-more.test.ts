import { readPraise, treatmentsHad } from '@rebound/server/drafting/thanks-praise';
import { firstVisit } from '@rebound/server/drafting/thanks-subject';
import { findPeople } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A happy reviewer is thanked for what they praised, in words a person would use: the dish they glossed, the brows a
// named stylist shaped, an order made ready in a rush, the treatments they came for. A regular is never greeted as a
// first-timer.

const subjects = (text: string): string[] => readPraise(text, findPeople(text)).map((p) => p.subject);
const happy = (profile: string, text: string) => everyWording(judged(profile), text, { rating: 5 });

describe('a dish named in its own language is thanked by the gloss beside it', () => {
  it('names the dumplings the reviewer glossed', () => {
    const text =
      'When I want soup dumplings (xiao long bao) I come here. They make the best xiao long bao in town. The pancakes are crispy.';
    expect(subjects(text)).toContain('the soup dumplings');
    for (const d of happy('restaurant', text)) expect(d).not.toMatch(/xiao|long bao/i);
  });

  it('leaves an unglossed foreign name unread', () => {
    expect(subjects('They make the best xiao long bao in town.')).toEqual([]);
  });
});

describe('work a named person did is theirs, not the team’s', () => {
  const text =
    "Perfect brows by Dana every time. Dana is gentle and meticulous, and I keep coming back for Dana's skill, honesty, unmatched hospitality.";

  it('names the person’s work on the treatment', () => {
    expect(subjects(text)).toContain("Dana's work on your brows");
    expect(subjects(text)).not.toContain("the team's hospitality");
    for (const d of happy('salon', text)) expect(d).not.toMatch(/team's hospitality/);
  });

  it('keeps the team’s quality where no one is named before it', () => {
    expect(subjects('We come back for the honesty and unmatched hospitality.')).toContain(
      "the team's hospitality",
    );
  });

  it('does not read work by a name that is no person of the business', () => {
    expect(subjects('Gorgeous color by Tuesday, as promised.')).not.toContain("Tuesday's work on your color");
  });
});

describe('an order made ready quickly is thanked for its turnaround', () => {
  it('tells back how quick the turnaround was', () => {
    const text =
      'I ordered two birthday cakes at the last minute and my order was ready for pick up by noon. Lifesavers!';
    const found = readPraise(text).find((p) => p.subject === 'the turnaround');
    expect(found?.how).toBe('quick the turnaround was');
    for (const d of happy('bakery', text)) expect(d).not.toMatch(/your order\b[^.]*\. [^.]*your order/);
  });

  it('reads no turnaround into a habit or a slow order', () => {
    expect(
      subjects('Pick up orders are usually ready in 15 minutes, and the rolls are great.'),
    ).not.toContain('the turnaround');
    expect(subjects('The order was not ready by noon.')).not.toContain('the turnaround');
  });
});

describe('a salon or spa customer is thanked for the treatments they had', () => {
  it('names the facial and the massage', () => {
    expect(
      treatmentsHad('I had a facial and a massage, then sat by the pool. It was awesome!').map(
        (p) => p.subject,
      ),
    ).toEqual(['the facial', 'the massage']);
    expect(treatmentsHad('Our guide suggested we get pedis here.').map((p) => p.subject)).toEqual([
      'the pedicures',
    ]);
    for (const d of happy('spa', 'I had a facial and a massage. Oh my goodness, it was awesome!'))
      expect(d).toMatch(/facial/);
  });

  it('names no treatment someone else had or one only wished for', () => {
    expect(treatmentsHad('My friend got a massage while I waited.')).toEqual([]);
    expect(treatmentsHad('Next time I would like a massage.')).toEqual([]);
  });
});

describe('a first visit told by a regular is no first visit', () => {
  it('reads the regular in the story', () => {
    expect(
      firstVisit(
        'It was my first visit and I loved it. I used to work nearby, so I would go in whenever I had a break, and the staff always recognized me.',
      ),
    ).toBe(false);
  });

  it('keeps a real first visit', () => {
    expect(firstVisit('It was my first visit and the staff were lovely. I will be back.')).toBe(true);
  });
});
