import { ExtractError } from './errors.ts';

/**
 * The deepest nesting a fetched document may have. HTML parsers do work proportional to the depth for every
 * tag they meet, so a page of 100,000 nested elements costs minutes; real review pages stay under 100 levels,
 * and Chrome's own parser stops nesting at 512.
 */
export const MAX_NESTING_DEPTH = 1000;

// Elements that never have children, so they add no depth.
const voidTags = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(
    ' ',
  ),
);
// Elements whose end tag HTML allows to be left out: a new sibling of the same kind closes the previous one.
const impliedEnd = new Set('p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp'.split(' '));
// Text inside these is never markup.
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'plaintext']);
// How far down the open elements an end tag may look for its start tag; bounded, so a scan stays linear.
const CLOSE_REACH = 8;

const tagPattern = /<(!--|!\[CDATA\[|[!?]|\/?)([A-Za-z][^\s/>]*)?/g;

/**
 * How deeply the elements of an HTML or XML document nest, read in one linear pass without building a tree
 * (end tags that HTML lets authors leave out are taken into account, so ordinary pages are not overcounted).
 */
export function measureMarkupDepth(body: string): number {
  const open: string[] = [];
  let deepest = 0;
  tagPattern.lastIndex = 0;
  for (let match = tagPattern.exec(body); match; match = tagPattern.exec(body)) {
    const [, prefix = '', rawName] = match;
    const after = match.index + match[0].length;
    if (prefix === '!--' || prefix === '![CDATA[') {
      const end = body.indexOf(prefix === '!--' ? '-->' : ']]>', after);
      if (end < 0) break;
      tagPattern.lastIndex = end + 3;
      continue;
    }
    const close = body.indexOf('>', after);
    if (close < 0) break;
    tagPattern.lastIndex = close + 1;
    if (prefix === '!' || prefix === '?' || !rawName) continue;
    const name = rawName.toLowerCase();
    if (prefix === '/') {
      closeElement(open, name);
      continue;
    }
    if (voidTags.has(name) || body[close - 1] === '/') continue;
    if (impliedEnd.has(name) && open.at(-1) === name) open.pop();
    if (rawText.has(name)) {
      // The element itself counts; its text holds no markup.
      if (open.length + 1 > deepest) deepest = open.length + 1;
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = close + 1;
      const end = endTag.exec(body);
      if (!end) break;
      tagPattern.lastIndex = end.index;
      continue;
    }
    open.push(name);
    if (open.length > deepest) deepest = open.length;
  }
  return deepest;
}

function closeElement(open: string[], name: string): void {
  const reach = Math.max(0, open.length - CLOSE_REACH);
  for (let i = open.length - 1; i >= reach; i--) {
    if (open[i] === name) {
      open.length = i;
      return;
    }
  }
}

/** How deeply the arrays and objects of a JSON document nest, strings skipped. */
export function measureJsonDepth(body: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++;
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if ((ch === 125 || ch === 93) && depth > 0) depth--;
  }
  return deepest;
}

/** Refuses a document nested deeper than `limit`, before any parser sees it. */
export function assertNestingWithin(body: string, limit = MAX_NESTING_DEPTH): void {
  const trimmed = body.trimStart();
  const isJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  const depth = isJson ? measureJsonDepth(trimmed) : measureMarkupDepth(trimmed);
  if (depth > limit) {
    throw new ExtractError(
      'too_deep',
      `The page nests elements ${depth.toLocaleString('en-US')} deep; the limit is ${limit.toLocaleString('en-US')}.`,
    );
  }
}
