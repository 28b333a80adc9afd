import { describe, expect, it } from 'vitest';
import { firstNameFrom } from '../../server/src/drafting/first-name.ts';

// Display names made of ordinary words ("California Dreamer", "Spends Too Much", "Tongue Tied", "Treble") are
// handles, not names: a reply greets nobody rather than "Hi California,". Names with a surname or an initial are
// still greeted, whatever the surname.

describe('a display name made of ordinary words', () => {
  it.each([
    'California Dreamer',
    'Weary Road Warrior',
    'Rocket Scientist',
    'Spends Too Much',
    'Headset Horseman',
    'Tongue Tied',
    'Always Lost',
    'Tall Paul',
    'Oil Can "Oil Can"',
    'Treble',
    'Musicfan',
    'Crispy',
  ])('gives no greeting for %j', (author) => {
    expect(firstNameFrom(author)).toBeNull();
  });
});

describe('a name with a surname or an initial (near miss)', () => {
  it.each([
    ['Rono Wubker', 'Rono'],
    ['Sunday M. Thompson', 'Sunday'],
    ['Chip Gandy', 'Chip'],
    ['Cosima Tallis', 'Cosima'],
  ])('greets %j as %j', (author, name) => {
    expect(firstNameFrom(author)).toBe(name);
  });
});
