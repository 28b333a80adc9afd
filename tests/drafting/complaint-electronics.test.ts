import {
  chooseNextStep,
  fitLabelToGoods,
  type NextStep,
  remedyActions,
} from '@rebound/server/drafting/choose-remedy';
import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints, titleComplaint } from '@rebound/server/drafting/name-complaint';
import { problemWords } from '@rebound/server/drafting/phrase-problem';
import { reportedClause } from '@rebound/server/drafting/reported-clause';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { findPriorActions } from '@rebound/server/triage/situation/prior-actions';
import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

const store = judgedProfile('electronics-store');
const triageOf = (text: string) => triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
const stepFor = (text: string): NextStep => {
  const triage = triageOf(text);
  return chooseNextStep(store.remedies, triage.situation, triage.themes, {
    regulated: false,
    reviewText: text,
    knowsProblem: true,
  });
};
const offered = (step: NextStep) => (step.kind === 'remedy' ? step.remedy.kind : `call:${step.reason}`);
const draftFor = (text: string, recent: string[] = []) => {
  const r = { author: null, rating: 1, text };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(store.sector) }), store, { recent })
    .text;
};
const named = (text: string) => nameComplaints(text, 'retail').map((n) => n.clause);
const mainGrievance = (text: string) => named(text)[0];

// Goods that failed, each answered with an offer of the shop's refund or replacement.
const failedGoods = [
  'The player stopped working after two weeks and will not turn on at all.',
  'The speaker died after a month. It will not power on no matter what I try.',
  'My keyboard stopped working after ten days; several keys are dead.',
  'The camera is defective: the shutter is broken and the lens will not extend.',
  'This charger stopped working after a week and it is now dead.',
  'The hard drive died after three weeks and will not spin up any more.',
  'The mouse stopped working after a few days; it is completely dead.',
  'The router is broken out of the box and will not power on.',
];

describe('offers on a page of electronics replies', () => {
  const replies: string[] = [];
  for (const text of failedGoods) replies.push(draftFor(text, [...replies]));
  // An offer in any of its wordings: a refund or a replacement, the money or the price back, a new one.
  const offering = replies.filter((reply) =>
    /\brefund|\breplacement\b|\bnew one\b|\bmoney back\b|\bfull price\b|\bwhat you paid\b/i.test(reply),
  );

  // An offer with no time is a promise nobody can hold us to; the page varies how the time is told instead.
  it('gives the remedy its time, in more than one wording, or ties it to the reviewer getting in touch', () => {
    expect(offering.length).toBeGreaterThanOrEqual(6);
    const times = offering.map(
      (reply) => /\b(?:within|inside) (?:three days|seventy-two hours)\b/.exec(reply)?.[0],
    );
    const untimed = offering.filter((_reply, i) => !times[i]);
    for (const reply of untimed)
      expect(reply).toMatch(
        /\b(?:as soon as|the moment|once (?:I|you)|if you|when you|the day you|from there)\b/i,
      );
    expect(untimed.length, offering.join('\n---\n')).toBeLessThan(offering.length);
    expect(new Set(times.filter(Boolean)).size).toBeGreaterThan(1);
  });

  it('tells the offer both as a thing offered and as what we will do', () => {
    const actions = store.remedies.flatMap((remedy) => remedyActions(remedy.label));
    const asAction = offering.filter((reply) => actions.some((action) => reply.includes(action)));
    expect(asAction.length, offering.join('\n---\n')).toBeGreaterThan(0);
    expect(asAction.length).toBeLessThan(offering.length);
  });
});

describe('the grievance an electronics buyer names', () => {
  // The fault as the reviewer told it, and the clause the reply names it by.
  const faults: ReadonlyArray<readonly [string, string]> = [
    ['Nice looking headphones, but the bass is weak and thin.', 'the bass was so weak'],
    ['On both pairs the headphone jack became loose within a month.', 'the jack worked loose'],
    ['The discs play fine, but they cannot be copied to my computer.', 'you could not make copies'],
    [
      'I recharge them as told, and they do not hold a charge any longer.',
      'the battery would not hold its charge',
    ],
    [
      'The forward and reverse buttons don’t function with my iPod.',
      'the controls did not work as they should',
    ],
    ['Product is light duty and will not hold up to being opened often.', 'it was not built to last'],
    ['The software and drivers do not install properly at all.', 'the software would not install properly'],
    ['Speed stinks!', 'it was so slow'],
    ['One out of every four discs would fail on me when I burned them.', 'too many of the discs failed'],
    ['I cancelled the order since it took too long to deliver.', 'your order took far too long to arrive'],
    [
      'The listing says it is Mac compatible. It would not even mount on my iMac.',
      'it was sold as working with a Mac when it did not',
    ],
  ];
  it.each(faults)('names "%s" as "%s"', (text, clause) => {
    expect(mainGrievance(text)).toBe(clause);
  });

  it('names a service plan that was bought and then not honoured, apart from a refused warranty claim', () => {
    expect(
      mainGrievance(
        'I bought the three-year service plan with my TV. Now the new terms say the set cost too much, so they will not honor it.',
      ),
    ).toBe('the plan you paid for was not honoured');
    expect(mainGrievance('The screen died in month ten and the maker refused to honor the warranty.')).toBe(
      'your warranty claim was refused',
    );
  });

  it('reads a player’s "Bad Disc" error as the player’s fault, not failed discs', () => {
    expect(named('The player keeps showing a "Bad Disc" error on every film and then skips.')).not.toContain(
      'too many of the discs failed',
    );
    expect(mainGrievance('Half of the pack were bad discs; the burner spat them out.')).toBe(
      'too many of the discs failed',
    );
  });

  it('names a rebate only where it was refused or never paid, not a price quoted after one', () => {
    expect(named('I got this card for $40 after easy rebate. It died after half an hour.')).not.toContain(
      'the rebate never came through',
    );
    expect(named('I never received my rebate, three months on.')).toContain('the rebate never came through');
  });

  it('reads an unclear picture and sound that "sucks" as poor picture and sound, and quality control as no build fault', () => {
    expect(mainGrievance('The image is really unclear when the light is not strong.')).toBe(
      'the picture quality was so poor',
    );
    expect(mainGrievance('The sound quality sucks.')).toBe('the sound was so poor');
    expect(named('Cute design, poor quality control.')).not.toContain('it did not feel well made');
    expect(named('The hardware is fine, but it suffers from very poorly made software.')).not.toContain(
      'it did not feel well made',
    );
  });

  it('reads "could not copy" of a failed memory card as no copy protection', () => {
    expect(named('The device saw the card, but you could not copy, format, nothing.')).not.toContain(
      'you could not make copies',
    );
  });

  it('names a device that will not connect beside one that will not work with theirs only once', () => {
    expect(
      named('This is not compatible with the new iPod nano. It will not connect to this product.'),
    ).not.toContain('you could not get it to work properly');
  });

  it('never reads a shop’s "highlights" as a salon’s colour', () => {
    expect(named('The highlights of this cable are poor and terrible.').join(' ')).not.toMatch(
      /your highlights/,
    );
  });

  it('names batteries that die quickly and earphones that pop out of the ear', () => {
    expect(mainGrievance('Warning! Batteries die quickly!!')).toBe('the battery would not hold its charge');
    expect(mainGrievance('The earphones easily pop out of your ear.')).toBe('they would not stay in place');
  });

  it('names a unit that will not charge', () => {
    expect(named('Left it plugged in overnight and it does not charge at all.')).toContain(
      'it would not charge',
    );
  });

  it('names a warranty repair that was refused', () => {
    expect(mainGrievance('Apple refused to repair it under warranty.')).toBe(
      'your warranty claim was refused',
    );
  });

  it('passes over a fault the reviewer waved away for the one they call their problem', () => {
    expect(
      mainGrievance(
        'It is a little on the flimsy side. That did not concern me too much. My problem is that it does not work properly with my Samsung TV.',
      ),
    ).toBe('it would not work with your equipment');
  });

  it('does not blame the device for a website’s errors or read "disconnect the cable" as a dropped connection', () => {
    expect(named('The download site kept giving me an error message.')).not.toContain(
      'it kept throwing up errors',
    );
    expect(named('Support told me to disconnect the USB cable and print another page.')).not.toContain(
      'it kept dropping the connection',
    );
  });

  it('does not make a grievance of a title saying what the reviewer did not need', () => {
    expect(titleComplaint('No need of ear hanger')).toBeNull();
    expect(titleComplaint('Poor build quality')).toBe('the poor build quality');
  });

  it('does not tell back a slip such as "didn’t worked"', () => {
    const situation = triageOf('These tapes did not work for me.').situation;
    const slipped = {
      ...situation,
      confidence: 'high' as const,
      item: 'the tapes',
      problem: "didn't worked for me",
    };
    expect(problemWords(slipped, true).form).toBe('none');
    expect(problemWords({ ...slipped, problem: 'did not work for me' }, true).form).toBe('clause');
  });

  it('does not tell back the reviewer’s own return as the grievance', () => {
    expect(reportedClause('So, it’s getting returned.', { products: true })).toBeNull();
  });

  it('does not apologise for how a maker’s helpline written with capitals treated them', () => {
    const reply = draftFor(
      'I bought cartridges overseas and could not use them. HP Customer Support was snotty and very rude.',
    );
    expect(reply).not.toMatch(/treated|dealt with/i);
  });
});

describe('a remedy that fits what already happened to the goods', () => {
  it('offers no replacement when another brand works where this one did not', () => {
    const text = 'This SD card would not work in my Nikon camera (but the Fuji and Sandisk product did).';
    expect(offered(stepFor(text))).not.toBe('replacement');
  });

  it('reads a refurbished unit sent back after a repair that did not work as a second failure, not a return', () => {
    const text =
      'My first mouse broke after only a few uses. When I sent it back for repairs, they sent back a refurbished mouse that did not work at all.';
    const actions = findPriorActions(splitSentences(text)).map((f) => f.action);
    expect(actions).toContain('replacement_failed');
    expect(actions).not.toContain('returned');
    expect(offered(stepFor(text))).toBe('refund');
  });

  it('reads a second unit that did the same thing as a failed replacement', () => {
    const text =
      'It kept resetting, so I returned it for a replacement. My second detector worked for thirty minutes before the same thing happened.';
    const actions = findPriorActions(splitSentences(text)).map((f) => f.action);
    expect(actions).toContain('replacement_failed');
    expect(actions).not.toContain('returned');
  });

  it('offers no replacement to someone who will never buy from the brand again or will swap to another brand', () => {
    for (const text of [
      'It stopped working completely and I lost data. NEVER AGAIN I will buy anything from this company.',
      'The computer fails to detect this reader. I will exchange it for a better brand.',
    ])
      expect(offered(stepFor(text)), text).not.toBe('replacement');
  });

  it.each([
    'Returned for a refund.',
    'Mine went back within the week.',
    'It is on its way back to the seller.',
    'Back it goes.',
  ])('reads "%s" as goods already sent back, so no return shipping is offered', (text) => {
    expect(findPriorActions(splitSentences(text)).map((f) => f.action)).toContain('returned');
  });

  it('reads a new pair that does the same as a failed replacement', () => {
    const text = 'The jack was loose. I exchanged them at the store, and the new pair does the same.';
    expect(findPriorActions(splitSentences(text)).map((f) => f.action)).toContain('replacement_failed');
  });

  it('does not read a return thought not worth the postage as a return', () => {
    const actions = findPriorActions(splitSentences('It was not worth the cost to ship it back.')).map(
      (f) => f.action,
    );
    expect(actions).not.toContain('returned');
  });

  it('answers a design they dislike with the money back, not a promise to fix it or another of the same', () => {
    const text =
      'Each time I use this headset the person I am talking to says I sound too far away and can barely hear me. Clearly not worth it.';
    expect(offered(stepFor(text))).toBe('refund');
  });

  it('does not call a return still under way settled: the refund it is going back for is seen through', () => {
    const text = 'This phone cord only retracts half way now. I’m returning it for a refund.';
    expect(offered(stepFor(text))).toBe('call:refund_pending');
    expect(offered(stepFor('This phone cord only retracts half way. I returned it for a refund.'))).toBe(
      'call:settled',
    );
  });

  it('does not thank a buyer loyal to a brand for years as a regular of the shop', () => {
    const reply = draftFor(
      'Every one of these discs had flaws during playback. I’ve been buying Memorex for years but I’ll never buy Memorex again.',
    );
    expect(reply).not.toMatch(/loyalty|regular|come back to us before|earlier visits/i);
  });

  it('offers no replacement to someone who would buy a different brand', () => {
    const text = 'It broke completely after a week. I would buy a different brand of adapter next time.';
    expect(offered(stepFor(text))).not.toBe('replacement');
  });

  it('offers a warranty claim with the maker only for a unit that failed, not for software that will not install', () => {
    const reply = draftFor(
      'The software and drivers from the maker do not install properly at all. Forget the software.',
    );
    expect(reply).not.toMatch(/warranty claim/i);
  });

  it('answers the cost of ink with a call to hear them, not a promise to fix it', () => {
    const step = chooseNextStep(store.remedies, triageOf('The ink costs a fortune.').situation, ['price'], {
      regulated: false,
      reviewText: 'The ink costs a fortune.',
      knowsProblem: true,
      named: 'the ink costs so much',
    });
    expect(offered(step)).toBe('call:hear');
  });

  it('calls a replacement for a pack of discs "a replacement", not a unit', () => {
    expect(
      fitLabelToGoods('a replacement unit shipped at our cost', 'Half the DVD-Rs in the pack failed.'),
    ).toBe('a replacement shipped at our cost');
    expect(fitLabelToGoods('a replacement unit shipped at our cost', 'The router died.')).toBe(
      'a replacement unit shipped at our cost',
    );
  });

  it('does not offer a warranty claim for goods the maker already replaced', () => {
    const reply = draftFor(
      'The router froze constantly. The manufacturer replaced it under warranty and the new one froze just like the first one.',
    );
    expect(reply).not.toMatch(/warranty claim/i);
  });
});
