import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContextFor, checkReply } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const grounding = (reply: string, reviewText: string, extra: Record<string, unknown> = {}) =>
  checkReply(reply, { reviewText, ...extra })
    .filter((f) => f.rule === 'grounding')
    .map((f) => ({ words: reply.slice(f.span.start, f.span.end), severity: f.severity }));

const RECEPTIONIST = 'The receptionist was rude when I checked in and would not let me leave my bags.';

describe('grounding', () => {
  it('fires on an invented item and marks its words', () => {
    expect(grounding('I’m sorry your steak was cold. Please call us on 555 010 2030.', RECEPTIONIST)).toEqual(
      [
        { words: 'steak', severity: 'advice' },
        { words: 'cold', severity: 'advice' },
      ],
    );
  });

  it('fires on an event the review never mentions', () => {
    const review = 'The blender stopped working after a week. Really disappointed.';
    expect(grounding('I am sorry the replacement also failed. We will refund you.', review)).toEqual([
      { words: 'replacement', severity: 'advice' },
    ]);
    expect(grounding('I am sorry the replacement blender also stopped working.', review)).toEqual([
      { words: 'replacement', severity: 'advice' },
    ]);
  });

  it('fires on praise the reviewer never gave', () => {
    const review = 'Ran the marathon this weekend; the staff were amazing and the room was spotless.';
    expect(grounding('Thank you so much for the kind words about the cocktails!', review)).toEqual([
      { words: 'cocktails', severity: 'advice' },
    ]);
  });

  it('is silent on a faithful reply, in other words than the review’s', () => {
    expect(
      grounding(
        'I’m sorry our receptionist was so unhelpful at check-in and wouldn’t hold your bags. We have spoken with the team. Please call Ana on 555 010 2030 so we can put it right.',
        RECEPTIONIST,
      ),
    ).toEqual([]);
  });

  it('lets the reply name the business, its people and its remedies in its own words', () => {
    const ctx = checkContextFor(
      {
        name: 'Harbour Hotel',
        contactName: 'Ana Ruiz',
        contactEmail: 'ana@harbour.example',
        contactPhone: '555 010 2030',
        regulated: false,
        serviceNoun: 'stay',
      },
      { text: RECEPTIONIST, rating: 2 },
    );
    const reply =
      'Thank you for telling us about the rude welcome at the desk, and I’m sorry it spoiled the start of your stay at Harbour Hotel. We would like to refund your first night and offer a free upgrade. Please call Ana Ruiz on 555 010 2030.';
    expect(checkReply(reply, ctx)).toEqual([]);
  });

  it('needs the review: without it there is nothing to compare', () => {
    expect(grounding('I’m sorry your steak was cold.', '')).toEqual([]);
  });

  it('catches every invented detail in the grounding set and none in its faithful replies', () => {
    const rows = readFileSync(path.join(import.meta.dirname, 'sets/grounding.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { review: string; reply: string; grounded: boolean });
    expect(rows.length).toBeGreaterThanOrEqual(40);
    const flagged = (r: { review: string; reply: string }) => grounding(r.reply, r.review).length > 0;
    expect(rows.filter((r) => !r.grounded && !flagged(r)).map((r) => r.reply)).toEqual([]);
    expect(rows.filter((r) => r.grounded && flagged(r)).map((r) => r.reply)).toEqual([]);
  });
});
