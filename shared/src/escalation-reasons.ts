import { type IncidentKind, incidentKindSchema } from './situation.ts';

/** Why a review was escalated, as a sentence an owner reads at a glance in the inbox. */
const reasonSentences: Record<IncidentKind, string> = {
  injury: 'Describes an injury',
  burn: 'Describes a burn',
  fire_smoke: 'Mentions fire or smoke',
  fumes: 'Mentions fumes or a gas smell',
  shattered_glass: 'Mentions shattered glass',
  food_poisoning: 'Reports food poisoning',
  allergen: 'Reports an allergic reaction',
  equipment_failure_risk: 'A failure that put someone at risk',
  legal_threat: 'Mentions legal action or a claim for damages',
  discrimination: 'Alleges discrimination',
  abuse: 'Reports abuse',
  harassment: 'Reports harassment',
  security: 'Reports a security failure or crime',
  food_safety: 'Reports out-of-date, spoiled or undercooked food',
  patient_safety: 'Says serious symptoms were dismissed',
  pests: 'Reports bed bugs, bites or vermin',
  hygiene: 'Reports mould, unhygienic food handling or ignored health rules',
  privacy: "Says a customer's private information was shared or overheard",
};

/** One stored escalation reason in plain words; an unknown (older) reason is shown with its underscores as spaces. */
export function explainEscalationReason(reason: string): string {
  const kind = incidentKindSchema.safeParse(reason);
  if (kind.success) return reasonSentences[kind.data];
  const words = reason.replace(/_/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Escalated';
}
