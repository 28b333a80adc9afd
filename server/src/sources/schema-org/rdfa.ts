import type { AnyNode } from 'domhandler';
import { elementText, isElement } from '../html-text.ts';
import { type LdNode, localName, pushProperty, sourceElements } from './ld-node.ts';

const linkTags = new Set(['a', 'area', 'link', 'img', 'audio', 'video', 'iframe', 'source', 'embed']);

/**
 * Reads RDFa (Lite) typed nodes: `typeof` starts a node, `property` adds to the nearest node above,
 * and an element with both is a nested node. Values come from `content`, `datetime`, link
 * targets, then text.
 */
export function readRdfa(root: AnyNode): LdNode[] {
  const topLevel: LdNode[] = [];
  walk(root, null, topLevel);
  return topLevel;
}

function walk(node: AnyNode, current: LdNode | null, topLevel: LdNode[]): void {
  const children = 'children' in node ? node.children : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    const { attribs } = child;
    const properties = (attribs.property ?? '').split(/\s+/).filter(Boolean).map(localName);
    if (attribs.typeof !== undefined) {
      const created: LdNode = {};
      sourceElements.set(created, child);
      const types = attribs.typeof.split(/\s+/).filter(Boolean).map(localName);
      if (types.length > 0) created['@type'] = types.length === 1 ? types[0] : types;
      const id = attribs.resource ?? attribs.about;
      if (id) created['@id'] = id;
      if (current && properties.length > 0) {
        for (const property of properties) pushProperty(current, property, created);
      } else {
        topLevel.push(created);
      }
      walk(child, created, topLevel);
      continue;
    }
    if (current && properties.length > 0) {
      const value = readLiteral(child.name, attribs, child);
      for (const property of properties) pushProperty(current, property, value);
    }
    walk(child, current, topLevel);
  }
}

function readLiteral(tag: string, attribs: Record<string, string>, element: AnyNode): string {
  if (attribs.content !== undefined) return attribs.content;
  if (tag === 'time' && attribs.datetime !== undefined) return attribs.datetime;
  const target = attribs.resource ?? attribs.href ?? attribs.src;
  if (target !== undefined && linkTags.has(tag)) return target.trim();
  if (tag === 'meter' || tag === 'data') return attribs.value ?? elementText(element);
  return elementText(element);
}
