import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReply } from '@rebound/shared';
import { flaggedRate, loadBlindSet, loadSet } from '../tone-check/eval-sets.ts';

const REVIEW =
  'Waited forty minutes for a table, the soup was cold and the waiter was rude when we asked for the bill.';

/** Replies of about 100 words, stitched from the sets so the timing sees realistic wording of every kind. */
function hundredWordReplies(): string[] {
  const lines = [...loadSet('defensive').tuning, ...loadSet('good').tuning].map((l) => l.text);
  const replies: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (current.join(' ').split(/\s+/).length >= 100) {
      replies.push(current.join(' '));
      current = [];
    }
  }
  return replies;
}

function groundingRates() {
  const rows = readFileSync(path.join(import.meta.dirname, '../tone-check/sets/grounding.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { review: string; reply: string; grounded: boolean });
  const flagged = (r: { review: string; reply: string }) =>
    checkReply(r.reply, { reviewText: r.review }).some((f) => f.rule === 'grounding');
  const invented = rows.filter((r) => !r.grounded);
  const faithful = rows.filter((r) => r.grounded);
  return {
    grounding_invented_caught_rate: invented.filter(flagged).length / invented.length,
    grounding_faithful_flagged_rate: faithful.filter(flagged).length / faithful.length,
  };
}

/**
 * The tone check on the defensive and good reply sets (every fourth line held out from tuning; the blind sets
 * written after the rules and never tuned on), the grounding
 * pairs, and its mean time on a 100-word reply with the review given: wall clock and this process's CPU time,
 * which a busy machine inflates less.
 */
export async function run(): Promise<Record<string, number>> {
  const defensive = loadSet('defensive');
  const good = loadSet('good');
  const replies = hundredWordReplies();
  const ctx = { reviewText: REVIEW, rating: 2 };
  for (let i = 0; i < 3; i++) for (const r of replies) checkReply(r, ctx);
  const rounds = 30;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const r of replies) checkReply(r, ctx);
  const wall = performance.now() - started;
  const cpuMs = process.cpuUsage(cpu).user / 1000;
  const checks = rounds * replies.length;
  return {
    tone_defensive_recall: flaggedRate([...defensive.tuning, ...defensive.heldOut]),
    tone_defensive_recall_heldout: flaggedRate(defensive.heldOut),
    tone_good_false_positive_rate: flaggedRate([...good.tuning, ...good.heldOut]),
    tone_good_false_positive_rate_heldout: flaggedRate(good.heldOut),
    tone_defensive_recall_blind: flaggedRate(loadBlindSet('defensive')),
    tone_good_false_positive_rate_blind: flaggedRate(loadBlindSet('good')),
    ...groundingRates(),
    tone_check_mean_ms_per_100_word_reply: wall / checks,
    tone_check_mean_cpu_ms_per_100_word_reply: cpuMs / checks,
  };
}
