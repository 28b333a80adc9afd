import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe('goods that wrecked another device they fed, with no cost named', () => {
  it.each([
    'I bought this power adapter for my camera. Two days later it killed the camera and it will not power on.',
    'The charger fried my phone the first night I plugged it in.',
    'These batteries leaked inside the remote and ruined the remote completely.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text, 'retail')).toContain('legal_threat');
  });

  it.each([
    'The adapter simply died after a month and the light no longer comes on.',
    'This charger stopped working after two weeks. Very poor quality.',
    'The radio kills batteries at an alarming rate and the reception is weak.',
    'My camera died on holiday, so I bought this charger, and it charges slowly.',
  ])('a device that died, or drained batteries, is an ordinary fault: %s', (text) => {
    expect(reasonsFor(text, 'retail')).not.toContain('legal_threat');
  });
});

describe('crime against a guest on the premises', () => {
  it.each([
    'Sketchy crowd. While I was eating a man came to our table and asked if we wanted to buy stolen jewellery.',
    'A guy at the bar kept trying to sell us drugs and nobody from the staff did anything.',
    'Someone snatched my purse off the back of my chair while we ate.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text, 'food_hospitality', 2)).toContain('security');
  });

  it.each([
    'Twenty dollars for a burger is highway robbery.',
    'The lunch special is a steal at this price, but the service was slow.',
    'They basically stole my money with those prices and the food was cold.',
  ])('prices and bargains are not a crime: %s', (text) => {
    expect(reasonsFor(text, 'food_hospitality', 2)).not.toContain('security');
  });
});

describe('a disabled guest sent where they could not easily go', () => {
  it.each([
    'They forced us to the upstairs lounge although my friend has muscular dystrophy and the stairs were hard for him.',
    'My mother uses a walker and they moved us to the second floor with no lift.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text, 'food_hospitality', 2)).toContain('discrimination');
  });

  it.each([
    'There was a wheelchair parked by the door and the food took an hour.',
    'The stairs to the upstairs room were a challenge with my bad knee, and the soup was cold.',
    'My friend in a wheelchair found the tables well spaced, but the steak was overcooked.',
  ])('a wheelchair or a bad knee mentioned with no one sent anywhere is not: %s', (text) => {
    expect(reasonsFor(text, 'food_hospitality', 2)).not.toContain('discrimination');
  });
});

describe('an adapter or disc left jammed in the car player, which is now broken', () => {
  it('is held for the owner as damage to other property', () => {
    expect(
      reasonsFor(
        'It worked for a week. Then it broke and is now stuck in my tape deck, and the tape deck in my car is now broken too.',
        'retail',
      ),
    ).toContain('legal_threat');
  });

  it.each([
    'My tape deck is broken, so I bought this transmitter instead, and the static is awful.',
    'A disc got stuck in the tray for a minute but came out fine; the picture is poor though.',
  ])('a deck broken before, or a disc stuck for a moment, is not: %s', (text) => {
    expect(reasonsFor(text, 'retail')).not.toContain('legal_threat');
  });
});
