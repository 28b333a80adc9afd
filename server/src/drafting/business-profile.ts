import { z } from 'zod';

export const sectors = [
  'general',
  'healthcare',
  'dental',
  'legal',
  'financial',
  'hospitality',
  'retail',
  'trades',
  'automotive',
  'beauty',
  'fitness',
  'education',
  'electronics',
  'software',
] as const;

export const remedySchema = z.object({
  kind: z.enum(['redo', 'refund', 'callback', 'discount', 'replacement', 'other']),
  /** How the owner would say it in a sentence, e.g. "a free re-tune of the bike". */
  label: z.string().min(1).max(200),
  percent: z.number().min(0).max(100).optional(),
  withinHours: z
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .optional(),
  /** Themes this remedy suits best (e.g. ["defect", "quality"]); empty means any. */
  themes: z.array(z.string()).optional(),
});
export type Remedy = z.infer<typeof remedySchema>;

export const businessProfileSchema = z.object({
  name: z.string().min(1).max(200),
  contactName: z.string().min(1).max(120),
  contactEmail: z.string().email().max(254),
  contactPhone: z.string().min(3).max(40),
  sector: z.enum(sectors),
  /** Regulated fields must never confirm that someone is a patient or client. */
  regulated: z.boolean(),
  remedies: z.array(remedySchema).max(20),
  themeExtensions: z.record(z.string(), z.array(z.string())).optional(),
  signOff: z.string().max(200).optional(),
  /** What a customer has with the business, read after "your": "stay", "meal", "repair". A default fits each sector. */
  serviceNoun: z.string().min(1).max(40).optional(),
});
export type BusinessProfile = z.infer<typeof businessProfileSchema>;

export const demoBusinessProfile: BusinessProfile = {
  name: 'Spoke & Bean Cycle Café',
  contactName: 'Marta Okafor',
  contactEmail: 'marta@spokeandbean.example',
  contactPhone: '+1 555 0142 388',
  sector: 'retail',
  regulated: false,
  remedies: [
    {
      kind: 'redo',
      label: 'a free re-do of the repair or service',
      withinHours: 72,
      themes: ['quality', 'defect', 'wait'],
    },
    {
      kind: 'replacement',
      label: 'a replacement part or product at no cost',
      withinHours: 72,
      themes: ['defect', 'delivery'],
    },
    {
      kind: 'refund',
      label: 'a refund',
      percent: 100,
      withinHours: 120,
      themes: ['price', 'defect', 'delivery'],
    },
    {
      kind: 'discount',
      label: 'a discount on your next visit',
      percent: 20,
      themes: ['staff', 'wait', 'food', 'cleanliness'],
    },
    { kind: 'callback', label: 'a call back from our manager', withinHours: 48 },
  ],
  themeExtensions: {
    bikes: ['bike*', 'bicycle*', 'tyre*', 'tire*', 'brake*', 'gear*', 'chain*', 'puncture*', 'wheel*'],
  },
  signOff: 'Marta and the Spoke & Bean team',
};
