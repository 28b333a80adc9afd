import { describe, expect, it } from 'vitest';
import { readSituation } from '../../server/src/triage/index.ts';

const read = (text: string) => readSituation({ rating: 2, text }, { sectorGroup: 'food_hospitality' });

describe('noise told as what someone or something kept doing', () => {
  it('reads dogs that started barking early, with the tense put right', () => {
    const situation = read(
      'The room was fine. But these dogs starting barking at six in the morning, every day.',
    );
    expect(situation.item).toBe('the dogs');
    expect(situation.problem).toBe('started barking at six in the morning');
  });

  it('reads neighbours who kept slamming doors', () => {
    const situation = read('The neighbours kept slamming doors all night. The bed was fine.');
    expect(situation.problem).toBe('kept slamming doors all night');
  });

  it('reads no complaint from children shouting with joy (near miss)', () => {
    expect(read('The kids were shouting with joy at the pool and the staff were lovely.').problem).toBeNull();
  });
});
