import type { BusinessProfile } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { toldFaults } from '@rebound/server/drafting/told-aspects';
import { findComplaints } from '@rebound/server/triage/situation/describe-complaint';
import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

const electronics = loadProfile('electronics-store');

/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (profile: BusinessProfile, text: string, title: string | null = null): string[] =>
  everyWording(profile, text, { rating: 1, title, count: 4 });
type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group, title: string | null = null): string[] =>
  nameComplaints(text, group, title).map((n) => n.clause);

describe('another firm’s failure is not owned as ours', () => {
  const jabraLike =
    'The speaker set was recommended to me by the maker. The sound is terrible and boomy. I contacted Zentrix about this product, but received no response.';

  it('never tells the maker’s silence as our unanswered calls', () => {
    expect(named(jabraLike, 'retail')).not.toContain('your calls and messages went unanswered');
    expect(named(jabraLike, 'retail')[0]).toBe('the sound was so poor');
    for (const reply of drafts(electronics, jabraLike)) expect(reply).not.toMatch(/calls and messages/i);
  });

  it('still owns our own silence', () => {
    expect(named('I emailed the store twice and never heard back.', 'retail')).toContain(
      'your calls and messages went unanswered',
    );
  });

  it('tells a maker’s refusal to replace or refund as the maker’s', () => {
    const text =
      'The charger stopped charging after a month. After calling Voltrix they were unable to replace it or get my money back.';
    expect(named(text, 'retail')).toContain('the maker would not replace it or refund you');
    expect(named(text, 'retail')).not.toContain('your request for your money back was turned down');
  });

  it('tells a reseller’s poor returns as the seller’s, not as our return policy', () => {
    const text =
      'These cables are not sold by the big site itself. They come from a re-seller. I do not recommend them due to their poor return policy and terrible customer service.';
    expect(named(text, 'retail')[0]).toBe('the seller you bought from let you down');
    // Without a reseller in the review, poor service is not read as another seller's.
    expect(named('Their customer service is terrible.', 'retail')).not.toContain(
      'the seller you bought from let you down',
    );
  });
});

describe('the grievance the reviewer dwells on', () => {
  it('names a repair stuck on back order before the fault that sent it there', () => {
    const text =
      'After two months the phone stopped working. We sent it back for repair and a month later heard it was back ordered for another 6-8 weeks.';
    expect(named(text, 'retail')[0]).toBe('the repair left you waiting weeks on a back order');
  });

  it('names a delivery later than the date promised', () => {
    const text =
      'I paid extra for shipping that promises 3-5 days delivery. It is now due two weeks later. This is my second order with a longer than promised delivery time.';
    expect(named(text, 'retail')[0]).toBe('it did not arrive by the date you were promised');
  });

  it('names a replacement that failed the same way', () => {
    const text =
      'There was a buzzing noise from the first day. The shop sent a new one quickly. The second unit does the same thing.';
    expect(named(text, 'retail')).toContain('the replacement had the same fault as the first');
  });

  it('names a stated count the product fell far short of', () => {
    const text =
      'The listing states you can get 300 prints from this toner. In fact you get fewer than 90 prints.';
    expect(named(text, 'retail')[0]).toBe('it gave far fewer prints than it was claimed to');
    // A count stated with no shortfall is no grievance.
    expect(named('The box says it holds 300 songs and the case is red.', 'retail')).not.toContain(
      'it gave far fewer songs than it was claimed to',
    );
  });

  it('weighs the part the reviewer calls the worst above an earlier remark', () => {
    const text =
      'The soup was a bit bland. The worst part was that the tongs were left lying on top of the bread basket with germs everywhere.';
    // Named as what the reviewer saw, not admitted as a hygiene failure.
    expect(named(text, 'food_hospitality')[0]).toBe('what you saw of how the food was handled worried you');
  });

  it('weighs the sentence after "that is not even the bad part" as the point', () => {
    const text =
      'The checkout took twenty minutes and the staff could not find anything. And that is not even the bad part! I dropped off a print for framing that was three weeks ago and they still have not cut the mat.';
    expect(named(text, 'retail')[0]).toBe('you had to wait so much longer than you should have');
  });

  it('weighs a mishap of one morning below what went wrong throughout', () => {
    const text = 'The dining room had no heat one morning. My steak at dinner was disgusting.';
    const found = named(text, 'food_hospitality');
    expect(found[0]).toBe('the food was such a letdown');
    expect(found).toContain('the heating did not work');
    // A stay of one night is not a mishap of one night.
    expect(named('We stayed one night and the bathroom was filthy.', 'food_hospitality')[0]).toBe(
      'the bathroom was not clean',
    );
    expect(
      nameComplaints('We stayed one night and the bathroom was filthy.', 'food_hospitality')[0]?.score,
    ).toBe(2.5);
  });

  it('reads food that tasted thawed or boiled as food that let them down', () => {
    expect(
      named('The fish tasted as though it was thawed and boiled in water.', 'food_hospitality'),
    ).toContain('the food was such a letdown');
  });

  it('names a sale price that was no bargain', () => {
    const text =
      'The sofa was on sale for $1900, down from a so-called $3000. I later bought the identical sofa online for $1200. Their sale price was over retail.';
    expect(named(text, 'retail')[0]).toBe('the sale price was not the bargain it was made out to be');
  });

  it('names a thing other than the one pictured', () => {
    expect(
      named(
        'The aerial I got was small and square. This was definitely not the aerial pictured.',
        'retail',
      )[0],
    ).toBe('what came was not the one pictured');
  });
});

describe('the reviewer’s words read as they meant them', () => {
  it('does not read what the reviewer says they could blame as the grievance', () => {
    const text =
      'Caller ID does not show when another phone is on the line. Naturally, I could blame all this on the poor quality of the batteries. This is a cheap trick.';
    const found = named(text, 'retail');
    expect(found).not.toContain('it did not feel well made');
    expect(found[0]).toBe('caller ID would not show as it should');
  });

  it('does not take what the reviewer first suspected as the fault', () => {
    const text =
      'The bag was so light I was sure it was the wrong order. It was the right one, just tiny: there was no way it would feed two people.';
    const found = named(text, 'food_hospitality');
    expect(found).not.toContain('your order was not right');
    expect(found[0]).toBe('the portion was so small');
    // What happened after the first impression is still read.
    expect(named('I thought it was a sturdy stand until it broke in half.', 'retail')).toContain(
      'it broke so quickly',
    );
  });

  it('tells a unit dead on arrival as never working, not as giving out', () => {
    const found = named('It arrived DOA. Nothing at all came out of it.', 'retail', 'Dead on arrival');
    expect(found[0]).toBe('it did not work from the moment it arrived');
    expect(found).not.toContain('it stopped working so soon');
    expect(named('It never worked properly after the update.', 'retail')).not.toContain(
      'it did not work from the moment it arrived',
    );
  });

  it('tells a noise there from the start as made, and one that set in as started', () => {
    expect(named('There was a distinct buzzing noise as soon as I plugged it in.', 'retail')[0]).toBe(
      'it made such a distracting noise',
    );
    expect(named('After a year the amp developed a loud hum.', 'retail')[0]).toBe(
      'it started making such a distracting noise',
    );
  });

  it('tells back a son’s haircut as his, not the reviewer’s', () => {
    const text =
      'My husband took our son for a haircut. The stylist was chatting and cut his hair way too short.';
    expect(named(text, 'professional')[0]).toBe("your son's cut did not turn out the way it was asked for");
    expect(named('She cut my hair way too short.', 'professional')[0]).toBe(
      'your cut did not turn out the way you asked',
    );
  });

  it('names nails harmed taking the old set off before a refund turned down', () => {
    const text =
      'I had a gel manicure. The tech did not let my old gel soak off long enough so she scraped and filed so hard that it left my natural nail extremely thin and flimsy. I called and the man on the phone said they would not refund my money.';
    expect(named(text, 'professional')[0]).toBe('your own nails were left thin and damaged');
    for (const reply of drafts(loadProfile('spa'), text)) expect(reply).toMatch(/\bnails were left thin\b/);
    expect(
      named('My nails are so strong now and the polish was perfect. Great visit.', 'professional'),
    ).not.toContain('your own nails were left thin and damaged');
  });

  it('names an add-on that crashes the handheld or computer it is plugged into', () => {
    const text =
      'I bought this card more than a year ago. First of all, in ~30% of cases it crashes my Tungsten E. Secondly, the games are not that much fun.';
    expect(named(text, 'retail')[0]).toBe('it kept crashing your handheld');
    for (const reply of drafts(electronics, text)) expect(reply).not.toMatch(/not (?:that )?much fun/i);
    expect(named('The adapter crashed my laptop twice in one evening.', 'retail')[0]).toBe(
      'it kept crashing your computer',
    );
    expect(
      named('My laptop crashed last year, so I bought this drive to back up. It is slow.', 'retail'),
    ).not.toContain('it kept crashing your computer');
  });

  it('names earbuds "poor in bass response" as weak bass, not a general let-down', () => {
    const text =
      'my this earbud headphone is poor in bass response comapared to my sony mdr g-54lp. in experts view this type small earbuds use to give poor sound';
    expect(named(text, 'retail')[0]).toBe('the bass was so weak');
    for (const reply of drafts(electronics, text)) expect(reply).toMatch(/\bbass\b/);
    expect(
      named('The bass is great and the highs are clear, but the cord is far too short.', 'retail'),
    ).not.toContain('the bass was so weak');
  });

  it('does not read a failure of another thing the reviewer owned as the grievance', () => {
    const text =
      'I bought these because my Sonova headphones died after three years. The bass level is too low on these.';
    const found = named(text, 'retail');
    expect(found).not.toContain('it stopped working so soon');
    expect(found[0]).toBe('the bass was so weak');
  });

  it('never tells the reviewer’s own people as a fault', () => {
    const told = toldFaults(
      'We drove an hour with my elderly parents. The steak was dry and the parents were old and tired.',
      'food_hospitality',
    );
    expect(told ?? '').not.toMatch(/parents/);
  });

  it('reads a keyboard coming off sleep as no part coming off', () => {
    expect(named('We had two failed deliveries before it came.', 'retail')).not.toContain(
      'far too many of them failed',
    );
    expect(named('Of the ten drives I bought, I have had 4 fail.', 'retail')).toContain(
      'far too many of them failed',
    );
    const found = named('When it comes off of its sleep state it doubles the first key.', 'retail');
    expect(found).not.toContain('they would not stay in place');
    expect(found).not.toContain('it would not stay in place');
  });

  it('reads a clause with a doubled space like any other', () => {
    expect(named('The big problem for me was the time it took to  change channels.', 'retail')[0]).toBe(
      'it was so slow to change channels',
    );
  });

  it('never tells a broken player back as one that came apart', () => {
    const wordings = nameComplaints('My DVD player broke in six months.', 'retail').flatMap(
      (n) => n.wordings,
    );
    expect(wordings).toContain('it broke so quickly');
    expect(wordings.join(' | ')).not.toMatch(/came apart/);
  });

  it('tells back no praised part as a fault', () => {
    const told = toldFaults(
      'The pizza was so salty. The crust was super thin and perfectly chewy, but we did not like the sauce.',
      'food_hospitality',
    );
    expect(told ?? '').not.toMatch(/crust/);
    expect(toldFaults('The crust was thin and soggy.', 'food_hospitality') ?? '').toMatch(/crust/);
  });

  it('does not take a bare "this is very late" for the item being late', () => {
    const problems = (text: string) =>
      findComplaints(splitSentences(text), () => -1, []).map((c) => c.problem);
    expect(problems('This is very late, but do not buy this player.')).not.toContain('is very late');
    expect(problems('This stopped working after two days.')).toContain('stopped working after two days');
    // "Really high quality" is praise of the thing, not a price or a level said to be too high.
    expect(problems('Too bad, the mouse was really high quality overall.')).not.toContain('was really high');
    expect(problems('The rent was really high.')).toContain('was really high');
  });
});

describe('the reviewer’s own account told back', () => {
  it('never tells back words someone else said in quotes', () => {
    const text =
      'There was an empty room next door. "You can\'t sit in there. We don\'t have a server in there." So we waited.';
    expect(reportedClause(text) ?? '').not.toMatch(/server/);
  });

  it('never tells back a clause that only says something went wrong', () => {
    expect(reportedClause('Then the weird stuff started.', { products: true })).toBeNull();
    expect(reportedClause('Sadly it has two major flaws.', { products: true })).toBeNull();
    expect(reportedClause('Then the connection would become slow.', { products: true })).toBe(
      'the connection would become slow',
    );
  });
});

describe('grievances named in more of the reviewer’s words', () => {
  it('names a caller ID problem and callers who cannot hear', () => {
    const found = named(
      'The first flaw is the caller ID problem. The people on the other end have trouble hearing me.',
      'retail',
    );
    expect(found).toContain('caller ID would not show as it should');
    expect(found).toContain('people could not hear you through the microphone');
  });

  it('names poor battery life said in the title', () => {
    expect(
      named(
        'I agree about the poor quality of this phone. The battery life decreased rapidly.',
        'retail',
        'Poor battery life',
      )[0],
    ).toBe('the battery would not hold its charge');
  });

  it('names being treated as a nuisance and a room given away', () => {
    expect(named('I was treated like I was an annoyance at the counter.', 'food_hospitality')).toContain(
      'you were treated so poorly',
    );
    expect(named('At check-in they had given our room away.', 'food_hospitality')).toContain(
      'your booking was mishandled',
    );
  });
});
