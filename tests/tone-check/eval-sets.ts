import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReply, type Finding } from '@rebound/shared';

const SETS = path.join(import.meta.dirname, 'sets');

/** The rules that judge tone; structural advice (no thanks, no next step) is not what the sets measure. */
export const TONE_RULES = new Set([
  'defensive',
  'excuse',
  'sarcasm',
  'arguing',
  'hostile',
  'condescending',
  'blaming',
  'doubting',
  'lecturing',
  'defensive-tone',
]);

export type SetLine = { sector: string; text: string };
export type SplitSet = { tuning: SetLine[]; heldOut: SetLine[] };

/** Every fourth line is held out: rules are tuned on the others and only scored on these. */
export function loadSet(name: 'defensive' | 'good'): SplitSet {
  const lines = readFileSync(path.join(SETS, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as SetLine);
  return {
    tuning: lines.filter((_, i) => i % 4 !== 3),
    heldOut: lines.filter((_, i) => i % 4 === 3),
  };
}

/** A set written after the rules and never tuned on (the learnt weights leave it out too): a fair test. */
export function loadBlindSet(name: 'defensive' | 'good'): SetLine[] {
  return readFileSync(path.join(SETS, `${name}.blind3.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as SetLine);
}

export const toneFindings = (text: string): Finding[] =>
  checkReply(text).filter((f) => TONE_RULES.has(f.rule));

/** Share of lines that get at least one tone finding. */
export function flaggedRate(lines: SetLine[]): number {
  if (lines.length === 0) return 0;
  return lines.filter((l) => toneFindings(l.text).length > 0).length / lines.length;
}
