import { z } from 'zod';

/**
 * What a review is about, read before any reply is written: the item, the complaint in the reviewer's own terms,
 * what already happened, what they ask for, and any incident that must be escalated. Stored on the review, shown to
 * the owner beside the draft, and used by the composer, the LLM prompt, the grounding check and the themes.
 */

export const sectorGroups = [
  'retail',
  'food_hospitality',
  'trades_repairs',
  'health',
  'professional',
  'software',
] as const;
export const sectorGroupSchema = z.enum(sectorGroups);
export type SectorGroup = z.infer<typeof sectorGroupSchema>;

/** The reviewer's overall stance, from the rating and the balance of the text. */
export const stances = ['happy', 'happy_with_quibble', 'mixed', 'unhappy', 'neutral'] as const;
export const stanceSchema = z.enum(stances);
export type Stance = z.infer<typeof stanceSchema>;

/** Things the reviewer says already happened; a remedy that repeats one of these is never offered again. */
export const priorActions = [
  'returned',
  'replaced',
  'replacement_failed',
  'refunded',
  'cancelled',
  'contacted_support',
  'sent_back',
  'waited',
  'complained_on_site',
  'repaired',
  'repair_failed',
  'compensated',
  'business_followed_up',
] as const;
export const priorActionSchema = z.enum(priorActions);
export type PriorAction = z.infer<typeof priorActionSchema>;

/** What the reviewer asks for, when they say so. */
export const reviewerAsks = [
  'refund',
  'replacement',
  'repair',
  'apology',
  'callback',
  'explanation',
  'warning_others',
] as const;
export const reviewerAskSchema = z.enum(reviewerAsks);
export type ReviewerAsk = z.infer<typeof reviewerAskSchema>;

/** Incidents that put a person at risk or carry legal weight: these reviews are escalated and get a holding reply. */
export const incidentKinds = [
  'injury',
  'burn',
  'fire_smoke',
  'fumes',
  'shattered_glass',
  'food_poisoning',
  'allergen',
  'equipment_failure_risk',
  'legal_threat',
  'discrimination',
  'abuse',
  'harassment',
  'security',
  'food_safety',
  'patient_safety',
  'pests',
  'hygiene',
  'privacy',
] as const;
export const incidentKindSchema = z.enum(incidentKinds);
export type IncidentKind = z.infer<typeof incidentKindSchema>;

/** A phrase taken from the review, with where it was found so the owner can see it in context. */
export const evidenceSchema = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });
export type Evidence = z.infer<typeof evidenceSchema>;

export const situationSchema = z.object({
  /** The product or service, as a short noun phrase fit for a sentence ("the rice cooker", "the brake repair"). */
  item: z.string().nullable(),
  /** The main complaint as a short clause in the reviewer's terms ("stopped heating after two weeks"); null when unsure. */
  problem: z.string().nullable(),
  /** Other complaints, same form; the composer names at most one of them. */
  otherProblems: z.array(z.string()),
  /** 'high' when item and problem were read from clear wording; the composer writes a general sentence otherwise. */
  confidence: z.enum(['high', 'low']),
  priorActions: z.array(priorActionSchema),
  asks: z.array(reviewerAskSchema),
  incidents: z.array(incidentKindSchema),
  stance: stanceSchema,
  /** Aspects the reviewer praised, short noun phrases ("the staff", "the golf course", "Maria"); never complaints. */
  praised: z.array(z.string()),
  /** People the reviewer names (staff first names), praised or not. */
  people: z.array(z.string()),
  /** True when the reviewer says they are a returning or regular customer. */
  isReturning: z.boolean(),
  sectorGroup: sectorGroupSchema,
  evidence: z.array(evidenceSchema),
});
export type Situation = z.infer<typeof situationSchema>;
