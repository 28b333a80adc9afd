import { z } from 'zod';
import { calendarDateSchema } from './dates.ts';
import { cssSelectorsSchema, sourceSettingsSchema } from './sources.ts';

/** How many competitors one location may be compared with. */
export const MAX_COMPETITORS_PER_LOCATION = 10;

export const competitorKinds = ['schema_org', 'css', 'apple_json', 'google_play', 'google_places'] as const;
export const competitorKindSchema = z.enum(competitorKinds);
export type CompetitorKind = z.infer<typeof competitorKindSchema>;

export const competitorKindLabels: Record<CompetitorKind, string> = {
  schema_org: 'Web page with review markup (schema.org)',
  css: 'Web page read with CSS selectors',
  apple_json: 'App Store app',
  google_play: 'Google Play app (rating and count only)',
  google_places: 'Google Maps place (Places API)',
};

// The same field rules as a source's settings, so an address or app id is checked alike wherever it is typed.
const { url, appId, country } = sourceSettingsSchema.shape;

const requirements: Record<CompetitorKind, { field: string; message: string }> = {
  schema_org: { field: 'url', message: 'Enter the address of the page to read' },
  css: { field: 'url', message: 'Enter the address of the page to read' },
  apple_json: { field: 'appId', message: 'Enter the App Store id' },
  google_play: { field: 'playId', message: 'Enter the Google Play package name' },
  google_places: { field: 'placeId', message: 'Enter the Google place id' },
};

export const addCompetitorInput = z
  .object({
    locationId: z.uuid('Not a valid id'),
    name: z.string().trim().min(1, 'Give the competitor a name').max(120),
    kind: competitorKindSchema,
    url,
    css: cssSelectorsSchema.optional(),
    appId,
    country,
    playId: z
      .string()
      .trim()
      .regex(/^[a-zA-Z][\w]*(\.[a-zA-Z][\w]*)+$/, 'Use the package name, like com.example.app')
      .max(200)
      .optional(),
    placeId: z
      .string()
      .trim()
      .regex(/^[\w-]{10,300}$/, 'Use the place id Google shows for the business (it starts with ChIJ)')
      .optional(),
  })
  .superRefine((input, ctx) => {
    const need = requirements[input.kind];
    // An App Store competitor may also be given by its feed address, as App Store sources can.
    const isApple = input.kind === 'apple_json' && !!input.url;
    if (!isApple && !input[need.field as 'url' | 'appId' | 'playId' | 'placeId'])
      ctx.addIssue({ code: 'custom', path: [need.field], message: need.message });
    if (input.kind === 'css' && !input.css)
      ctx.addIssue({
        code: 'custom',
        path: ['css'],
        message: 'Set at least the container and text selectors',
      });
  });
export type AddCompetitorInput = z.input<typeof addCompetitorInput>;

export const competitorIdInput = z.object({ competitorId: z.uuid('Not a valid id') });

/** The benchmark period (UTC days) and, optionally, one of our locations with its competitors. */
export const benchmarkInput = z
  .object({
    from: calendarDateSchema,
    to: calendarDateSchema,
    locationId: z.uuid('Not a valid id').optional(),
  })
  .refine((v) => v.from <= v.to, { message: 'The start must be on or before the end', path: ['from'] })
  .refine((v) => (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 < 800, {
    message: 'Choose a period under 800 days',
    path: ['from'],
  });
export type BenchmarkInput = z.infer<typeof benchmarkInput>;
