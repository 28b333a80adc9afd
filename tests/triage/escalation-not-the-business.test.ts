import { triageReview } from '@rebound/server/triage/index';
import type { IncidentKind, SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

// Each case: the kind, the sector, a review that is still held, and a near miss that names the same thing without
// laying it at the business's door.
const cases: Array<[string, IncidentKind, SectorGroup, string, string, number]> = [
  [
    'a reviewer rebuking another reviewer for prejudice',
    'discrimination',
    'health',
    'The front desk manager made homophobic remarks about my partner and me.',
    'Someone complained about gay men in the locker room. Get over yourself and your homophobia, dude. Great gym.',
    5,
  ],
  [
    'police called about neighbours or other guests',
    'legal_threat',
    'retail',
    'The manager would not give my deposit back, so I had to call the police to get it.',
    'The neighbours were loud and I had to call the police three times because they would not turn the music down.',
    1,
  ],
  [
    'a second payment called extortion, with no threat made',
    'legal_threat',
    'retail',
    'The seller tried to extort money from me by threatening to post my address online unless I paid.',
    'They attempted to extort a second payment for items never delivered, saying the refund would come late.',
    5,
  ],
  [
    'an anti-virus program blocking the software, not a virus on the disc',
    'security',
    'retail',
    'My virus scanner found two viruses on the install disc that came sealed in the box.',
    "The company's anti-virus blocked the preloaded software as an intruder, so I had to uninstall it.",
    2,
  ],
  [
    'stock a day or so past its date, told as a shopping tip',
    'food_safety',
    'retail',
    'They sold me milk that was two weeks past its expiration date.',
    'Some shelf items could be slightly past the expiration date, so check your dates. Great prices though.',
    4,
  ],
];

describe('incidents told of someone other than the business', () => {
  it.each(cases)('%s: the complaint is held', (_, kind, sectorGroup, held) => {
    expect(reasonsFor(held, sectorGroup)).toContain(kind);
  });
  it.each(cases)('%s: the near miss is not', (_, kind, sectorGroup, __, nearMiss, rating) => {
    expect(reasonsFor(nearMiss, sectorGroup, rating)).not.toContain(kind);
  });
});
