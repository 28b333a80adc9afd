/**
 * Reads a number as people publish it: 4, "4", "4.5", "4,5" (decimal comma), "1,250" (thousands),
 * " 87 % ". Returns null when there is no number at the start of the value.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /[-+]?\d+(?:[.,]\d+)*/.exec(value);
  if (!match) return null;
  return readNumberToken(match[0]);
}

export function readNumberToken(token: string): number | null {
  let cleaned = token;
  const hasDot = cleaned.includes('.');
  const commaParts = cleaned.split(',');
  if (commaParts.length > 1) {
    // "1,250" / "1,250,000" are thousands; "4,5" and "4,25" are decimal commas.
    const isThousands = commaParts.slice(1).every((part) => /^\d{3}(?:\.\d+)?$/.test(part)) && !hasDot;
    const isThousandsBeforeDot = hasDot && cleaned.indexOf(',') < cleaned.indexOf('.');
    if (isThousands || isThousandsBeforeDot) cleaned = cleaned.replaceAll(',', '');
    else if (commaParts.length === 2 && !hasDot) cleaned = cleaned.replace(',', '.');
    else cleaned = cleaned.replaceAll(',', '');
  }
  const dotParts = cleaned.split('.');
  // "1.250.000" uses dots for thousands.
  if (dotParts.length > 2) cleaned = dotParts.join('');
  const parsed = Number(cleaned);
  return Number.isFinite(parsed) ? parsed : null;
}
