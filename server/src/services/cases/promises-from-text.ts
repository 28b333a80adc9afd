export type FoundPromise = { description: string; dueInHours: number };

const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  ten: 10,
  fourteen: 14,
  'twenty-four': 24,
  'forty-eight': 48,
  'seventy-two': 72,
};
const unitHours: Record<string, number> = {
  hour: 1,
  day: 24,
  'business day': 24,
  'working day': 24,
  week: 168,
};

// "within 48 hours", "in the next two days", "within a week": a commitment with a clock on it.
const timed =
  /\b(?:within|in the next|no later than)\s+(\d{1,4}|[a-z-]+)\s+(hours?|(?:business |working )?days?|weeks?)\b/i;
// Commitments without a number still get a due date, so they are not forgotten.
const relative: Array<{ pattern: RegExp; hours: number }> = [
  { pattern: /\b(?:later )?today\b/i, hours: 8 },
  { pattern: /\bby tomorrow\b|\btomorrow\b/i, hours: 24 },
  { pattern: /\bby the end of the week\b|\bthis week\b/i, hours: 120 },
];
const commitment =
  /\b(?:we will|we'll|i will|i'll|will (?:call|contact|follow|arrange|review|be in touch)|we can|can arrange|would like to offer|happy to arrange|offer)\b/i;

/**
 * Promises a reply makes, read from its final text: the owner may have edited the composer's wording, and what
 * was approved is what the reviewer will hold us to. Each sentence with a commitment and a time becomes one.
 */
export function findPromises(text: string): FoundPromise[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const found: FoundPromise[] = [];
  for (const sentence of sentences) {
    const hours = hoursOf(sentence);
    if (hours === null || !commitment.test(sentence)) continue;
    found.push({ description: sentence.slice(0, 300), dueInHours: hours });
  }
  return found;
}

function hoursOf(sentence: string): number | null {
  const match = timed.exec(sentence);
  if (match) {
    const [, amount = '', unit = ''] = match;
    const n = /^\d+$/.test(amount) ? Number(amount) : numberWords[amount.toLowerCase()];
    const per = unitHours[unit.toLowerCase().replace(/s$/, '')];
    if (n !== undefined && per !== undefined && n > 0) return n * per;
  }
  for (const r of relative) if (r.pattern.test(sentence)) return r.hours;
  return null;
}
