import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, readHeaders } from '../../server/src/mail/header-decode.ts';

describe('outbox header reading', () => {
  it('decodes B and Q words, joining adjacent words so a character split across them survives', () => {
    expect(decodeEncodedWords('=?utf-8?B?SMOpbMOobmU=?= <h@example.test>')).toBe('Hélène <h@example.test>');
    expect(decodeEncodedWords('=?UTF-8?Q?Caf=C3=A9_du?= =?UTF-8?Q?_Nord?=')).toBe('Café du Nord');
    // The emoji's four bytes are split 3 + 1 across two words.
    expect(decodeEncodedWords('=?utf-8?B?8J+Y?= =?utf-8?B?gA==?=')).toBe('😀');
    expect(decodeEncodedWords('a =?iso-8859-1?Q?caf=E9?= b')).toBe('a café b');
  });

  it('leaves plain and broken words readable instead of failing', () => {
    expect(decodeEncodedWords('plain  text\t here')).toBe('plain text here');
    expect(decodeEncodedWords('=?utf-8?Q?trunc')).toBe('=?utf-8?Q?trunc');
  });

  it('unfolds headers, keys them in lower case, keeps the first of a repeated one and stops at the body', () => {
    const raw = Buffer.from(
      'Subject: hello\r\n world\r\nTo: a@example.test\r\nsubject: second\r\nNo colon here\r\n\r\nX-Body: not a header\r\n',
    );
    const headers = readHeaders(raw);
    expect(headers.get('subject')).toBe('hello world');
    expect(headers.get('to')).toBe('a@example.test');
    expect(headers.has('x-body')).toBe(false);
  });
});
