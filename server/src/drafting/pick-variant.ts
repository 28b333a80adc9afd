/** FNV-1a: a small, stable string hash so the same review always gets the same wording. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Chooses one option for a part of the reply; each part has its own salt so parts vary independently. `lastUse`
 * says how recently the business used an option (-1: not in its recent replies, otherwise the position of the
 * newest reply that has it): an option not used lately is taken before any that was, so a page of replies does not
 * repeat a sentence, and when every option was used, the one used longest ago.
 */
export function pickVariant<T>(
  options: readonly T[],
  seed: number,
  salt: string,
  lastUse: (option: T) => number = () => -1,
): T {
  const index = hashText(`${salt}:${seed}`) % options.length;
  let best: T | undefined;
  let bestUse = Number.POSITIVE_INFINITY;
  for (let step = 0; step < options.length; step++) {
    const option = options[(index + step) % options.length];
    if (option === undefined) continue;
    const use = lastUse(option);
    if (use < 0) return option;
    if (use < bestUse) {
      best = option;
      bestUse = use;
    }
  }
  const chosen = best ?? options[0];
  if (chosen === undefined) throw new Error(`no variants for ${salt}`);
  return chosen;
}

/**
 * Where a template's wording last stands in the given texts (oldest first), its placeholders read as any words:
 * "I am sorry that {p}." is found in "…I am sorry that the soup was cold. …". -1 when it is in none of them.
 */
export function lastUseIn(texts: readonly string[]): (template: string) => number {
  if (texts.length === 0) return () => -1;
  const cache = new Map<string, number>();
  return (template) => {
    const known = cache.get(template);
    if (known !== undefined) return known;
    const literal = template.replace(/\{\w+\}/g, '').replace(/[^\p{L}]+/gu, '');
    // A template that is nothing but a placeholder says nothing of its own to repeat.
    const pattern =
      literal.length < 12
        ? null
        : new RegExp(
            template
              .split(/\{\w+\}/)
              .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('[^\\n]+?'),
            'i',
          );
    let found = -1;
    if (pattern) {
      for (let i = texts.length - 1; i >= 0; i--) {
        if (pattern.test(texts[i] ?? '')) {
          found = i;
          break;
        }
      }
    }
    cache.set(template, found);
    return found;
  };
}
