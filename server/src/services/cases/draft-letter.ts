import type { LetterInput, LetterTemplate } from '@rebound/shared';
import { type CheckContext, checkReply, type Finding, hasBlocking } from '@rebound/shared/tone-check/index';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import type { BusinessProfile } from '../../drafting/business-profile.ts';
import { getBusinessProfile } from '../orgs/get-business-profile.ts';
import { type LetterFacts, renderLetter } from './letter-templates.ts';
import { loadCase } from './load-case.ts';

export type LetterOptions = Omit<LetterInput, 'caseId' | 'template'>;

function letterCheckContext(profile: BusinessProfile): CheckContext {
  // A letter goes privately to the client it is about, so naming them as a client discloses nothing:
  // the regulated-sector rule is for public replies. Everything else (tone, insults, liability) still applies.
  return { regulated: false, businessContacts: [profile.contactEmail, profile.contactPhone] };
}

/**
 * The contract and invoice numbers the owner typed are addressed to the very person they identify, so the
 * personal-data rule (written for public replies) does not apply to them; it still applies to everything else.
 */
function withoutOwnReferences(text: string, findings: Finding[], references: string[]): Finding[] {
  const ranges: Array<[number, number]> = [];
  for (const ref of references) {
    for (let at = text.indexOf(ref); at >= 0; at = text.indexOf(ref, at + 1))
      ranges.push([at, at + ref.length]);
  }
  return findings.filter(
    (f) =>
      f.rule !== 'personal-data' || !ranges.some(([start, end]) => f.span.start < end && f.span.end > start),
  );
}

/** Fill a letter template with the business's and the case's facts, and check it like a reply. */
function composeLetter(
  template: LetterTemplate,
  profile: BusinessProfile,
  postalAddress: string,
  opts: LetterOptions,
  now = new Date(),
) {
  const facts: LetterFacts = {
    business: profile.name,
    postalAddress,
    contactName: profile.contactName,
    contactEmail: profile.contactEmail,
    contactPhone: profile.contactPhone,
    recipientName: opts.recipientName,
    date: now,
    amount: opts.amount ?? null,
    currency: opts.currency ?? 'USD',
    contractReference: opts.contractReference ?? null,
    invoiceReference: opts.invoiceReference ?? null,
    respondWithinDays: opts.respondWithinDays ?? 14,
    obligationsFulfilled: opts.obligationsFulfilled ?? [],
    referral: opts.referral ?? null,
    mediator: opts.mediator ?? null,
  };
  const text = renderLetter(template, facts);
  const references = [facts.contractReference, facts.invoiceReference].filter((r): r is string => Boolean(r));
  const findings = withoutOwnReferences(text, checkReply(text, letterCheckContext(profile)), references);
  return { text, findings, isBlocked: hasBlocking(findings) };
}

export async function draftLetter(db: Db, orgId: string, input: LetterInput & { caseId: string }) {
  await loadCase(db, orgId, input.caseId);
  const profile = await getBusinessProfile(db, orgId);
  const [org] = await db
    .select({ postalAddress: organizations.postalAddress })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const { caseId: _caseId, template, ...opts } = input;
  return composeLetter(template, profile, org?.postalAddress ?? '', opts);
}
