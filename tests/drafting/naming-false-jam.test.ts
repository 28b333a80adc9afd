import { describe, expect, it } from 'vitest';
import { named } from './device-helpers.ts';

describe('a jam the printer reports where there is none is not told as a printer that kept jamming', () => {
  it('does not name a phantom jam as jamming', () => {
    expect(named('It shows a phantom paper jam every few prints.', 'False jam errors')).not.toContain(
      'it kept jamming',
    );
    expect(named('I cleared the paper jam but the printer still kept showing the error.')).not.toContain(
      'it kept jamming',
    );
  });

  it('still names a printer that keeps jamming', () => {
    expect(named('It jams up on every third page and the paper comes out creased.')).toContain(
      'it kept jamming',
    );
  });
});
