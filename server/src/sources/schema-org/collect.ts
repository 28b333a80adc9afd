import type { AggregateRating, NormalizedReview } from '@rebound/shared';
import { firstValue, isLdNode, type LdNode, pick, typesOf } from './ld-node.ts';
import { readAggregateNode, readName, readReviewNode } from './read-node.ts';

export type Collected = { reviews: NormalizedReview[]; aggregates: AggregateRating[] };

// Types whose `name` is not the thing being reviewed (pages, people, parts of an offer).
const notReviewedThing =
  /^(?:WebPage|WebSite|.*Page|ItemList|ListItem|BreadcrumbList|Person|PostalAddress|Offer|AggregateOffer|ImageObject|VideoObject|Comment|Rating|AggregateRating|Review-aggregate|Brand|SiteNavigationElement|SearchAction|EntryPoint)$/;

function isReviewType(types: string[]): boolean {
  return types.some((type) => type === 'Review' || (type.endsWith('Review') && type !== 'ClaimReview'));
}

function isAggregateType(types: string[]): boolean {
  return types.some((type) => type === 'AggregateRating' || type === 'Review-aggregate');
}

/** Walks schema.org nodes (any nesting, @graph, @id references) and reads reviews and aggregates. */
export function collectReviews(roots: unknown[], baseUrl: string | null): Collected {
  const byId = new Map<string, LdNode>();
  const parentNameById = new Map<string, string>();
  indexNodes(roots, byId, new Set());
  const lookup = (value: unknown): unknown => {
    if (!isLdNode(value)) return value;
    const id = value['@id'];
    const isReference = typeof id === 'string' && Object.keys(value).length === 1;
    return isReference ? (byId.get(id) ?? value) : value;
  };
  for (const node of byId.values()) recordReferencedParents(node, lookup, parentNameById);

  const collected: Collected = { reviews: [], aggregates: [] };
  const visited = new Set<LdNode>();
  const walk = (value: unknown, itemName: string | null): void => {
    if (Array.isArray(value)) {
      for (const entry of value) walk(entry, itemName);
      return;
    }
    if (!isLdNode(value) || visited.has(value)) return;
    visited.add(value);
    const types = typesOf(value);
    const id = typeof value['@id'] === 'string' ? value['@id'] : null;
    const reviewedName =
      readReviewedName(value, lookup) ?? (id ? parentNameById.get(id) : undefined) ?? itemName;
    if (isReviewType(types)) {
      const review = readReviewNode(value, reviewedName, baseUrl, lookup);
      if (review) collected.reviews.push(review);
    } else if (isAggregateType(types)) {
      const aggregate = readAggregateNode(value, reviewedName);
      if (aggregate) collected.aggregates.push(aggregate);
    }
    const childName = ownThingName(value, types, lookup) ?? reviewedName;
    for (const [key, child] of Object.entries(value)) {
      if (key !== '@context' && key !== 'author' && typeof child === 'object') walk(child, childName);
    }
  };
  walk(roots, null);
  return collected;
}

function indexNodes(value: unknown, byId: Map<string, LdNode>, seen: Set<unknown>): void {
  if (seen.has(value)) return;
  if (Array.isArray(value)) {
    seen.add(value);
    for (const entry of value) indexNodes(entry, byId, seen);
    return;
  }
  if (!isLdNode(value)) return;
  seen.add(value);
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length > 1) {
    const known = byId.get(id);
    if (!known || Object.keys(known).length < Object.keys(value).length) byId.set(id, value);
  }
  for (const child of Object.values(value)) if (typeof child === 'object') indexNodes(child, byId, seen);
}

/** A Product in @graph may list its reviews as bare {"@id"} references; remember whose they are. */
function recordReferencedParents(
  node: LdNode,
  lookup: (v: unknown) => unknown,
  out: Map<string, string>,
): void {
  const name = ownThingName(node, typesOf(node), lookup);
  if (!name) return;
  for (const key of ['review', 'reviews', 'aggregateRating']) {
    const value = node[key];
    for (const entry of Array.isArray(value) ? value : [value]) {
      if (isLdNode(entry) && typeof entry['@id'] === 'string' && !out.has(entry['@id']))
        out.set(entry['@id'], name);
    }
  }
}

function readReviewedName(node: LdNode, lookup: (v: unknown) => unknown): string | null {
  const reviewed = pick(node, 'itemReviewed', 'itemreviewed');
  if (reviewed === undefined) return null;
  return readName(firstValue(reviewed), lookup);
}

function ownThingName(node: LdNode, types: string[], lookup: (v: unknown) => unknown): string | null {
  if (types.length === 0 || types.some((type) => notReviewedThing.test(type)) || isReviewType(types))
    return null;
  const name = firstValue(node.name);
  return typeof name === 'string' ? readName(name, lookup) : null;
}
