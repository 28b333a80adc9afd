import { findIncentiveWording } from './incentive-wording.ts';
import { escapeHtml, toSingleLine, truncateText } from './text-safety.ts';

export type MergeValue = string | number | null | undefined;

export type TemplateSegment =
  | { kind: 'literal'; text: string }
  | { kind: 'field'; name: string; fallback: string };

/** Fields a feedback-request subject or body may use. */
export const feedbackMergeFields: readonly string[] = Object.freeze([
  'firstName',
  'lastName',
  'clientName',
  'businessName',
  'locationName',
  'senderName',
  'feedbackUrl',
  'unsubscribeUrl',
]);

// `{{ name }}` or `{{ name | fallback }}`; the fallback is the template author's text, used when the value is empty.
const tagPattern = /\{\{\s*([A-Za-z][A-Za-z0-9_]{0,63})\s*(?:\|([^{}|\r\n]{0,200}))?\}\}/y;
const maxTemplateLength = 20_000;
// Bounds what one merge value can add to a message; long enough for any real URL.
const maxValueGraphemes = 2_048;

/** Splits a template once, so values substituted later can never be read as template syntax. */
export function parseTemplate(template: string): { segments: TemplateSegment[]; errors: string[] } {
  const segments: TemplateSegment[] = [];
  const errors: string[] = [];
  let literal = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{{', index);
    if (open === -1) {
      literal += template.slice(index);
      break;
    }
    literal += template.slice(index, open);
    tagPattern.lastIndex = open;
    const match = tagPattern.exec(template);
    if (!match) {
      const close = template.indexOf('}}', open);
      const shown = close === -1 ? template.slice(open, open + 20) : template.slice(open, close + 2);
      errors.push(close === -1 ? `Unclosed merge field "${shown}"` : `Malformed merge field "${shown}"`);
      literal += '{{';
      index = open + 2;
      continue;
    }
    if (literal) segments.push({ kind: 'literal', text: literal });
    literal = '';
    segments.push({ kind: 'field', name: match[1] ?? '', fallback: (match[2] ?? '').trim() });
    index = open + match[0].length;
  }
  if (literal) segments.push({ kind: 'literal', text: literal });
  return { segments, errors };
}

/** The cleaned, single-line text of one merge value (empty for null, undefined and unknown fields). */
export function resolveMergeValue(
  segment: { name: string; fallback: string },
  fields: Record<string, MergeValue>,
): string {
  const raw = Object.hasOwn(fields, segment.name) ? fields[segment.name] : undefined;
  const text = raw === null || raw === undefined ? '' : toSingleLine(String(raw));
  return truncateText(text || toSingleLine(segment.fallback), maxValueGraphemes);
}

export function renderTemplate(
  template: string,
  fields: Record<string, MergeValue>,
  mode: 'text' | 'html',
): string {
  const { segments } = parseTemplate(template);
  return segments
    .map((segment) => {
      if (segment.kind === 'literal') return segment.text;
      const value = resolveMergeValue(segment, fields);
      return mode === 'html' ? escapeHtml(value) : value;
    })
    .join('');
}

export function validateTemplate(
  template: string,
  allowed: readonly string[],
): { ok: true } | { ok: false; errors: string[] } {
  if (template.length > maxTemplateLength) {
    return { ok: false, errors: [`Template is longer than ${maxTemplateLength} characters`] };
  }
  const { segments, errors } = parseTemplate(template);
  const unknown = new Set<string>();
  for (const segment of segments) {
    if (segment.kind === 'field' && !allowed.includes(segment.name)) unknown.add(segment.name);
  }
  for (const name of unknown) {
    errors.push(`Unknown merge field {{${name}}}; available fields: ${allowed.join(', ')}`);
  }
  for (const phrase of findIncentiveWording(template)) {
    errors.push(`Offers an incentive for a review ("${phrase}"); review requests may not promise rewards`);
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
