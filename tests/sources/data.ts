import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FetchedDocument } from '@rebound/server/sources/index';

/** Third-party captures live outside the repository; see ../shared/data/README.md. */
export const dataDir = path.resolve(import.meta.dirname, '../../../shared/data');

export function readData(relative: string): string {
  return readFileSync(path.join(dataDir, relative), 'utf8');
}

export function dataDoc(relative: string, url: string | null = null): FetchedDocument {
  return { body: readData(relative), url, contentType: null };
}

export function htmlDoc(body: string, url: string | null = null): FetchedDocument {
  return { body, url, contentType: 'text/html' };
}

export function listData(relative: string): string[] {
  return readdirSync(path.join(dataDir, relative)).sort();
}

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
