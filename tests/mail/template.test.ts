import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedbackMergeFields, renderTemplate, validateTemplate } from '../../server/src/mail/template.ts';

// Mostly the characters that matter, so a broken escaper is caught in the first few runs.
const hostileString = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '&',
      '`',
      '=',
      '{',
      '}',
      'a',
      ' ',
      '\r',
      '\n',
      '\u202e',
      '\u2028',
    ),
  }),
  fc.string({ unit: 'binary' }),
);

describe('renderTemplate', () => {
  it('substitutes known merge fields, with or without spaces inside the braces', () => {
    const out = renderTemplate(
      'Hi {{firstName}}, thanks from {{ businessName }}!',
      { firstName: 'Ana', businessName: 'Bloom' },
      'text',
    );
    expect(out).toBe('Hi Ana, thanks from Bloom!');
  });

  it('leaves unknown, null and undefined fields empty and formats numbers', () => {
    const out = renderTemplate('[{{nope}}][{{a}}][{{b}}][{{n}}]', { a: null, b: undefined, n: 42 }, 'text');
    expect(out).toBe('[][][][42]');
  });

  it('uses the fallback after a pipe only when the value is empty', () => {
    expect(renderTemplate('Hi {{firstName|there}}', { firstName: '' }, 'text')).toBe('Hi there');
    expect(renderTemplate('Hi {{firstName | there}}', { firstName: 'Kai' }, 'text')).toBe('Hi Kai');
  });

  it('escapes every value in html mode', () => {
    const out = renderTemplate(
      '<a title="{{x}}">{{y}}</a>',
      { x: '"><img src=x onerror=alert(1)>', y: '<script>&' },
      'html',
    );
    expect(out).toBe(
      '<a title="&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;">&lt;script&gt;&amp;</a>',
    );
  });

  it('removes CR, LF and control characters from values in text mode', () => {
    const out = renderTemplate('Subject: {{name}}', { name: 'Evil\r\nBcc: x@y.example\u0000\u0007' }, 'text');
    expect(out).toBe('Subject: Evil Bcc: x@y.example');
  });

  it('drops bidi override characters but keeps right-to-left letters', () => {
    const out = renderTemplate('Hi {{name}}!', { name: '\u202eשרה\u2066' }, 'text');
    expect(out).toBe('Hi שרה!');
  });

  it('never expands template syntax found inside a value', () => {
    const out = renderTemplate('{{a}}', { a: '{{b}}', b: 'SECRET' }, 'text');
    expect(out).toBe('{{b}}');
  });

  it('does not read merge values from the object prototype', () => {
    expect(renderTemplate('[{{constructor}}][{{toString}}]', {}, 'text')).toBe('[][]');
  });

  it('keeps html-mode output free of markup from any value (property)', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        const out = renderTemplate('<p>{{v}}</p>', { v: value }, 'html');
        const inner = out.slice(3, -4);
        expect(inner).not.toMatch(/[<>"'`]/);
        expect(inner).not.toMatch(/&(?!(amp|lt|gt|quot|#39|#96|#61);)/);
      }),
    );
  });

  it('keeps text-mode output on one line for any value (property)', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        expect(renderTemplate('{{v}}', { v: value }, 'text')).not.toMatch(/[\r\n\u2028\u2029\u202e]/);
      }),
    );
  });
});

describe('validateTemplate', () => {
  it('accepts a template that only uses allowed fields', () => {
    expect(validateTemplate('Hi {{firstName|there}}, visit {{feedbackUrl}}', feedbackMergeFields)).toEqual({
      ok: true,
    });
  });

  it('reports each unknown field once', () => {
    const result = validateTemplate('{{firstName}} {{coupon}} {{coupon}} {{ssn}}', feedbackMergeFields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.filter((e) => e.includes('{{coupon}}'))).toHaveLength(1);
    expect(result.errors.some((e) => e.includes('{{ssn}}'))).toBe(true);
  });

  it('reports unclosed and malformed merge fields', () => {
    const result = validateTemplate('Hi {{first name}} and {{firstName', feedbackMergeFields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/Malformed merge field "\{\{first name\}\}"/);
    expect(result.errors.join('\n')).toMatch(/Unclosed merge field/);
  });

  it.each([
    'Leave us a review and get 10% off your next visit',
    'Post a 5-star review to be entered to win a gift card',
    'Rate us on Google for a free coffee',
    'We will send you a $20 voucher in exchange for your review',
  ])('rejects wording that offers an incentive for a review: %s', (template) => {
    const result = validateTemplate(template, feedbackMergeFields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join(' ')).toMatch(/incentive/i);
  });

  it.each([
    'Feel free to leave a review if you have a free moment: {{feedbackUrl}}',
    'Your feedback helps us improve, whatever you think of us. {{feedbackUrl}}',
  ])('accepts ordinary review-request wording: %s', (template) => {
    expect(validateTemplate(template, feedbackMergeFields)).toEqual({ ok: true });
  });
});
