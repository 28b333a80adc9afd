import { z } from 'zod';
import { calendarDateSchema } from './dates.ts';

const day = calendarDateSchema;

/** The longest period one query may cover; the generator's two years fit with room. */
export const MAX_TREND_DAYS = 1100;

/** Dashboard filters, as kept in the URL: a period of UTC days and an optional location and source. */
export const trendsFilterInput = z
  .object({
    from: day,
    to: day,
    locationId: z.uuid('Not a valid id').optional(),
    sourceId: z.uuid('Not a valid id').optional(),
  })
  .refine((v) => v.from <= v.to, { message: 'The start must be on or before the end', path: ['from'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < MAX_TREND_DAYS, {
    message: `Choose a period under ${MAX_TREND_DAYS} days`,
    path: ['from'],
  });
export type TrendsFilterInput = z.infer<typeof trendsFilterInput>;

export const trendsCompareBy = z.enum(['location', 'source']);
export const trendsCompareInput = z.object({ filter: trendsFilterInput, by: trendsCompareBy });
export type TrendsCompareInput = z.infer<typeof trendsCompareInput>;
