import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import type { IncidentKind, SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../drafting/sample-drafts.ts';

const triage = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup });

describe('escalation of police, access, security, spoiled food, dismissed symptoms and creepy staff', () => {
  const cases: Array<[IncidentKind, SectorGroup, string]> = [
    [
      'legal_threat',
      'trades_repairs',
      'They would not release my van until I paid for work I never approved, so I rang the police to get it back.',
    ],
    ['legal_threat', 'retail', 'Charging me twice and pretending it was a mistake is outright fraud.'],
    [
      'legal_threat',
      'trades_repairs',
      'They tried to extort another three hundred dollars before handing over my keys.',
    ],
    [
      'discrimination',
      'food_hospitality',
      'I use a wheelchair and asked for a ground floor room when booking, but the desk ignored it and put us on the fourth floor.',
    ],
    [
      'security',
      'food_hospitality',
      'The door to our room would not lock, and the side entrance was propped open all night so anyone could walk in.',
    ],
    ['security', 'food_hospitality', 'Our car was broken into in the hotel car park on the second night.'],
    [
      'security',
      'trades_repairs',
      'Three cars in the lot were vandalized while the shop had mine over the weekend.',
    ],
    [
      'food_safety',
      'retail',
      'Half the yoghurt on the shelf was out of date and the fish I bought had a sell-by date from 2019.',
    ],
    ['food_safety', 'food_hospitality', 'They served us mouldy bread with the soup.'],
    [
      'patient_safety',
      'health',
      'I told the doctor the pain was severe and he brushed me off; two days later I was in the hospital.',
    ],
    ['harassment', 'health', 'The doctor was creepy and made remarks about my body during the exam.'],
  ];
  it.each(cases)('escalates %s (%s): "%s"', (kind, group, text) => {
    const t = triage(text, group);
    expect(t.situation.incidents).toContain(kind);
    expect(t.escalation.escalate).toBe(true);
  });

  const nearMisses: Array<[string, SectorGroup, string]> = [
    ['a figure of speech about being robbed', 'professional', 'Ninety dollars for a trim. I felt robbed.'],
    [
      'an expired coupon',
      'food_hospitality',
      'They would not take my coupon because it had expired yesterday.',
    ],
    ['a security deposit', 'food_hospitality', 'They kept part of my security deposit for no reason.'],
    [
      'a cabinet door on a product',
      'retail',
      'The cabinet door does not close properly and the hinge is flimsy.',
    ],
    ['rotten service', 'food_hospitality', 'Rotten service and a cold room, never again.'],
    ['a burglar alarm sold by a shop', 'retail', 'The burglar alarm beeps for no reason at night.'],
    [
      'a doctor running late',
      'health',
      'The doctor was forty minutes late and the receptionist was short with me.',
    ],
    [
      'fraud charges the bank reversed',
      'professional',
      'Someone made fraudulent charges on my card and the bank fixed it fast, but the app is slow.',
    ],
    ['a creepy hallway', 'food_hospitality', 'The hallway was creepy and dark and the carpet smelled.'],
  ];
  it.each(nearMisses)('does not escalate %s', (_name, group, text) => {
    expect(triage(text, group, 2).escalation).toEqual({ escalate: false, reasons: [] });
  });

  it('answers these cases with a holding reply that admits nothing and offers nothing', () => {
    for (const [kind, text] of [
      [
        'hotel',
        'The door to our room would not lock and a stranger walked in at 2am. No one at the desk cared.',
      ],
      ['medical', 'The doctor dismissed my chest pains and sent me home; it turned out to be serious.'],
      ['shop', 'The milk they sold me was expired by two weeks and the meat was rotten.'],
    ] as const) {
      const profile = loadProfile(kind);
      const r = { author: 'Sam P.', rating: 1, text };
      const draft = composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile);
      expect(draft.kind, text).toBe('holding');
      expect(draft.text).not.toMatch(/apolog|not good enough|on us|refund|replacement|discount|free/i);
    }
  });
});
