import { readFileSync } from 'node:fs';
import path from 'node:path';

export type LabelledText = { text: string; isNegative: boolean };
export type MultiDomainReview = {
  title: string;
  text: string;
  rating: number;
  reviewer: string;
  productName: string;
};

export const sentimentDataDir = path.resolve(import.meta.dirname, '../../../shared/data/sentiment');

/** UCI sentence files: split on newline, then on the last tab (the README warns against quote-aware readers). */
export function loadUciSet(file: 'yelp_labelled.txt' | 'imdb_labelled.txt'): LabelledText[] {
  const raw = readFileSync(path.join(sentimentDataDir, 'uci_sentiment_labelled_sentences', file), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const cut = line.lastIndexOf('\t');
      return { text: line.slice(0, cut).trim(), isNegative: line.slice(cut + 1).trim() === '0' };
    });
}

const field = (block: string, name: string): string =>
  new RegExp(`<${name}>\\n?([\\s\\S]*?)\\n?</${name}>`).exec(block)?.[1]?.trim() ?? '';

/** The multi-domain files are pseudo-XML (no root, raw `&`), so each <review> block is cut out with a regex. */
export function loadMultiDomain(
  file: 'electronics_negative.review' | 'electronics_positive.review',
): MultiDomainReview[] {
  const raw = readFileSync(path.join(sentimentDataDir, 'multi_domain_sentiment', file), 'utf8');
  return [...raw.matchAll(/<review>([\s\S]*?)<\/review>/g)].map((m) => {
    const block = m[1] ?? '';
    return {
      title: field(block, 'title'),
      text: field(block, 'review_text'),
      rating: Number(field(block, 'rating')),
      reviewer: field(block, 'reviewer'),
      productName: field(block, 'product_name'),
    };
  });
}

/** A stored product review as the drafting code takes it: the reviewer's name, and the product as the item. */
export const asDraftReview = (r: MultiDomainReview) => ({
  author: r.reviewer,
  rating: r.rating,
  text: r.text,
  title: r.title,
  itemName: r.productName,
});

export function loadElectronicsSet(): LabelledText[] {
  return [
    ...loadMultiDomain('electronics_negative.review'),
    ...loadMultiDomain('electronics_positive.review'),
  ].map((r) => ({ text: r.text, isNegative: r.rating < 3 }));
}
