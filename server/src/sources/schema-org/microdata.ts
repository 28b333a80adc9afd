import type { AnyNode, Element } from 'domhandler';
import { elementText, isElement } from '../html-text.ts';
import { type LdNode, localName, pushProperty, sourceElements } from './ld-node.ts';

const srcTags = new Set(['audio', 'embed', 'iframe', 'img', 'source', 'track', 'video']);
const hrefTags = new Set(['a', 'area', 'link']);

/** Reads every top-level microdata item on the page (itemscope without itemprop, or orphaned). */
export function readMicrodata(root: AnyNode): LdNode[] {
  const idIndex = new Map<string, Element>();
  const topLevel: Element[] = [];
  indexElements(root, false, idIndex, topLevel);
  return topLevel.map((element) => readItem(element, idIndex, new Set()));
}

function indexElements(
  node: AnyNode,
  isInsideItem: boolean,
  ids: Map<string, Element>,
  top: Element[],
): void {
  const children = 'children' in node ? node.children : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    const id = child.attribs.id;
    if (id && !ids.has(id)) ids.set(id, child);
    const isItem = child.attribs.itemscope !== undefined;
    // An item that claims to be a property but has no item around it is still worth reading.
    if (isItem && (child.attribs.itemprop === undefined || !isInsideItem)) top.push(child);
    indexElements(child, isInsideItem || isItem, ids, top);
  }
}

function readItem(element: Element, ids: Map<string, Element>, path: Set<Element>): LdNode {
  const node: LdNode = {};
  sourceElements.set(node, element);
  const types = (element.attribs.itemtype ?? '').split(/\s+/).filter(Boolean).map(localName);
  if (types.length > 0) node['@type'] = types.length === 1 ? types[0] : types;
  const itemId = element.attribs.itemid?.trim();
  if (itemId) node['@id'] = itemId;
  path.add(element);
  const roots: AnyNode[] = [...element.children];
  for (const ref of (element.attribs.itemref ?? '').split(/\s+/).filter(Boolean)) {
    const referenced = ids.get(ref);
    if (referenced && !path.has(referenced)) roots.push(referenced);
  }
  for (const child of roots) readProperties(child, node, ids, path);
  path.delete(element);
  return node;
}

function readProperties(child: AnyNode, node: LdNode, ids: Map<string, Element>, path: Set<Element>): void {
  if (!isElement(child)) return;
  const names = child.attribs.itemprop;
  const isItem = child.attribs.itemscope !== undefined;
  if (names !== undefined) {
    const value = isItem ? (path.has(child) ? null : readItem(child, ids, path)) : readPropertyValue(child);
    if (value !== null) {
      for (const name of names.split(/\s+/).filter(Boolean)) pushProperty(node, localName(name), value);
    }
  }
  if (isItem) return;
  for (const grandChild of child.children) readProperties(grandChild, node, ids, path);
}

/** The value rules of the microdata spec, plus `content` on any element, which sites use widely. */
export function readPropertyValue(element: Element): string {
  const { name, attribs } = element;
  if (name === 'meta') return attribs.content ?? '';
  if (srcTags.has(name)) return (attribs.src ?? '').trim();
  if (hrefTags.has(name)) return (attribs.href ?? '').trim();
  if (name === 'object') return (attribs.data ?? '').trim();
  if ((name === 'data' || name === 'meter') && attribs.value !== undefined) return attribs.value;
  if (name === 'time' && attribs.datetime !== undefined) return attribs.datetime;
  if (attribs.content !== undefined) return attribs.content;
  return elementText(element);
}
