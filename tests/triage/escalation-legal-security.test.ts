import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import type { IncidentKind, SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../drafting/sample-drafts.ts';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

/** Each review is held for the owner for `kind`. */
const heldFor = (kind: IncidentKind, cases: Array<[SectorGroup, string]>) =>
  it.each(cases)('%s: %s', (group, text) => {
    expect(reasonsFor(text, group)).toContain(kind);
  });
/** No review is held for `kind`, or for anything at all when no kind is given. */
const notHeld = (kind: IncidentKind | null, cases: Array<[SectorGroup, string]>) =>
  it.each(cases)('%s: %s', (group, text) => {
    const reasons = reasonsFor(text, group);
    if (kind) expect(reasons).not.toContain(kind);
    else expect(reasons).toHaveLength(0);
  });

describe('legal action the reviewer has already taken is held for the owner', () => {
  const cases: Array<[SectorGroup, string]> = [
    [
      'retail',
      'The blender died in a month and the store refused a refund, so I successfully sued to get my money back.',
    ],
    ['trades_repairs', 'The roofer never finished the job. I took them to small claims court and won.'],
    ['retail', 'After three weeks of excuses I contacted their legal department about the missing order.'],
    ['trades_repairs', 'The landlord kept my deposit for no reason until my lawyer got it back.'],
    ['retail', 'I filed a chargeback and a lawsuit after they kept the money for a sofa that never came.'],
    ['food_hospitality', 'We ended up suing the hotel over the wedding deposit.'],
    ['trades_repairs', 'My attorney had to write to them before they returned the deposit.'],
    ['retail', 'I had to take them to court to get my refund.'],
    ['retail', 'My card company reversed the charge after I disputed it, and my lawyer is now involved.'],
  ];
  heldFor('legal_threat', cases);
});

describe('legal action the reviewer says comes next is held for the owner', () => {
  const cases: Array<[SectorGroup, string]> = [
    [
      'retail',
      "I never received the 4-year plan I paid for. I have written several times with no answer. My next step is legal, since they don't care about the customer.",
    ],
    ['retail', 'The next step will be a lawyer if the refund is not in my account by Friday.'],
    ['trades_repairs', 'The deck is rotting after a year and I am now seeking legal advice.'],
    ['retail', 'Three months without the refund. I will be pursuing this legally.'],
    [
      'food_hospitality',
      'They kept the deposit for a wedding they cancelled, so we are exploring our legal options.',
    ],
  ];
  heldFor('legal_threat', cases);
});

describe('billing or practices the reviewer calls illegal are held for the owner', () => {
  heldFor('legal_threat', [
    [
      'health',
      'They sent a co-pay I had already paid to collections. Their billing is so shady and illegal that I have stopped going.',
    ],
    ['retail', 'Beware of their unlawful business practices: the restocking fee was never on the receipt.'],
    ['health', 'Charging me for the visit the doctor cancelled is illegal, and I told the office so.'],
    ['trades_repairs', 'Holding my car until I paid for work I refused is an illegal practice.'],
  ]);
  notHeld('legal_threat', [
    [
      'food_hospitality',
      'We parked illegally because the lot was full, and then waited an hour for a table.',
    ],
    ['retail', 'The charge was odd but not illegal, and the kettle still leaks.'],
    ['health', "The late fee isn't illegal, I know, but nobody told me about it."],
    ['food_hospitality', 'The music was so loud it should be illegal, and the fries were cold.'],
  ]);
});

describe('legal words that are no legal action against the business', () => {
  const cases: Array<[SectorGroup, string]> = [
    ['retail', "I'm not suing anyone, I just want the kettle to work."],
    ['retail', 'I am not going to sue over a toaster, but this one died in a week.'],
    [
      'retail',
      'The maker was sued by a patent troll, so the app was pulled and the speaker lost half its features.',
    ],
    ['retail', 'I keep a legal pad by the phone and the pen they sold me leaks all over it.'],
    ['professional', 'Their legal department sits on the second floor and the lift was broken again.'],
    ['retail', 'The case is described as court-ready on the box, but the zip broke the first week.'],
    ['food_hospitality', 'We ate near the courthouse before the game and the fries were cold.'],
    ['retail', 'The next step is to try a firmware update, and if that fails it goes back.'],
    ['retail', 'Setting it up is a legal minefield of accounts and terms, and the remote died in a week.'],
    ['retail', 'My next step was to call support, who told me to reset it.'],
  ];
  notHeld('legal_threat', cases);
});

describe('homes and rooms anyone could get into are a security matter for the owner', () => {
  const cases: Array<[SectorGroup, string]> = [
    ['trades_repairs', "The roof leaked all winter. Everyone's keys worked on everyone's doors."],
    ['trades_repairs', "My key opens my neighbour's unit, and management just laughed when I told them."],
    ['trades_repairs', 'The front door lock has been broken for months and anyone walks in off the street.'],
    ['trades_repairs', 'Squatters lived in the basement for weeks before the management did anything.'],
    ['trades_repairs', 'There are strangers sleeping in the stairwell most nights.'],
    ['trades_repairs', 'Someone broke into my car in their garage and they did nothing about it.'],
    ['food_hospitality', 'Our room was entered while we were out and the bags had been gone through.'],
    ['food_hospitality', 'Someone had been in our room while we were at dinner.'],
    ['food_hospitality', 'The key to our room also opened the room next door.'],
    ['food_hospitality', "My key card opened another guest's room."],
    ['trades_repairs', 'The gate has been broken since March and anybody can just walk in.'],
    ['trades_repairs', 'Homeless people were sleeping in the lobby every night.'],
    ['food_hospitality', 'The side door was propped open all night so anyone could walk in.'],
  ];
  heldFor('security', cases);
});

describe('ordinary trouble with keys, locks and doors is no security matter', () => {
  const cases: Array<[SectorGroup, string]> = [
    ['food_hospitality', 'The key card stopped working and I had to go down to the desk to get a new one.'],
    ['trades_repairs', 'The lock was stiff and the door squeaks every time you open it.'],
    ['trades_repairs', 'The basement laundry was dirty and two of the dryers were broken.'],
    [
      'food_hospitality',
      'Housekeeping entered our room to clean while we were out, which was fine, but left no towels.',
    ],
    [
      'trades_repairs',
      'The locksmith came out in an hour and my new key opens the door fine, but he overcharged.',
    ],
    ['trades_repairs', 'Strangers kept asking the crew for directions, which slowed the job down.'],
    ['food_hospitality', 'Anyone can walk in without a reservation, but the wait was two hours.'],
    [
      'food_hospitality',
      'The door is always open and anyone can walk in for a coffee, which we loved, but the cake was stale.',
    ],
    ['food_hospitality', 'We were sleeping in the lobby for an hour because the room was not ready.'],
    [
      'trades_repairs',
      'The locksmith rekeyed the house and now my key opens every door, which is what I wanted, but it took all day.',
    ],
  ];
  notHeld('security', cases);
});

describe('theft from lockers and changing rooms is a security matter', () => {
  const cases: Array<[SectorGroup, string]> = [
    ['health', 'My wallet was stolen from the locker room while I swam.'],
    ['health', 'Things get stolen from lockers all the time and staff shrug.'],
    ['health', 'Someone stole my phone out of my gym locker and the front desk did nothing.'],
    ['retail', 'My bag was taken from the changing room while I tried on jeans.'],
    ['health', 'The locker room is dirty and there are thieves about, so hide your stuff.'],
  ];
  heldFor('security', cases);

  describe('not from lockers alone', () => {
    notHeld(null, [
      ['health', 'I forgot my lock and had to buy one at the front desk for ten dollars.'],
      ['health', 'The lockers are tiny and half of them are broken.'],
      ['health', 'The changing room was dirty and someone had taken all the towels.'],
      ['health', 'The lockers are a steal at two dollars, but the showers were cold.'],
      ['health', 'I was taken to the changing room by a nurse and left there for an hour.'],
    ]);
  });
});

describe('the reviewer’s own swearing and a debt collector’s calls are no abuse or harassment', () => {
  const cases: Array<[SectorGroup, string]> = [
    ['food_hospitality', 'This place is f***ing awful and the fries were cold.'],
    ['food_hospitality', 'What a sh*t show, we waited an hour for a table.'],
    ['retail', 'Fucking useless customer service, three weeks and no refund.'],
    ['retail', 'I was harassed with calls about my balance for a month after I cancelled.'],
    ['professional', 'They keep harassing me to pay a bill I already settled.'],
    ['health', 'Their billing office harassed me for months over a twenty dollar copay.'],
    ['health', 'The collections agency they use harassed me daily.'],
    ['food_hospitality', 'These f**king losers cannot cook, and the owner is a moron.'],
    ['retail', 'Absolute cunts, never again.'],
  ];
  notHeld(null, cases);

  const still: Array<[IncidentKind, SectorGroup, string]> = [
    ['abuse', 'food_hospitality', 'The manager swore at us and told us to get out.'],
    ['abuse', 'retail', 'The owner called me a fucking idiot in front of everyone.'],
    ['harassment', 'food_hospitality', 'The bartender kept harassing my girlfriend all night.'],
    ['harassment', 'health', 'The trainer harassed me with messages about my body after class.'],
    [
      'harassment',
      'food_hospitality',
      'A drunk regular harassed my daughter for an hour and staff did nothing.',
    ],
    [
      'abuse',
      'food_hospitality',
      'The manager yelled at me "you fucking idiot" and threw the receipt at the wall.',
    ],
    ['abuse', 'food_hospitality', 'He called my wife a cunt when she asked for the bill.'],
  ];
  it.each(still)('still escalates %s (%s): %s', (kind, group, text) => {
    expect(reasonsFor(text, group)).toContain(kind);
  });
});

describe('the holding reply for the new kinds reads sensibly', () => {
  const draftFor = (kind: string, text: string) => {
    const profile = loadProfile(kind);
    const r = { author: 'Sam P.', rating: 1, text };
    return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
  };

  it.each([
    [
      'service',
      "Squatters lived in the basement for weeks. Everyone's keys worked on everyone's doors.",
      /the squatters/,
    ],
    ['salon', 'My wallet was stolen from the locker room and staff shrugged.', /the theft/],
    ['salon', 'Someone stole my phone out of my gym locker and the front desk did nothing.', /the theft/],
    ['shop', 'I took them to small claims court and won.', /serious/],
  ])('%s: %s', (kind, text, words) => {
    const draft = draftFor(kind, text);
    expect(draft).toMatch(words);
    expect(draft).not.toMatch(/\brefund|replace|on us|our fault|we did not|disappoint/i);
  });
});
