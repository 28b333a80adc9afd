import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const clauses = (text: string) => nameComplaints(text, 'food_hospitality').map((n) => n.clause);

describe('service so bad the guests walked out', () => {
  it.each([
    'Rooms are tired. We went down for breakfast and the service was so terrible we walked out.',
    'Booked dinner for six. The service was absolutely appalling and we got up and left after forty minutes.',
    'Lunch should have been easy, but the service was a joke and we walked out before ordering.',
  ])('%s', (text) => {
    expect(clauses(text)).toContain('you walked out because the service was so poor');
    expect(clauses(text)).not.toContain('the food was such a letdown');
    for (const reply of everyWording(judged('hotel'), text)) expect(reply).not.toMatch(/\bfood\b/i);
  });

  it('still reads a verdict on a dish beside a meal named', () => {
    expect(clauses('We went for breakfast and the eggs were awful.')).toContain(
      'the food was such a letdown',
    );
    expect(clauses('The service was terrible but we stayed for dessert.')).not.toContain(
      'you walked out because the service was so poor',
    );
  });
});

describe('a seat refused where the guests asked for one', () => {
  it('is not told as being turned away', () => {
    const text =
      'The hostess was abrupt and refused to seat us away from the door, though half the tables were empty. The pizza was bland.';
    expect(clauses(text)).not.toContain('you were turned away');
    for (const reply of everyWording(judged('restaurant'), text, { rating: 2 }))
      expect(reply).not.toMatch(/turned away|sent away/);
  });

  it('still tells a table refused outright as being turned away', () => {
    expect(clauses('We arrived ten minutes before closing and they refused to seat us.')).toContain(
      'you were turned away',
    );
  });
});
