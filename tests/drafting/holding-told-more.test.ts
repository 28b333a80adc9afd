import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged as loadProfile } from './remedy-helpers.ts';

const draftFor = (profile: BusinessProfile, text: string, rating = 1) => {
  const review = { author: 'Sam P.', rating, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
  return { triage, draft: composeDraft(review, triage, profile, { recent: [] }) };
};

describe('a holding reply asks after the household that fell ill together', () => {
  it('names the reviewer and their boys, told apart from the sentence that names the illness', () => {
    const { draft } = draftFor(
      loadProfile('restaurant'),
      'We ordered the family platter on Saturday. The food tasted fine but something was off. All three of us were up half the night with stomach cramps, me and my boys. Not full food poisoning but close.',
      2,
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/you and your boys falling ill after the meal/);
    expect(draft.text).toMatch(/you are all/);
    expect(draft.text).not.toMatch(/everyone/);
  });

  it('asks after the two of them where the reviewer fell ill with a husband', () => {
    const { draft } = draftFor(
      loadProfile('restaurant'),
      'We all got food poisoning after dinner here. My husband and I were sick for two days.',
    );
    expect(draft.text).toMatch(/you and your husband/);
    expect(draft.text).toMatch(/you are both/);
  });

  it('still asks after everyone where the group holds more than one kind of person', () => {
    const { draft } = draftFor(
      loadProfile('restaurant'),
      'We all got food poisoning after dinner here with my husband and my kids.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/you and your/);
    expect(draft.text).toMatch(/everyone/);
  });
});

describe('a vet’s holding reply to care left to lapse names what lapsed and wishes nobody better', () => {
  it('names the overdue vaccinations and does not ask after anyone', () => {
    const { triage, draft } = draftFor(
      loadProfile('vet'),
      'Nobody told us our dog’s rabies shot was three months overdue. Voicemails go unanswered. Poorly run office.',
    );
    expect(triage.escalation.reasons).toContain('patient_safety');
    expect(draft.text).toMatch(/the overdue vaccinations/);
    expect(draft.text).not.toMatch(/I hope (?:everyone|you|he|she|all)/);
  });

  it('wishes nobody better where prescriptions were not refilled', () => {
    const { draft } = draftFor(
      loadProfile('vet'),
      'The office is a mess. Prescriptions are not refilled and nobody returns calls, so my cat went without her pills.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/I hope (?:everyone|you|he|she|all)/);
  });

  it('still asks after a pet hurt in the practice’s care', () => {
    const { draft } = draftFor(
      loadProfile('groomer'),
      'Took my dog in for a full groom. When I picked him up he had a cut on his ear, and now I have a $300 vet bill.',
    );
    expect(draft.text).toMatch(/I hope he is/);
  });
});

describe('a holding reply to a claim of being treated unlike other customers', () => {
  it('names it as the reviewer’s account and says every customer is treated alike', () => {
    const { triage, draft } = draftFor(
      loadProfile('shop'),
      'The cashier refused my card and sent me to the ATM, yet I watched him take cards from everyone else all afternoon. It was because of my skin colour.',
    );
    expect(triage.escalation.reasons).toContain('discrimination');
    expect(draft.text).toMatch(/your account of being treated differently from other customers/);
    expect(draft.text).toMatch(/treated alike|treated the same|the same welcome/);
    expect(draft.text).not.toMatch(/the treatment you describe/);
  });

  it('keeps the general words where the review sets the treatment beside nobody else’s', () => {
    const { triage, draft } = draftFor(
      loadProfile('shop'),
      'The owner refused to serve me because I am black. I will not be back.',
    );
    expect(triage.escalation.reasons).toContain('discrimination');
    expect(draft.text).not.toMatch(/treated differently from other customers/);
  });
});

describe('a good review that tells in passing of how someone behaved', () => {
  const text =
    'Nice rooms and a good breakfast. A man in the sauna followed me into the changing room and kept making offers, not the hotel’s fault but creepy. The desk clerk was rude about my receipt too.';

  it('is thanked plainly, with regret for the behaviour and an ask to hear more', () => {
    const { triage, draft } = draftFor(loadProfile('hotel'), text, 4);
    expect(triage.escalation.escalate).toBe(true);
    expect(draft.text).not.toMatch(/lovely|wonderful|kind words|warm review|kind review/i);
    expect(draft.text).toMatch(/sorry (?:to read )?about the behaviour you describe/);
  });

  it('a glowing review with an injury in passing still asks to hear more about it', () => {
    const { draft } = draftFor(
      loadProfile('hotel'),
      'Wonderful stay, the staff were lovely and the view was stunning. I did slip on the wet pool steps and cut my knee, but the lifeguard patched me up.',
      5,
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/hear (?:a little )?more/);
  });
});

describe('a holding reply leaves out the people the reviewer says were not part of it', () => {
  it('does not ask after the family the reviewer says did not share the meal', () => {
    const { draft } = draftFor(
      loadProfile('restaurant'),
      'The burrito I picked up here was the one meal I did not share with my family, so it alone gave me food poisoning.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(/your family/);
  });

  it('still asks after the family where they shared the meal and fell ill too', () => {
    const { draft } = draftFor(
      loadProfile('restaurant'),
      'We all got food poisoning after the platter we shared. My family were sick for two days.',
    );
    expect(draft.text).toMatch(/you and your family/);
  });
});

describe('a holding reply to a spa names tools left unclean rather than hygiene in general', () => {
  it('names the unclean tools and goes over their cleaning with the team', () => {
    const { draft } = draftFor(
      loadProfile('spa'),
      'I watched them wash the files and clippers in my own foot soak, then they barely rinsed out the bowl before the next client.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/unclean tools/);
    expect(draft.text).toMatch(/how every tool and basin is cleaned|our cleaning routine/);
  });

  it('still names dirt where the review speaks of a dirty room, not tools', () => {
    const { draft } = draftFor(
      loadProfile('spa'),
      'The treatment room was filthy, with dirt all over the floor and hair on the towels.',
    );
    expect(draft.text).not.toMatch(/unclean tools/);
  });
});
