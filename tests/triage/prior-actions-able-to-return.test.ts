import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

const actionsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation.priorActions;

describe('goods the reviewer was able to return are returned', () => {
  it.each([
    'The transmitter died after ten days. I was able to return it and bought a different one instead.',
    'The hinge snapped in a week. We managed to return them before the window closed.',
  ])('reads %j as returned', (text) => {
    expect(actionsOf(text)).toContain('returned');
  });

  it.each([
    'The transmitter died after ten days. I was not able to return it because the box was gone.',
    'The hinge snapped in a week. I wish I was able to return them, but the shop said no.',
  ])('does not read %j as returned (near miss)', (text) => {
    expect(actionsOf(text)).not.toContain('returned');
  });
});
