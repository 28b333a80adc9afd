import { once } from 'node:events';
import { createInterface } from 'node:readline';

/**
 * Reads lines one at a time and writes one mapped line per input line (or none when `map` returns null); an async
 * `map` is awaited before the next line is read, so output keeps the input's order.
 * Waits for 'drain' when the output is full, and readline's iterator pauses the input while lines pile up, so
 * memory stays flat however long the input is.
 */
export async function mapLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  map: (line: string) => string | null | Promise<string | null>,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  for await (const line of lines) {
    const mapped = await map(line);
    if (mapped === null) continue;
    if (!output.write(`${mapped}\n`)) await once(output, 'drain');
  }
}
