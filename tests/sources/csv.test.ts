import { Readable } from 'node:stream';
import { parseReviewCsv, previewReviewCsv, type ReviewCsvMapping } from '@rebound/server/sources/index';
import { describe, expect, it } from 'vitest';

async function collect(input: string | NodeJS.ReadableStream, mapping: ReviewCsvMapping) {
  const rows = [];
  for await (const row of parseReviewCsv(input, mapping)) rows.push(row);
  return rows;
}

const mapping: ReviewCsvMapping = {
  author: 'Name',
  rating: 'Stars',
  text: 'Review',
  title: null,
  date: 'Date',
  id: 'ID',
};

describe('previewReviewCsv', () => {
  it('guesses the columns from common header names and sniffs the separator', () => {
    const preview = previewReviewCsv(
      'Review ID;Customer Name;Score;Comment;Review Date;Headline\n1;Ann;9;Nice;2024-01-01;Yay\n',
    );
    expect(preview.headers).toEqual([
      'Review ID',
      'Customer Name',
      'Score',
      'Comment',
      'Review Date',
      'Headline',
    ]);
    expect(preview.sampleRows).toEqual([['1', 'Ann', '9', 'Nice', '2024-01-01', 'Yay']]);
    expect(preview.suggestedMapping).toMatchObject({
      id: 'Review ID',
      author: 'Customer Name',
      rating: 'Score',
      text: 'Comment',
      date: 'Review Date',
      title: 'Headline',
      delimiter: ';',
      ratingBest: 10,
    });
  });
});

describe('parseReviewCsv', () => {
  it('reports bad rows with their own line numbers and reasons, and keeps the good ones', async () => {
    const csv = [
      'ID,Name,Stars,Review,Date', // line 1
      '1,Ann,5,Lovely,2024-01-02', // 2
      '2,Bob,7,Too many stars,2024-01-03', // 3
      '', // 4 (blank, skipped)
      '3,Cy,4,,2024-01-04', // 5
      '4,Di,four,Words for stars,2024-01-05', // 6
      '5,Ed,3,Bad date,2024-13-45', // 7
      '6,Fay,,No rating is fine,', // 8
    ].join('\n');
    const rows = await collect(csv, mapping);
    expect(
      rows.map((row) => ('review' in row ? [row.line, row.review.author] : [row.line, row.error])),
    ).toEqual([
      [2, 'Ann'],
      [3, 'Line 3: the rating 7 is outside 1–5.'],
      [5, 'Line 5: the review text is missing.'],
      [6, 'Line 6: the rating "four" is not a number.'],
      [7, 'Line 7: the date "2024-13-45" could not be read.'],
      [8, 'Fay'],
    ]);
  });

  it('keeps quoted newlines inside one field and still counts the physical lines after them', async () => {
    const csv =
      'ID,Name,Stars,Review,Date\r\n1,Ann,5,"First line\r\nsecond line, with comma",2024-01-02\r\n2,Bob,x,"He said ""hi""",2024-01-03\r\n';
    const rows = await collect(csv, mapping);
    expect(rows[0]).toMatchObject({
      line: 2,
      review: { text: 'First line\nsecond line, with comma', rating: 5 },
    });
    expect(rows[1]).toEqual({ line: 4, error: 'Line 4: the rating "x" is not a number.' });
  });

  it('streams from a byte stream split in the middle of multi-byte characters', async () => {
    const bytes = Buffer.from(
      'ID,Name,Stars,Review,Date\n1,Zoë 🌟,4,"Très bien, merci",2024-05-06\n',
      'utf8',
    );
    const pieces = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    const rows = await collect(Readable.from(pieces), mapping);
    expect(rows).toMatchObject([
      { line: 2, review: { author: 'Zoë 🌟', text: 'Très bien, merci', rating: 4 } },
    ]);
  });

  it('says when a mapped column is missing or no text column was chosen', async () => {
    expect(await collect('a,b\n1,2\n', mapping)).toEqual([
      { line: 1, error: 'The column "Name" chosen for author is not in the header.' },
    ]);
    expect(await collect('a,b\n1,2\n', { ...mapping, text: null })).toEqual([
      { line: 1, error: 'Choose the column that holds the review text.' },
    ]);
  });

  it('reports an unterminated quote as a CSV error instead of throwing', async () => {
    const rows = await collect('ID,Name,Stars,Review,Date\n1,Ann,5,"never closed,2024-01-01\n', mapping);
    expect(rows.at(-1)).toMatchObject({ line: 2, error: expect.stringContaining('valid CSV') });
  });
});
