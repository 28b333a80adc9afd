import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { readAspects } from '@rebound/server/triage/situation/aspects';
import { describe, expect, it } from 'vitest';

type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group = 'food_hospitality'): string[] =>
  nameComplaints(text, group).map((n) => n.clause);

describe('dish faults said as a verdict rather than an adjective', () => {
  it('reads "mush" and "peppery water" as mushy and watery dishes', () => {
    const text =
      'The food here has no flavour at all. The salsa is spicy water at best, the beans are mush, and the rice ' +
      'is just plain rice.';
    expect(named(text)[0]).toBe('the salsa was watery and the beans were mushy');
  });

  it('reads "barely edible" and keeps the menu name of the dish', () => {
    const text =
      'We took home the Margherita and the Hawaiian pizza and they were both terrible. The Margherita pizza was the nicer one, but this pizza was so salty. The ' +
      'Hawaiian pizza was barely edible and drowned in a sweet sauce.';
    expect(named(text)[0]).toBe('the Hawaiian pizza was barely edible and the other pizza was so salty');
  });

  it('leaves water that is only water alone', () => {
    const aspects = readAspects('The water was cold and the pool was warm water all week.');
    expect(aspects.map((a) => a.words.join(' '))).not.toContain('watery');
  });

  it('does not read "edible" alone, or "barely" before anything else, as a fault', () => {
    const aspects = readAspects('The cake was edible. The room was barely lit.');
    expect(aspects.filter((a) => a.polarity === 'negative')).toEqual([]);
  });

  it('keeps one dish where only one kind was named', () => {
    const text =
      'We had two dishes and both were terrible. The pizza was so salty and the wings were barely edible.';
    expect(named(text)[0]).toBe('the pizza was so salty and the wings were barely edible');
  });

  it('keeps how a dish was made as part of its name', () => {
    const subjects = readAspects('The fried chicken was dry and the mashed potatoes were lumpy.').map(
      (a) => a.subject,
    );
    expect(subjects).toEqual(['the fried chicken', 'the mashed potatoes']);
  });

  it('reads a dish asked about and answered in one word', () => {
    const aspects = readAspects(
      'I had the chicken with sides. My "homemade" mashed potatoes? Cold. Nobody asked.',
    );
    expect(aspects.map((a) => `${a.subject} ${a.words.join(' ')}`)).toContain('your mashed potatoes cold');
  });

  it('reads no fault from a question answered by a word that is none', () => {
    expect(readAspects('Who cooked this? Nobody. The bill? Paid.')).toEqual([]);
  });

  it('does not take a word about a person for part of their name', () => {
    const subjects = readAspects('The tired waiter was rude.').map((a) => a.subject);
    expect(subjects).not.toContain('our tired waiter');
  });
});
