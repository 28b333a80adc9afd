import type { AnyNode } from 'domhandler';

/** A schema.org node in JSON-LD shape; microdata and RDFa are read into the same shape. */
export type LdNode = Record<string, unknown>;

/** For nodes read from HTML: the element they came from, so an item without a name can use its text. */
export const sourceElements = new WeakMap<LdNode, AnyNode>();

export function isLdNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Last segment of a type or property IRI: "https://schema.org/Review" and "schema:Review" → "Review". */
export function localName(iri: string): string {
  const trimmed = iri.trim();
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'), trimmed.lastIndexOf(':'));
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

export function typesOf(node: LdNode): string[] {
  const raw = node['@type'] ?? node.type;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((type): type is string => typeof type === 'string').map(localName);
}

/** The first usable value of a property that may be a list, or a JSON-LD value object. */
export function firstValue(value: unknown): unknown {
  const item = Array.isArray(value) ? value.find((entry) => entry !== null && entry !== undefined) : value;
  if (isLdNode(item) && '@value' in item) return item['@value'];
  return item;
}

/** Reads the first of several alternative property names (schema.org and older vocabularies). */
export function pick(node: LdNode, ...names: string[]): unknown {
  for (const name of names) {
    const value = node[name];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) return value;
  }
  return undefined;
}

export function pushProperty(node: LdNode, name: string, value: unknown): void {
  const existing = node[name];
  if (Array.isArray(existing)) existing.push(value);
  else node[name] = [value];
}
