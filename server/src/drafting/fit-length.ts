/** Google Business Profile rejects replies over 4,096 bytes of UTF-8. */
export const PLATFORM_LIMIT_BYTES = { google: 4096, generic: 10_000 } as const;

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * Joins parts and, when too long, drops the optional ones from the end first, then cuts the last sentence at a
 * word boundary. Required parts are kept whenever they fit on their own.
 */
export function fitToLimit(
  parts: Array<{ text: string; optional: boolean; paragraphAfter?: boolean }>,
  limitBytes: number,
): string {
  const kept = [...parts];
  const join = () =>
    kept
      .filter((p) => p.text.length > 0)
      .map((p, i, all) => (i === all.length - 1 ? p.text : `${p.text}${p.paragraphAfter ? '\n\n' : ' '}`))
      .join('');
  while (byteLength(join()) > limitBytes) {
    const index = kept.map((p) => p.optional).lastIndexOf(true);
    if (index < 0) break;
    kept.splice(index, 1);
  }
  let text = join();
  while (byteLength(text) > limitBytes) {
    const cut = text.lastIndexOf(' ', Math.max(0, text.length - 20));
    text = cut > 0 ? `${text.slice(0, cut)}…` : text.slice(0, Math.floor(limitBytes / 4));
  }
  return text;
}
