import type { Readable } from 'node:stream';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** The body grew past the cap; `decoded` tells whether it was the unpacked size that did it. */
export class BodyTooLargeError extends Error {
  readonly code = 'REBOUND_BODY_TOO_LARGE';
  constructor(readonly decoded: boolean) {
    super('response body exceeds the size cap');
  }
}

/** The content-encoding is one we neither asked for nor understand. */
export class UnsupportedEncodingError extends Error {
  readonly code = 'REBOUND_UNSUPPORTED_ENCODING';
  constructor(readonly encoding: string) {
    super(`unsupported content-encoding ${encoding}`);
  }
}

// Flushing instead of finishing tolerates a compressed stream cut short at the very end, which real
// servers send often enough that browsers and curl accept it too.
const zlibOptions = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const brotliOptions = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

export function parseContentEncodings(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '' && part !== 'identity');
}

// "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the zlib header is
// recognisable from its first two bytes (RFC 1950: CM = 8 and the pair divisible by 31).
function isZlibWrapped(first: Buffer | undefined): boolean {
  if (!first || first.length < 2) return true;
  const b0 = first[0] ?? 0;
  const b1 = first[1] ?? 0;
  return (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
}

function createDecoder(encoding: string, first: Buffer | undefined): Transform {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(zlibOptions);
    case 'deflate':
      return isZlibWrapped(first) ? zlib.createInflate(zlibOptions) : zlib.createInflateRaw(zlibOptions);
    case 'br':
      return zlib.createBrotliDecompress(brotliOptions);
    default:
      throw new UnsupportedEncodingError(encoding);
  }
}

/** Waits for the first chunk and puts it back, so the decoder can be chosen from the leading bytes. */
async function peekFirstChunk(body: Readable): Promise<Buffer | undefined> {
  for (;;) {
    const chunk: unknown = body.read();
    if (chunk !== null) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      body.unshift(buffer);
      return buffer;
    }
    if (body.readableEnded || body.destroyed) return undefined;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        body.off('readable', done).off('end', done).off('close', done).off('error', done);
        resolve();
      };
      body.on('readable', done).on('end', done).on('close', done).on('error', done);
    });
  }
}

function createRawLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) return callback(new BodyTooLargeError(false));
      callback(null, chunk);
    },
  });
}

/**
 * Reads a response body while it streams, unpacking gzip / deflate / br ourselves so the cap applies to
 * the unpacked bytes: a 1 MB gzip that inflates to gigabytes stops at maxBytes, and so does a page that
 * never ends. Both the bytes on the wire and the unpacked bytes are capped. Rejects with
 * BodyTooLargeError, UnsupportedEncodingError, a zlib error, or whatever aborted the body stream.
 */
export async function readBodyCapped(
  body: Readable,
  encodings: string[],
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  // Encodings are listed in the order they were applied, so they are undone last to first.
  const order = [...encodings].reverse();
  const first = order[0] === 'deflate' ? await peekFirstChunk(body) : undefined;
  const decoders = order.map((encoding, index) => createDecoder(encoding, index === 0 ? first : undefined));
  const chunks: Buffer[] = [];
  let total = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) return callback(new BodyTooLargeError(decoders.length > 0));
      chunks.push(chunk);
      callback();
    },
  });
  await pipeline([body, createRawLimit(maxBytes), ...decoders, sink], { signal });
  return Buffer.concat(chunks, total);
}
