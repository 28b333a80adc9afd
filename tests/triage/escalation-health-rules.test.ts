import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup = 'food_hospitality', rating = 2) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe('public-health rules broken where customers are served', () => {
  it.each([
    'Staff chatted happily with guests who walked around the dining room without a mask. The state guidance says masks must be worn inside, and they ignored it.',
    'During the pandemic not one of the servers was wearing a mask, and nobody reminded the diners either.',
    'Nobody on staff wore a mask, though the county mandate required them indoors.',
    'The county order capped tables at half, yet they ignored the capacity limits and packed the patio in the middle of the outbreak.',
    'There was no social distancing at all in the queue, in clear breach of the covid rules.',
    'Our waitress kept coughing into her hand and then set our plates down.',
    'The cook came out of the restroom, did not wash his hands, and went straight back to making the burgers.',
    'The woman at the counter took my cash and then made my sandwich without gloves.',
    'A clerk who clearly should not have been working that day sneezed all over my forms.',
    'The lady who should not have been at work, she was so ill, coughed all over my paperwork.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text)).toContain('hygiene');
  });

  it('is held in a shop too, where the rule was broken at the till', () => {
    expect(
      reasonsFor(
        'Half the cashiers had their masks pulled down below their noses, even though the mask mandate was still on.',
        'retail',
      ),
    ).toContain('hygiene');
  });

  it.each([
    'I wore my mask the whole time, as everyone did, and the pasta was cold.',
    'The tables are far too close together; we could hear every word the next table said.',
    'We went in covid times, so the menu was short, but the steak was overcooked.',
    'Staff were all masked and the tables spaced out, so we felt safe. Shame the soup was bland.',
    'I forgot my mask and they kindly gave me one at the door, but the service was slow.',
    'The rules say no one gets in without a mask and they stuck to it, yet the wait was an hour.',
    'The waiter seemed sick of us by the end and the bill was wrong.',
    'The wings come without gloves or wipes, so bring your own napkins if you are making a mess.',
    'I did not wash my hands before eating and there was no soap, which is my only gripe besides the price.',
  ])('is not read into near misses: %s', (text) => {
    expect(reasonsFor(text)).not.toContain('hygiene');
  });
});
