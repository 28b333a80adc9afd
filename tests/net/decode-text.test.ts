import { charsetFromContentType, decodeText } from '@rebound/server/net/decode-text';
import { describe, expect, it } from 'vitest';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodeText', () => {
  it('prefers a byte-order mark over every declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('crème', 'utf8')]);
    expect(decodeText(bytes, 'text/html; charset=iso-8859-1')).toBe('crème');
  });

  it('uses the Content-Type charset, quoted or not', () => {
    expect(decodeText(latin1('crème'), 'text/html; charset="ISO-8859-1"')).toBe('crème');
    expect(charsetFromContentType('text/xml;charset=Shift_JIS; foo=bar')).toBe('Shift_JIS');
  });

  it('reads curly quotes and the euro sign the way browsers do for "iso-8859-1" pages', () => {
    const bytes = Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x35]);
    expect(decodeText(bytes, 'text/html; charset=iso-8859-1')).toBe('\u201chi\u201d \u20ac5');
  });

  it('falls back to <meta http-equiv> and to the XML prolog', () => {
    const html = latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>déjà');
    expect(decodeText(html, 'text/html')).toContain('déjà');
    const xml = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><feed>für</feed>');
    expect(decodeText(xml, 'application/atom+xml')).toContain('für');
  });

  it('decodes Shift_JIS when declared', () => {
    const bytes = Buffer.from([0x93, 0xfa, 0x96, 0x7b]);
    expect(decodeText(bytes, 'text/html; charset=shift_jis')).toBe('日本');
  });

  it('falls back to UTF-8 for an unknown label and replaces invalid bytes instead of failing', () => {
    expect(decodeText(Buffer.from('ok ✓', 'utf8'), 'text/html; charset=made-up-charset')).toBe('ok ✓');
    expect(decodeText(Buffer.from([0x61, 0xff, 0x62]), null)).toBe('a\ufffdb');
  });
});
