import { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

const alwaysLists = new Set(['entry', 'item', 'link', 'content', 'author', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Ids such as Apple's 6310006838 must stay strings; numbers would round long ones.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => alwaysLists.has(name),
});

/** Parses XML with any DOCTYPE removed first, so declared entities cannot expand. */
export function parseXml(body: string): XmlNode | null {
  const withoutDoctype = body.replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/gi, '');
  try {
    const parsed: unknown = parser.parse(withoutDoctype);
    return isXmlNode(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function isXmlNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text of an element whether the parser gave a string or an object with attributes. */
export function textOf(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  if (isXmlNode(first)) return textOf(first['#text']);
  return '';
}

export function attributeOf(value: unknown, name: string): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isXmlNode(first)) return null;
  const attribute = first[`@_${name}`];
  return typeof attribute === 'string' ? attribute : null;
}

/** The href of the first link with `rel` (Atom links, and atom:link inside RSS channels). */
export function linkHref(links: unknown, rel: string): string | null {
  for (const link of asList(links)) {
    if (!isXmlNode(link)) continue;
    const linkRel = typeof link['@_rel'] === 'string' ? link['@_rel'] : 'alternate';
    if (linkRel.split(/\s+/).includes(rel) && typeof link['@_href'] === 'string') return link['@_href'];
  }
  return null;
}
