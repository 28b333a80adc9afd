import { classifyText } from '../triage/index.ts';
import { mapLines } from '../triage/map-lines.ts';

/** `rebound classify`: one text per input line → one `{"label","score"}` JSON line, streaming. */
export async function runClassify(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  await mapLines(input, output, (line) => {
    const { label, score } = classifyText(line);
    return JSON.stringify({ label, score });
  });
}
