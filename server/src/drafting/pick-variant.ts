/** FNV-1a: a small, stable string hash so the same review always gets the same wording. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Chooses one option for a part of the reply; each part has its own salt so parts vary independently. */
export function pickVariant<T>(options: readonly T[], seed: number, salt: string): T {
  const index = hashText(`${salt}:${seed}`) % options.length;
  const chosen = options[index] ?? options[0];
  if (chosen === undefined) throw new Error(`no variants for ${salt}`);
  return chosen;
}
