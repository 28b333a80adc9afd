import type { AnyNode, Element } from 'domhandler';
import { cleanText } from './normalize/text.ts';

const blockTags = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'dd',
  'dt',
  'pre',
]);
const skippedTags = new Set(['script', 'style', 'template', 'noscript']);

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * The visible text of an element as a reader sees it: source line breaks are plain spaces, while
 * <br> and block elements start new lines.
 */
export function elementText(node: AnyNode): string {
  const parts: string[] = [];
  collectText(node, parts);
  return cleanText(parts.join(''));
}

function collectText(node: AnyNode, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(node.data.replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (node.type === 'cdata' || node.type === 'root') {
    for (const child of node.children) collectText(child, parts);
    return;
  }
  if (!isElement(node) || skippedTags.has(node.name)) return;
  if (node.name === 'br') {
    parts.push('\n');
    return;
  }
  const isBlock = blockTags.has(node.name);
  if (isBlock) parts.push('\n');
  for (const child of node.children) collectText(child, parts);
  if (isBlock) parts.push('\n');
}
