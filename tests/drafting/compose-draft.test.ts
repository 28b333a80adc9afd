import { complaintTopic, isPluralPhrase } from '@rebound/server/drafting/complaint-topic';
import {
  type BusinessProfile,
  composeAlternatives,
  composeDraft,
  demoBusinessProfile,
} from '@rebound/server/drafting/index';
import * as t from '@rebound/server/drafting/templates';
import { sectorGroupOf, type Triage, triageReview } from '@rebound/server/triage/index';
import { criticalClauses } from '@rebound/server/triage/situation/clauses';
import { checkReply, hasBlocking, type Situation } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

type Review = { author: string | null; rating: number | null; text: string };
const review = (text: string, rating: number | null = 2, author: string | null = 'Jamie R.'): Review => ({
  author,
  rating,
  text,
});
const draftFor = (r: Review, profile: BusinessProfile = demoBusinessProfile) =>
  composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile);

/** A triage whose situation is set by hand, so each rule is tested on exactly the situation it is about. */
function triageWith(r: Review, situation: Partial<Situation>): Triage {
  const base = triageReview(r);
  return { ...base, situation: { ...base.situation, ...situation } };
}

const kitchen = loadProfile('electronics');
const restaurant = loadProfile('restaurant');
const signedByTeam = loadProfile('shop');
const body = (text: string): string => text.slice(0, text.lastIndexOf('\n— '));
const COMPENSATION =
  /refund|discount|voucher|free|on us|on the house|complimentary|dinner|replacement|redo|re-do/i;

describe('greetings', () => {
  it.each([
    ['John D.', 'John'],
    ['MARY SMITH', 'Mary'],
    ['Priya Raman', 'Priya'],
    ['Helen O', 'Helen'],
  ])('greets author %j by %j', (author, expected) => {
    const text = draftFor(review('The chain snapped on my first ride.', 2, author)).text;
    expect(text.split('\n')[0]).toContain(expected);
  });

  it.each([
    'Nineteen',
    'Books "Bookworm"',
    'A Customer',
    'A Google User',
    'J. Brodeur',
    'R. Okafor',
    'J. D.',
    'xboxplayer "xboxplayer"',
    'wakeboardr99',
    'someone007',
    'GerryC',
    'DWPC',
    'Great Movie Addict',
    'Faithful Shopper "JZK"',
    'yeppy Fan "alan"',
    'Dutch Treat "DT"',
    'John Doe "Go Mavericks=p"',
    'Splitfish "Splitfish"',
    'tim',
    'jane.doe@mail.example',
    '@bikefan99',
    '',
    null,
  ])('writes no greeting for the odd author %j', (author) => {
    const text = draftFor(review('The chain snapped on my first ride.', 2, author)).text;
    const first = text.split('\n')[0] ?? '';
    expect(first).not.toMatch(/^(?:Hi|Hello|Dear)\s+(?!there,)\S+,|^\S+, thank you\./);
    const word = author?.split(/[\s"]/)[0];
    // As a word: "tim" must not greet, but "at any time" is fine.
    if (word && word.length > 1)
      expect(first).not.toMatch(
        new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'),
      );
  });
});

describe('no greeting without a name', () => {
  it('opens straight on the first sentence for every reviewer without a usable name', () => {
    const texts = [
      'The chain snapped on my first ride.',
      'Waited forty minutes for a coffee and it was cold.',
      'Lovely staff and the best flat white in town!',
      'The brakes squeal and nobody answered my emails.',
      'Great bike fit, thank you so much.',
      'The shop was closed during its opening hours, twice.',
    ];
    for (const [i, text] of texts.entries()) {
      const first = draftFor(review(text, i % 2 === 0 ? 2 : 5, null)).text.split('\n')[0] ?? '';
      expect(first).not.toMatch(/^(?:Hi|Hello|Dear)\b/);
    }
  });
});

describe('remedies follow what already happened', () => {
  const broken = review('The replacement blender also stopped working after a week. Two in a month.', 1);

  it('never offers a replacement to someone whose replacement already failed', () => {
    const triage = triageWith(broken, {
      item: 'the replacement blender',
      problem: 'also stopped working after a week',
      confidence: 'high',
      priorActions: ['replaced', 'replacement_failed'],
      stance: 'unhappy',
    });
    const draft = composeDraft(broken, triage, kitchen);
    expect(draft.kind).toBe('reply');
    expect(body(draft.text)).not.toMatch(/replacement unit|another replacement|a replacement|replace it/i);
    expect(draft.text).toMatch(/refund|call/i);
  });

  it('reads a second unit with the same fault as a failed replacement and offers their money back', () => {
    for (const text of [
      'The kettle stopped boiling. I exchanged it and the new one has the same fault.',
      'Second unit in a row with a cracked lid out of the box.',
    ]) {
      const r = review(text, 1, null);
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(kitchen.sector) });
      expect(triage.situation.priorActions).toContain('replacement_failed');
      const draft = composeDraft(r, triage, kitchen);
      expect(body(draft.text)).not.toMatch(/replacement unit|another replacement|a replacement|replace it/i);
      expect(body(draft.text)).toMatch(/refund/i);
    }
  });

  it('offers a replacement for a first fault, so the rule above is what removes it', () => {
    const triage = triageWith(broken, {
      item: 'the blender',
      problem: 'stopped working after a week',
      confidence: 'high',
      priorActions: [],
      stance: 'unhappy',
    });
    expect(triage.themes.length + 1).toBeGreaterThan(0);
    const draft = composeDraft(broken, { ...triage, themes: ['defect'] }, kitchen);
    expect(draft.text).toMatch(
      /a (?:replacement(?: unit)?|new one) (?:at no cost|free of charge|at no charge to you)/,
    );
  });

  it('never offers a refund of an order already refunded, and offers a call instead', () => {
    const r = review(
      'They refunded me in the end, but the kettle leaked all over the counter on day one.',
      1,
    );
    const triage = triageWith(r, {
      item: 'the kettle',
      problem: 'leaked all over the counter on day one',
      confidence: 'high',
      priorActions: ['refunded'],
      stance: 'unhappy',
    });
    const draft = composeDraft(r, { ...triage, themes: ['defect'] }, kitchen);
    expect(draft.text).not.toMatch(/refund|replacement/i);
    expect(draft.text).toMatch(/call|speak|talk/i);
    expect(draft.promises[0]?.description).toMatch(/contacts the reviewer/);
  });

  it('puts no deadline on an offer for a later visit', () => {
    // A long wait for the mains: nothing on the plate went wrong, so the offer is a later visit.
    // Food itself gone wrong (raw, burnt, lukewarm) is answered with the dishes' price instead.
    const r = review(
      'We had to wait forty minutes for our mains, and the table next to us was served first.',
      2,
    );
    const triage = triageWith(r, {
      item: 'our mains',
      problem: 'took forty minutes',
      confidence: 'high',
      stance: 'unhappy',
    });
    const draft = composeDraft(r, { ...triage, themes: ['wait'] }, restaurant);
    expect(draft.text).toMatch(/dinner for two on us/);
    expect(draft.text).not.toMatch(/come in,? (?:set up |arranged )?within|next time[^.]*within/i);
    // Near miss: the soup gone lukewarm as well is food gone wrong, answered with the meal's price.
    const lukewarm = review(
      'We had to wait forty minutes for our food and the soup was lukewarm when it came.',
      2,
    );
    const read = triageWith(lukewarm, {
      item: 'the soup',
      problem: 'was lukewarm',
      confidence: 'high',
      stance: 'unhappy',
    });
    const refunded = composeDraft(lukewarm, { ...read, themes: ['food', 'wait'] }, restaurant);
    expect(refunded.text).toMatch(/a refund for the meal/);
  });

  it('answers a misquote with a personal call, not a voucher', () => {
    const r = review('Quoted 60 for a tune-up and the invoice said 95. Nobody asked me first.', 2);
    const triage = triageWith(r, {
      item: 'the invoice',
      problem: 'said 95',
      confidence: 'high',
      stance: 'unhappy',
    });
    const draft = composeDraft(r, { ...triage, themes: ['price'] }, demoBusinessProfile);
    expect(body(draft.text)).not.toMatch(/discount|free re-do|replacement/i);
    expect(draft.text).toMatch(/\b(?:call|speak|talk|ring|phone)\b/i);
  });
});

describe('acknowledging the complaint', () => {
  it('names the item and what went wrong when the situation is sure of them', () => {
    const r = review('My rice cooker stopped heating after two weeks.', 1);
    const triage = triageWith(r, {
      item: 'the rice cooker',
      problem: 'stopped heating after two weeks',
      confidence: 'high',
      stance: 'unhappy',
    });
    expect(composeDraft(r, triage, kitchen).text).toContain(
      'the rice cooker stopped heating after two weeks',
    );
  });

  it('writes a general sentence, never a detail, when the situation is unsure', () => {
    const r = review('Well that was something. The hand of fate I guess. Never again.', 1);
    const triage = triageWith(r, {
      item: 'the hand',
      problem: 'was weird',
      confidence: 'low',
      stance: 'unhappy',
    });
    expect(composeDraft(r, triage, kitchen).text).not.toMatch(/hand|weird/);
  });

  it('never acknowledges a praised aspect as a complaint', () => {
    const r = review('The atmosphere was lovely, but the soup was cold and the bread stale.', 2);
    const triage = triageWith(r, {
      item: 'the soup',
      problem: 'was cold',
      confidence: 'high',
      stance: 'mixed',
      praised: ['the atmosphere'],
    });
    for (let variant = 0; variant < 6; variant++) {
      const text = composeDraft(r, triage, restaurant, { variant }).text;
      const apologies = text.split(/(?<=[.!?])\s+/).filter((s) => /sorry|apologi/i.test(s));
      expect(apologies.length).toBeGreaterThan(0);
      expect(apologies.join(' ')).not.toMatch(/atmosphere/);
      expect(text).toMatch(/soup was cold/);
    }
  });

  it('never repeats an email or phone number the reviewer wrote', () => {
    const r = review(
      'Nobody called me back on 07700 900123 or wrote to kim@mail.example about the broken gears.',
      1,
      'Kim',
    );
    const draft = draftFor(r);
    expect(draft.text).not.toMatch(/07700|kim@mail/);
    expect(hasBlocking(checkReply(draft.text, { reviewText: r.text }))).toBe(false);
  });
});

describe('voice', () => {
  it('speaks in the first person when the named contact signs, and never names them in the third person', () => {
    const r = review('The saddle I bought cracked within a month.', 2);
    for (let variant = 0; variant < 6; variant++) {
      const draft = composeDraft(r, triageReview(r), demoBusinessProfile, { variant });
      expect(body(draft.text)).toMatch(/\b(?:I|me|my)\b/);
      expect(body(draft.text)).not.toMatch(/Marta|contact Marta|call Marta/);
    }
  });

  it('names the contact when a team signs', () => {
    const r = review('The saddle I bought cracked within a month.', 2);
    const draft = composeDraft(r, triageReview(r), signedByTeam);
    expect(body(draft.text)).toContain(signedByTeam.contactName);
    expect(body(draft.text)).not.toMatch(/\bI\b/);
  });

  it('never speaks as "I", "me" or "my" in any variant of a reply a team signs', () => {
    for (const text of [
      'The saddle I bought cracked within a month.',
      'The lock they fitted stopped working after two days and nobody called back.',
      'We waited forty minutes for a simple puncture repair.',
    ]) {
      const r = review(text, 1);
      for (let variant = 0; variant < 12; variant++)
        expect(body(composeDraft(r, triageReview(r), signedByTeam, { variant }).text)).not.toMatch(
          /\b(?:I|me|my|My|Me|myself)\b/,
        );
    }
  });

  it('never thanks a reviewer for patience they were not asked for', () => {
    const r = review('The headphones broke on day two.', 1);
    for (let variant = 0; variant < 8; variant++)
      expect(composeDraft(r, triageReview(r), kitchen, { variant }).text).not.toMatch(
        /patience|annoy anyone/i,
      );
  });
});

describe('safety, health and legal matters', () => {
  it('answers food poisoning with a holding reply that names it, shows concern and offers nothing', () => {
    const r = review('Three of us got food poisoning after the chicken curry and were sick all night.', 1);
    const draft = draftFor(r, restaurant);
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/illness you describe|what you describe/);
    expect(draft.text).toMatch(/hope (?:everyone|all is well)/i);
    expect(draft.text).not.toMatch(COMPENSATION);
    expect(draft.text).not.toMatch(/sorry|apolog|on us|our fault|mistake/i);
  });

  it('gives the brake failure a holding reply that names the brakes and admits no fault', () => {
    const r = review(
      'Paid for new brake pads and the front brake stopped working the next day on a hill. Really scary.',
      1,
    );
    const draft = draftFor(r);
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/brake/);
    expect(draft.text).not.toMatch(/on us|our fault|sorry|apolog|free|refund|discount/i);
    expect(hasBlocking(checkReply(draft.text, { reviewText: r.text }))).toBe(false);
  });

  it('in a regulated business quotes nothing from the review and never confirms a patient', () => {
    const dental: BusinessProfile = { ...loadProfile('medical'), sector: 'dental' };
    const r = review(
      'My root canal at my appointment last Tuesday still hurts and the receptionist was rude.',
      1,
    );
    const draft = draftFor(r, dental);
    expect(draft.text).not.toMatch(/root canal|appointment|Tuesday|your visit|patient|receptionist/i);
    expect(hasBlocking(checkReply(draft.text, { regulated: true, reviewText: r.text }))).toBe(false);
    expect(draft.text).toMatch(/privacy/i);
  });
});

describe('happy reviewers', () => {
  it('thanks a glowing review with one quibble, answers the quibble in one sentence, and offers nothing', () => {
    const r = review(
      'Fantastic dinner. The lamb was perfect and the wine list is superb. Only wish the music were a little quieter.',
      5,
      'Olivia Grant',
    );
    const triage = triageWith(r, {
      stance: 'happy_with_quibble',
      item: 'the music',
      problem: 'were a little quieter',
      confidence: 'low',
      praised: ['the lamb', 'the wine list'],
    });
    const draft = composeDraft(r, triage, restaurant);
    expect(draft.kind).toBe('thanks');
    expect(draft.text).toMatch(/lamb/);
    const sentences = body(draft.text).split(/(?<=[.!?])\s+/);
    const onQuibble = sentences.filter((s) =>
      /point|note|noted|fair|passed it on|could be better|telling us|told us|straight with us/i.test(s),
    );
    expect(onQuibble).toHaveLength(1);
    expect(draft.text).not.toMatch(/sorry|apolog|fell short/i);
    expect(draft.text).not.toMatch(COMPENSATION);
    expect(draft.promises).toEqual([]);
  });

  it('thanks the person a 4-star reviewer praised by name', () => {
    const r = review(
      'Maria at the front desk sorted out our late check-in with a smile. Room a bit small but spotless.',
      4,
      'Tom',
    );
    const triage = triageWith(r, {
      stance: 'happy_with_quibble',
      praised: ['Maria'],
      people: ['Maria'],
      problem: null,
      confidence: 'low',
    });
    const draft = composeDraft(r, triage, loadProfile('hotel'));
    expect(draft.kind).toBe('thanks');
    expect(draft.text).toMatch(/Maria/);
    expect(draft.text).not.toMatch(COMPENSATION);
  });

  it('names what the reviewer praised and stays between 30 and 80 words', () => {
    const r = review('The carrot cake and the quick puncture repair were fantastic!', 5, 'Lee');
    const triage = triageWith(r, { stance: 'happy', praised: ['the carrot cake', 'the puncture repair'] });
    const draft = composeDraft(r, triage, demoBusinessProfile);
    expect(draft.text).toMatch(/carrot cake/);
    const words = draft.text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(25);
    expect(words).toBeLessThanOrEqual(80);
  });

  it('never offers compensation to a 5-star reviewer the situation reads as unhappy', () => {
    const r = review('Five stars but honestly the delivery was a mess and the box was crushed.', 5);
    const triage = triageWith(r, {
      stance: 'unhappy',
      item: 'the box',
      problem: 'was crushed',
      confidence: 'high',
    });
    const draft = composeDraft(r, { ...triage, themes: ['delivery', 'defect'] }, kitchen);
    expect(draft.text).not.toMatch(COMPENSATION);
  });
});

describe('mechanics', () => {
  it('marks a non-English review for translation and still drafts in English', () => {
    const draft = draftFor(
      review(
        'Le vélo est tombé en panne après deux jours, service très décevant et personnel désagréable.',
        1,
      ),
    );
    expect(draft.translateBeforePosting).toBe(true);
    expect(draft.text).toMatch(/Thank|sorry/i);
  });

  it('keeps a Google reply within 4,096 bytes even with a very long signature', () => {
    const profile = { ...demoBusinessProfile, signOff: 'é'.repeat(190), name: '漢'.repeat(190) };
    const r = review('Bad.'.repeat(2000));
    const draft = composeDraft(r, triageReview(r), profile, { platform: 'google' });
    expect(Buffer.byteLength(draft.text, 'utf8')).toBeLessThanOrEqual(4096);
  });

  it('is deterministic per review and variant, and offers distinct alternatives', () => {
    const r = review('The saddle I bought cracked within a month.');
    expect(draftFor(r).text).toBe(draftFor(r).text);
    const alternatives = composeAlternatives(r, triageReview(r), demoBusinessProfile, 4);
    expect(alternatives).toHaveLength(4);
    expect(new Set(alternatives.map((d) => d.text)).size).toBe(4);
  });

  it('reports the stance it wrote for', () => {
    const r = review('Lovely coffee, friendly people, quick repair.', 5);
    expect(draftFor(r).stance).toMatch(/happy/);
  });
});

describe('a page of replies', () => {
  const happyTexts = [
    'Lovely dinner, the risotto was creamy and the staff were kind.',
    'Great evening out, everything we ordered was tasty.',
    'Friendly service and a cosy room. We will be back.',
    'The lamb was cooked perfectly and the wine list is good.',
    'Quick lunch, good food, fair prices.',
    'We had a birthday meal here and it was a hit with everyone.',
    'Really enjoyed the fish of the day and the lemon tart.',
    'Nice spot for a quiet meal, the bread is excellent.',
    'Best pizza in the neighbourhood, crisp base and fresh toppings.',
    'Warm welcome, generous portions, happy kids.',
    'A lovely brunch with friends, the eggs were just right.',
    'Good coffee and a great slice of cake after our walk.',
  ];
  const sentencesOf = (text: string): string[] =>
    body(text)
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 15);
  const repeats = (texts: readonly string[]): number => {
    const seen = new Map<string, number>();
    for (const s of texts.flatMap(sentencesOf)) seen.set(s, (seen.get(s) ?? 0) + 1);
    return [...seen.values()].reduce((n, count) => n + count - 1, 0);
  };
  const draftAll = (withMemory: boolean): string[] => {
    const recent: string[] = [];
    return happyTexts.map((text) => {
      const r = review(text, 5, null);
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(restaurant.sector) });
      const draft = composeDraft(r, triage, restaurant, withMemory ? { recent } : {});
      recent.push(draft.text);
      return draft.text;
    });
  };

  it('does not repeat a sentence from the business’s recent replies while another wording is left', () => {
    const without = repeats(draftAll(false));
    const withMemory = draftAll(true);
    // Six replies in a row never share a sentence; over twelve, the smaller pools run out and repeat less.
    for (let i = 0; i + 6 <= withMemory.length; i++) expect(repeats(withMemory.slice(i, i + 6))).toBe(0);
    expect(repeats(withMemory)).toBeLessThan(without);
  });
});

describe('what the review adds beside the grievance', () => {
  const hotelish = (text: string, situation: Partial<Situation>) => {
    const r = review(text, 2, null);
    return body(composeDraft(r, triageWith(r, { stance: 'unhappy', ...situation }), restaurant).text);
  };

  it('tells back praise for the people or the place after the apology, never before it', () => {
    const text = hotelish('The staff were lovely but the soup was cold and the bread was stale.', {
      item: 'the soup',
      problem: 'was cold',
      confidence: 'high',
      praised: ['the staff'],
    });
    expect(text).toMatch(/the staff/);
    expect(text.indexOf('the staff')).toBeGreaterThan(text.search(/sorry|apolog|regret|shame|not right/i));
  });

  it('does not praise the people beside a complaint about how people treated the reviewer', () => {
    const text = hotelish('Lovely staff at the bar, but our waiter was rude and ignored us.', {
      item: null,
      problem: 'our waiter was rude',
      confidence: 'high',
      praised: ['the staff'],
    });
    expect(text).not.toMatch(/liked the staff|about the staff|for the staff/);
  });

  it('does not tell back a product or a dish read as praised in an unhappy review', () => {
    const text = hotelish('I ordered the cake for a birthday and you ran out of it the day before.', {
      item: 'the cake',
      problem: 'ran out',
      confidence: 'high',
      praised: ['the cake'],
    });
    expect(text).not.toMatch(/liked the cake|about the cake|word for the cake/);
  });

  it('says that a regular was let down, and that a complaint made at the time should have been enough', () => {
    const regular = hotelish('We come every week, and tonight the pasta was overcooked.', {
      item: 'the pasta',
      problem: 'was overcooked',
      confidence: 'high',
      isReturning: true,
    });
    expect(regular).toMatch(/regular|come back to us before|earlier visits/);
    const raised = hotelish('The pasta was overcooked. We told the waiter and nothing changed.', {
      item: 'the pasta',
      problem: 'was overcooked',
      confidence: 'high',
      priorActions: ['complained_on_site'],
    });
    expect(raised).toMatch(/at the time|on the spot|while you were still with us/);
  });

  it('says the reviewer should not have had to chase us only when their messages went unanswered', () => {
    const unanswered = hotelish(
      'The risotto was cold. I left two messages for the manager and nobody called me back.',
      {
        item: 'the risotto',
        problem: 'was cold',
        confidence: 'high',
        priorActions: ['contacted_support'],
      },
    );
    expect(unanswered).toMatch(/chase us|keep after us/);
    const answered = hotelish('The risotto was cold. I spoke to the manager, who was kind about it.', {
      item: 'the risotto',
      problem: 'was cold',
      confidence: 'high',
      priorActions: ['contacted_support'],
    });
    expect(answered).not.toMatch(/chase us|keep after us/);
  });
});

describe('apologies agree with what they name', () => {
  it.each([
    ['the cakes', true],
    ['the soup and the bread', true],
    ['the legs of the chair', true],
    ['the quality of the rolls', false],
    ['the glass', false],
    ['the bus', false],
    ['the menus', true],
    ['the people', true],
    ['the service', false],
    ['the mattress', false],
  ])('reads %j as plural: %j', (phrase, plural) => {
    expect(isPluralPhrase(phrase)).toBe(plural);
  });

  it('says "were" after a plural item in every general apology on a page of replies', () => {
    const recent: string[] = [];
    for (let i = 0; i < 16; i++) {
      const r = review(
        `Picked these up for my daughter's party on Saturday. Not happy, visit ${i}.`,
        2,
        null,
      );
      const triage = triageWith(r, {
        item: 'the cupcakes',
        problem: '',
        otherProblems: [],
        confidence: 'high',
        stance: 'unhappy',
        priorActions: [],
      });
      recent.push(composeDraft({ ...r, externalId: `cake-${i}` }, triage, restaurant, { recent }).text);
    }
    const page = recent.join('\n');
    expect(page).not.toMatch(/\bcupcakes (?:was|wasn't)\b|\bcupcakes were not what it\b/i);
    expect(page).toMatch(/\bcupcakes were\b/i);
  });
});

describe('a call after a correction that already failed', () => {
  const garage = loadProfile('auto');
  const text =
    'Took the car back because the brakes squealed. They said it was sorted, but the squeal came back the next morning.';

  it('agrees with the reviewer what would put it right, never promising the same correction again', () => {
    const r = review(text, 2, null);
    const situation = {
      item: 'the brakes',
      problem: 'squealed again after the repair',
      confidence: 'high',
    } as const;
    const triage = triageWith(r, {
      ...situation,
      stance: 'unhappy',
      priorActions: ['repaired', 'repair_failed'],
    });
    const recent: string[] = [];
    for (let i = 0; i < 6; i++) {
      const draft = composeDraft({ ...r, externalId: `brakes-${i}` }, triage, garage, { recent });
      recent.push(draft.text);
      const said = body(draft.text);
      // The offer said alone, or told as what follows the reviewer's message.
      const acts = t.callActRetryFailed.map((a) => a.split('{within}')[0] ?? a);
      expect([...t.callRetryFailed, ...acts].some((s) => said.toLowerCase().includes(s.toLowerCase()))).toBe(
        true,
      );
      expect([...t.callToFix, ...t.callToHear].some((s) => said.includes(s))).toBe(false);
      expect(said).not.toMatch(/\bcorrect it\b|\bget it fixed\b|\bfix it\b|\bre-?inspection\b/i);
    }
  });
});

describe('a happy reviewer whose bill was wrong', () => {
  const gym = loadProfile('gym');
  it('says the charge will be checked and put right, and offers nothing else', () => {
    const recent: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = review(
        'Great classes and friendly coaches, I love it here. One thing: I was charged twice for my March membership.',
        4,
        null,
      );
      const draft = composeDraft(
        { ...r, externalId: `gym-${i}` },
        triageWith(r, { stance: 'unhappy', sectorGroup: sectorGroupOf(gym.sector), priorActions: [] }),
        gym,
        { recent },
      );
      recent.push(draft.text);
      const said = body(draft.text);
      expect(said).toMatch(/\bcharges?\b[^.]*\bput right\b|\bcorrect any charge\b/i);
      expect(said).not.toMatch(/make (?:this|it) up to you|make amends|\bon us\b|discount|voucher|free/i);
    }
  });
});

describe('the subject of a grievance', () => {
  it("never names the reviewer's own people as what went wrong", () => {
    for (const text of [
      'My husband was berated and called a liar by the man at the counter.',
      'My wife was treated terribly and the paintwork was scratched.',
    ])
      expect(complaintTopic(criticalClauses(text), [], [])).toBeNull();
  });
});
