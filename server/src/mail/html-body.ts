import type { MergeValue, TemplateSegment } from './template.ts';
import { resolveMergeValue } from './template.ts';
import { escapeHtml, toCleanLines } from './text-safety.ts';

// The html part is derived from plain text; every character of it, template wording included, is escaped,
// so nothing a business or a client types can become markup.

function toParagraphs(escapedText: string): string {
  return escapedText
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p dir="auto">${block.split('\n').join('<br>\n')}</p>`)
    .join('\n');
}

export function renderLink(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
}

/** Renders a text template to html paragraphs; fields named in `linkFields` become links to themselves. */
export function renderTextTemplateAsHtml(
  segments: readonly TemplateSegment[],
  fields: Record<string, MergeValue>,
  linkFields: ReadonlySet<string>,
): string {
  const html = segments
    .map((segment) => {
      if (segment.kind === 'literal') return escapeHtml(toCleanLines(segment.text));
      const value = resolveMergeValue(segment, fields);
      if (!value) return '';
      // <bdi> keeps a right-to-left name from reordering the punctuation around it.
      return linkFields.has(segment.name) ? renderLink(value, value) : `<bdi>${escapeHtml(value)}</bdi>`;
    })
    .join('');
  return toParagraphs(html);
}

export function renderPlainTextAsHtml(text: string): string {
  return toParagraphs(escapeHtml(toCleanLines(text)));
}

export function wrapHtmlDocument(title: string, bodyHtml: string): string {
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body style="font-family: -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif; line-height: 1.5; color: #1f2328;">',
    bodyHtml,
    '</body>',
    '</html>',
  ].join('\n');
}
