import { type IncidentKind, incidentKindSchema } from './situation.ts';

/** How each incident kind reads to an owner in the inbox and in alerts. */
export const incidentLabels: Record<IncidentKind, string> = {
  injury: 'injury',
  burn: 'burn',
  fire_smoke: 'fire or smoke',
  fumes: 'fumes or gas',
  shattered_glass: 'shattered glass',
  food_poisoning: 'food poisoning',
  allergen: 'allergic reaction',
  equipment_failure_risk: 'failure that put someone at risk',
  legal_threat: 'legal threat',
  discrimination: 'discrimination',
  abuse: 'abuse',
  harassment: 'harassment',
  security: 'security or crime',
  food_safety: 'unsafe food sold or served',
  patient_safety: 'patient safety',
  pests: 'bed bugs or pests',
  hygiene: 'hygiene or health risk',
  privacy: 'privacy breach',
};

/** A stored escalation reason as words; reasons stored before incident kinds existed read as they were. */
export function describeEscalationReason(reason: string): string {
  const kind = incidentKindSchema.safeParse(reason);
  return kind.success ? incidentLabels[kind.data] : reason.replace(/_/g, ' ');
}
