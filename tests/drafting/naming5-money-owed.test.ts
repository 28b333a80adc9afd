import { describe, expect, it } from 'vitest';
import { draftWith } from './remedies-helpers.ts';
import { judged } from './remedy-helpers.ts';

// "Won't return money", told as things stand now, is money still owed: a reply that says the reviewer's request "was
// turned down" states a refusal nobody reported. A refund refused outright ("would not give me my money back") is
// still told as refused.

const store = judged('electronics-store');

describe('money the reviewer says a seller will not return', () => {
  it('is told as still owed', () => {
    const reply = draftWith(
      store,
      'I sent the wrong cartridges back as told and wrote three letters. Two weeks ago someone said I should have my ' +
        'money back and she would see to it. Nothing since.',
      1,
      "Won't return money",
    );
    expect(reply).toMatch(/\bstill waiting for your money back\b/);
    expect(reply).not.toMatch(/\bturned down\b/);
  });
});

describe('a refund refused outright (near miss)', () => {
  it('is still told as turned down', () => {
    const reply = draftWith(
      store,
      'The speaker died after a week and the manager would not give me my money back.',
      1,
      'Refused a refund',
    );
    expect(reply).toMatch(/\bturned down\b|\brefus/);
  });
});
