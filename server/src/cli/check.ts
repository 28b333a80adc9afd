import { checkContextFor, checkReply, hasBlocking } from '@rebound/shared';
import { z } from 'zod';
import { businessProfileSchema } from '../drafting/business-profile.ts';
import { mapLines } from '../triage/map-lines.ts';

const reviewSchema = z.union([
  z.string(),
  z.object({
    text: z.string(),
    rating: z.number().min(1).max(5).nullable().optional(),
    title: z.string().nullable().optional(),
  }),
]);

const inputLineSchema = z.object({
  reply: z.string(),
  review: reviewSchema.nullable().optional(),
  profile: businessProfileSchema.nullable().optional(),
});

const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');

/** One input line → one output line: the findings on the reply, or an error saying what is wrong with the line. */
export function checkLine(line: string): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON' });
  }
  const parsed = inputLineSchema.safeParse(json);
  if (!parsed.success) return JSON.stringify({ error: describeIssues(parsed.error) });
  const { reply, review, profile } = parsed.data;
  const ctx = checkContextFor(
    profile ?? null,
    typeof review === 'string' ? { text: review } : (review ?? null),
  );
  const findings = checkReply(reply, ctx).map(({ rule, severity, span, message, suggestion }) => ({
    rule,
    severity,
    span,
    text: reply.slice(span.start, span.end),
    message,
    suggestion,
  }));
  return JSON.stringify({ blocking: hasBlocking(findings), findings });
}

/**
 * `rebound check`: JSON Lines `{"reply", "review"?, "profile"?}` in, one JSON line of findings out per line, in
 * order. A bad line yields `{"error": ...}` and the run goes on; blank lines are skipped, as JSON Lines allows.
 */
export async function runCheck(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  await mapLines(input, output, (line) => (line.trim().length === 0 ? null : checkLine(line)));
}
