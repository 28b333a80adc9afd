import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BusinessProfile, businessProfileSchema } from '@rebound/server/drafting/index';

/** One of the business profiles the judged samples are drafted for (`profiles/<name>.json`), parsed and checked. */
export function judgedProfile(name: string): BusinessProfile {
  const file = path.join(import.meta.dirname, 'profiles', `${name}.json`);
  return businessProfileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
