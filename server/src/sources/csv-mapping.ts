/** Which CSV column (by header text) holds each review field, and how to read the values. */
export type ReviewCsvMapping = {
  author: string | null;
  rating: string | null;
  text: string | null;
  title: string | null;
  date: string | null;
  id: string | null;
  url?: string | null;
  itemName?: string | null;
  ratingWorst?: number;
  ratingBest?: number;
  /** Field separator; sniffed from the header line when omitted. */
  delimiter?: string;
  /** How to read 03/04/2024. Month first unless told otherwise or the first number is over 12. */
  dateOrder?: 'mdy' | 'dmy';
  /** Zone for dates without an offset; UTC when omitted. */
  timeZone?: string;
};

type GuessedField = 'id' | 'rating' | 'date' | 'title' | 'url' | 'itemName' | 'author' | 'text';

const synonyms: Record<GuessedField, string[]> = {
  id: ['id', 'reviewid', 'externalid', 'reference', 'ref', 'uuid'],
  rating: ['rating', 'stars', 'starrating', 'score', 'rate', 'grade', 'note', 'ratingvalue', 'reviewrating'],
  date: [
    'date',
    'reviewdate',
    'published',
    'publishedat',
    'datepublished',
    'created',
    'createdat',
    'time',
    'timestamp',
    'posted',
    'postedat',
    'submittedat',
  ],
  title: ['title', 'headline', 'subject', 'summary', 'reviewtitle'],
  url: ['url', 'link', 'reviewurl', 'permalink'],
  itemName: ['product', 'productname', 'item', 'itemname', 'location', 'business', 'store'],
  author: [
    'author',
    'name',
    'reviewer',
    'reviewername',
    'user',
    'username',
    'customer',
    'customername',
    'displayname',
    'by',
    'client',
    'clientname',
  ],
  text: [
    'text',
    'review',
    'reviewtext',
    'comment',
    'comments',
    'body',
    'content',
    'feedback',
    'message',
    'description',
    'reviewbody',
  ],
};
const guessOrder: GuessedField[] = ['id', 'rating', 'date', 'title', 'url', 'itemName', 'author', 'text'];

function squash(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Guesses the mapping from header names, falling back to the longest column for the text. */
export function suggestMapping(headers: string[], rows: string[][]): ReviewCsvMapping {
  const taken = new Set<number>();
  const found: Partial<Record<GuessedField, string>> = {};
  const squashed = headers.map(squash);
  for (const field of guessOrder) {
    let index = squashed.findIndex((header, i) => !taken.has(i) && synonyms[field].includes(header));
    if (index < 0 && field !== 'id') {
      index = squashed.findIndex(
        (header, i) =>
          !taken.has(i) &&
          header !== '' &&
          synonyms[field].some((word) => word.length > 3 && header.includes(word)),
      );
    }
    const header = headers[index];
    if (index >= 0 && header !== undefined) {
      taken.add(index);
      found[field] = header;
    }
  }
  if (!found.text) {
    const longest = longestColumn(headers, rows, taken);
    if (longest !== null) found.text = longest;
  }
  const mapping: ReviewCsvMapping = {
    author: found.author ?? null,
    rating: found.rating ?? null,
    text: found.text ?? null,
    title: found.title ?? null,
    date: found.date ?? null,
    id: found.id ?? null,
    url: found.url ?? null,
    itemName: found.itemName ?? null,
  };
  const ratingIndex = found.rating ? headers.indexOf(found.rating) : -1;
  const best = guessRatingBest(rows.map((row) => row[ratingIndex] ?? ''));
  if (best !== 5) mapping.ratingBest = best;
  return mapping;
}

function longestColumn(headers: string[], rows: string[][], taken: Set<number>): string | null {
  let bestIndex = -1;
  let bestLength = 0;
  headers.forEach((_, index) => {
    if (taken.has(index)) return;
    const total = rows.reduce((sum, row) => sum + (row[index]?.length ?? 0), 0);
    if (total > bestLength) {
      bestLength = total;
      bestIndex = index;
    }
  });
  return headers[bestIndex] ?? null;
}

function guessRatingBest(values: string[]): number {
  const numbers = values.map((value) => Number(value.replace(',', '.'))).filter(Number.isFinite);
  const highest = Math.max(0, ...numbers);
  if (highest > 10) return 100;
  if (highest > 5) return 10;
  return 5;
}

/** The separator used most on the header line, outside quotes. */
export function sniffDelimiter(sample: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let isQuoted = false;
  for (const char of sample) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (char === '\n' || char === '\r')) break;
    else if (!isQuoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}
