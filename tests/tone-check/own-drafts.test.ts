import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { checkContextFor, checkReply } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { loadProfile, loadSet } from '../drafting/sample-drafts.ts';

// Rules about how a reply speaks to the reviewer (tone, blame, doubt, excuses, the parts a reply needs) and the
// blocking ones: an owner who sees any of them on a draft the product wrote stops trusting either the draft or the
// check. Grounding (a word the review does not say) is left out: a draft may put the reviewer's point in words of
// its own.
const SPEAKING_RULES = /^(?!grounding$)/;

function findingsOnDrafts(set: 'negative' | 'positive', every: number) {
  const out: Array<{ draft: string; rule: string; span: string }> = [];
  loadSet(set, { keepUnknownKind: true })
    .filter((_, i) => i % every === 0)
    .forEach((r) => {
      const profile = loadProfile(r.kind);
      const review = { ...r, author: null };
      const draft = composeDraft(
        review,
        triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) }),
        profile,
        {
          recent: [],
        },
      );
      for (const f of checkReply(draft.text, checkContextFor(profile, review)))
        if (SPEAKING_RULES.test(f.rule))
          out.push({ draft: draft.text, rule: f.rule, span: draft.text.slice(f.span.start, f.span.end) });
    });
  return out;
}

describe('the tone and safety check on the drafts the product writes', () => {
  it('finds nothing to correct in replies to a spread of real unhappy reviews', () => {
    expect(findingsOnDrafts('negative', 4)).toEqual([]);
  });

  it('finds nothing to correct in thank-you notes to a spread of real happy reviews', () => {
    expect(findingsOnDrafts('positive', 4)).toEqual([]);
  });
});

describe('wording of our own drafts the check once misread', () => {
  const clean = (text: string, rating = 2) => checkReply(text, { rating }).map((f) => f.rule);
  it.each([
    ['a promise to say what is being done', 'Within one day I will let you know what I am doing about it.'],
    ['taking it up with the team oneself', 'Once we have spoken, I will take it up with the team myself.'],
    ['an apology for what the reviewer was told', 'I apologise that you were told you would be called back.'],
    [
      'an apology for what the reviewer was given',
      'I hate to read that you were given such a poor table; please call me.',
    ],
    [
      'a regret that help was absent',
      'I regret that there was no sign of security at the front desk; please call me.',
    ],
    [
      'a shame felt for the wait',
      'It is a real shame that you waited far too long to be seated; please call me.',
    ],
    [
      'a second apology for what was given',
      'My apologies that the wifi failed, and that you were given less than you paid for; I will refund it.',
    ],
    [
      'a shame felt for a small plate',
      'It is a real shame that you were served so little; I will refund it.',
    ],
    ['a promise with a time', 'We are sorry. We promise a reply within a single day.'],
    [
      'a charge above the price told',
      'My apologies that you were charged more than you were told; I will refund it.',
    ],
    [
      'a shame felt for a long wait',
      'It is a real shame that you had such a long wait; I am sorry. Please call me.',
    ],
    [
      'a time by which it can all be done',
      'I am sorry. Give me a ring on (555) 201-4410; it can all be done within seventy-two hours of first hearing from you.',
    ],
    [
      'what was gone through taken to the team',
      'I am sorry. What you went through is going to the team today, so the next customer does not meet it. Please call me.',
    ],
    [
      'what matters to the business',
      'I am sorry. Keeping things right for the people who know us best matters most to us. Please call me.',
    ],
    [
      'an unhappiness owned for what the reviewer was told',
      'You have every reason to be unhappy that you were told it was not available, and I am sorry. Please call me.',
    ],
    [
      'a fault owned as below the standard',
      'The food tasted as if it had come out of a microwave, and that is not the standard you should get from us. I apologise; please call me.',
    ],
    [
      'an answer promised',
      'I apologise. Expect an answer from me within a single day of hearing from you; phone (555) 600-2231 or message sam@cornerandco.example.',
    ],
    [
      'what will be arranged',
      'I apologise. If you ring me on (555) 903-4402, a refund of the difference from the price you were quoted, and a return visit to put the work right at no charge to you will be arranged within three days.',
    ],
    [
      'a contact line with an email address',
      'Write to jess@studiolumen.example and you will have a full reply from me within a day.',
    ],
  ])('%s', (_, text) => {
    expect(clean(text).filter((r) => r !== 'missing-acknowledgement')).toEqual([]);
  });
  it.each([
    'I was concerned to read about the vandalism you describe, and I want to find out how it came about. Please reach me on (555) 903-4402.',
    'I do not take the injury you describe lightly, and I hope you are feeling better now. Please reach me on (555) 330-7812.',
    'I take the illness you mention after the meal very seriously. Please call me on (555) 201-4410.',
    'Learning of your husband falling ill concerned me; I hope he is doing okay now. Please call me on (555) 201-4410.',
  ])('reads concern in a holding reply as acknowledgement: %s', (text) => {
    expect(checkReply(text, { rating: 1 }).map((f) => f.rule)).not.toContain('missing-acknowledgement');
  });

  it('still asks for an acknowledgement where there is none (near miss)', () => {
    expect(
      checkReply('Please call us on (555) 201-4410 to discuss the matter.', { rating: 1 }).map((f) => f.rule),
    ).toContain('missing-acknowledgement');
  });

  it('passes kind words on without reading them as sarcasm', () => {
    expect(clean('Thank you! I will pass your kind words on to housekeeping.', 5)).toEqual([]);
  });
  it('asks no next step of a thank-you note under a 4-star review that says "not"', () => {
    expect(
      checkReply('Thank you, we are so glad you enjoyed it.', { rating: 4, reviewText: 'Not bad at all!' }),
    ).toEqual([]);
  });
  it('needs no support in the review for the idioms a thank-you is made of, but still for a thing it names', () => {
    const grounding = (text: string) =>
      checkReply(text, { rating: 5, reviewText: 'Great pasta and a friendly waiter, we will be back!' })
        .filter((f) => f.rule === 'grounding')
        .map((f) => text.slice(f.span.start, f.span.end));
    expect(
      grounding(
        'Thanks a million for the review, and for putting the pasta in the spotlight; it made an impression.',
      ),
    ).toEqual([]);
    expect(
      grounding(
        'Thank you for adding your voice and for the nod to the waiter; I am glad you put it online.',
      ),
    ).toEqual([]);
    expect(grounding('Thanks a million for the kind words about the lobster.')).toEqual(['lobster']);
  });

  it('still reads the same words as blame or doubt where they are not told back in an apology', () => {
    expect(clean('Read the instructions that you were given.')).toContain('blaming');
    expect(clean('It is a shame you did not read the menu before ordering.')).toContain('blaming');
    expect(clean('We checked, and there was no sign of any damage when it left us.')).toContain('doubting');
    expect(clean('Honestly, you were told the rules at the door.')).toContain('defensive');
    expect(clean('Please take it up with the courier, not us.')).toContain('excuse');
    expect(clean('Thanks for your expert words on cooking.', 2)).toContain('sarcasm');
    expect(clean('I have been doing this job for twenty years.')).toContain('condescending');
    expect(checkReply('We are so sorry about the cold coffee.', { rating: 2 }).map((f) => f.rule)).toContain(
      'missing-next-step',
    );
  });
});
