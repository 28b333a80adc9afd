const PLACEHOLDER_NAMES = new Set(
  'a an amazon google yelp customer client guest anonymous anon user reviewer someone verified buyer local guide owner the mr mrs ms miss dr sir madam'.split(
    ' ',
  ),
);

/**
 * A first name safe to greet with, or null. "John D." → "John"; emails, handles, initials ("J. Brodeur") and
 * placeholders ("A Google User") give null so the greeting never repeats contact details or reads oddly.
 */
export function firstNameFrom(author: string | null | undefined): string | null {
  const value = author?.trim() ?? '';
  if (value.length === 0 || value.includes('@') || /\d|_|https?:/.test(value)) return null;
  const first = value.split(/[\s,]+/)[0] ?? '';
  if (!/^\p{L}[\p{L}'’-]{1,19}$/u.test(first)) return null;
  if (PLACEHOLDER_NAMES.has(first.toLowerCase())) return null;
  if (first === first.toUpperCase() && first.length > 1 && /\p{Lu}{2}/u.test(first)) {
    return first.charAt(0) + first.slice(1).toLowerCase();
  }
  return first.charAt(0).toUpperCase() + first.slice(1);
}
