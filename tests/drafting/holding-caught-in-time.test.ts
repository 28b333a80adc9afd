import { describe, expect, it } from 'vitest';
import { sectorGroupOf, triageReview } from '../../server/src/triage/index.ts';
import { draftFor, loadProfile } from './sample-drafts.ts';

const GET_WELL = /feeling better|on the mend|recovering|healing/;

describe('an allergen caught before it did harm', () => {
  it('is not answered with a wish to feel better', () => {
    const draft = draftFor(
      loadProfile('hotel'),
      'I ordered plain porridge at breakfast and the waiter swapped it for one with walnuts. I am allergic. I had to send it back and wait again.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(GET_WELL);
    // It says what happened rather than "what you describe".
    expect(draft.text).toMatch(/being served something you cannot eat/);
    expect(draft.text).not.toMatch(/about what you describe/);
  });

  it('still wishes well a guest who had a reaction (near miss)', () => {
    const draft = draftFor(
      loadProfile('restaurant'),
      'I told the waiter about my nut allergy and the dessert still came covered in almonds. I had an allergic reaction and my throat swelled.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(GET_WELL);
  });
});

describe('smoke told after a smell of burning', () => {
  const text =
    'After the oil change I noticed a smell of burning on the motorway. At the lights the cabin filled with smoke and it was pouring from under the bonnet. The cap had been left off.';

  it('is read and named as the smoke', () => {
    const triage = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf('automotive') });
    expect(triage.situation.incidents).toContain('fire_smoke');
    expect(triage.situation.evidence.map((e) => e.text).join(' ')).toMatch(/smoke/);
    const draft = draftFor(loadProfile('auto'), text);
    expect(draft.text).toMatch(/the smoke/);
    expect(draft.text).not.toMatch(/burning smell/);
  });

  it('a smell of burning alone is still escalated and named as the smell (near miss)', () => {
    const alone =
      'Two days after the repair there was a strong smell of burning from the engine whenever I drove.';
    expect(
      triageReview({ rating: 1, text: alone }, { sectorGroup: sectorGroupOf('automotive') }).situation
        .incidents,
    ).toContain('fire_smoke');
    expect(draftFor(loadProfile('auto'), alone).text).toMatch(/burning smell/);
  });
});
