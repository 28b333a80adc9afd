import type { Triage } from '../triage/index.ts';
import { callHoursOf, chooseNextStep, describeRemedy, withinWords } from './choose-remedy.ts';
import type { DraftPromise } from './compose-draft.ts';
import { inviteLine } from './invite-line.ts';
import { cleanPhrase, joinPhrases, type ProblemWords, problemWords } from './phrase-problem.ts';
import * as t from './templates.ts';
import { themeSentencesFor } from './theme-words.ts';
import { type Part, part, type Writer } from './writer.ts';

/** The sentence that shows the complaint was read: specific when the situation is sure of it, general otherwise. */
function acknowledgement(
  w: Writer,
  words: ProblemWords,
  themes: readonly string[],
  reviewText: string,
): string {
  if (words.form === 'clause') return w.say(w.pick(t.ackClause, 'ack'), { p: words.text });
  if (words.form === 'noun') return w.say(w.pick(t.ackNoun, 'ack'), { p: words.text });
  if (words.item) return w.say(w.pick(t.ackItem, 'ack'), { item: words.item });
  const byTheme = w.canQuote ? themeSentencesFor(themes, w.situation.praised, reviewText) : [];
  if (byTheme.length > 0) return w.say(w.pick(byTheme, 'ack-theme'));
  const general =
    w.profile.regulated || !w.say('{thing}') ? t.ackGeneral : [...t.ackGeneral, ...t.ackGeneralThing];
  return w.say(w.pick(general, 'ack'));
}

function praiseNod(w: Writer): string {
  if (!w.canQuote || w.situation.stance !== 'mixed') return '';
  const praised = w.situation.praised
    .filter((p) => !w.situation.people.includes(p))
    .map(cleanPhrase)
    .filter((p): p is string => p !== null);
  if (praised.length === 0) return '';
  return w.say(w.pick(t.praiseNod, 'nod'), { p: joinPhrases(praised.slice(0, 1)) });
}

/**
 * A reply to an unhappy reviewer: brief thanks, the real problem in natural words, ownership without grovelling,
 * a next step chosen from what already happened, and a private line to the named contact. Three orders of parts
 * are used, chosen per review, so a page of replies does not share one shape.
 */
export function complaintParts(
  w: Writer,
  triage: Triage,
  opts: { noCompensation: boolean; reviewText: string },
  promises: DraftPromise[],
): Part[] {
  const { profile, situation } = w;
  const words = problemWords(situation, w.canQuote);
  const step = opts.noCompensation
    ? { kind: 'call' as const, hours: 24, reason: 'hear' as const }
    : chooseNextStep(profile.remedies, situation, triage.themes, {
        regulated: profile.regulated,
        reviewText: opts.reviewText,
        knowsProblem: words.form !== 'none',
      });
  let offer: string;
  let within = withinWords(callHoursOf(profile.remedies));
  if (step.kind === 'remedy') {
    const phrase = describeRemedy(step.remedy);
    // A discount or other later-visit offer is ours to keep whenever they come; a time on it reads as a deadline.
    const timed = step.remedy.kind !== 'discount' && step.remedy.kind !== 'other';
    offer = timed
      ? w.say(w.pick(t.remedyTimed, 'remedy'), { remedy: phrase, within: withinWords(step.hours) })
      : w.say(w.pick(t.remedyUntimed, 'remedy'), { remedy: phrase });
    promises.push({ description: `Arrange ${phrase}`, dueInHours: step.hours });
    if (timed) within = '';
    else within = withinWords(callHoursOf(profile.remedies));
  } else {
    offer = w.say(w.pick(step.reason === 'fix' ? t.callToFix : t.callToHear, 'call'));
    promises.push({
      description: `${profile.contactName} contacts the reviewer personally`,
      dueInHours: step.hours,
    });
  }
  const invite = inviteLine(w, within);
  // A call offer and the line to call run on as one sentence in some replies, so they do not always read the same.
  const picked = step.kind === 'call' ? w.pick(t.offerJoin, 'join') : '. ';
  const join = picked === ', so ' && /\bso\b|:/.test(offer) ? '. ' : picked;
  const offerAndInvite =
    join === '. '
      ? `${offer} ${invite}`
      : `${offer.replace(/\.$/, '')}${join}${invite.startsWith(profile.contactName) ? invite : invite.charAt(0).toLowerCase() + invite.slice(1)}`;
  const thanks = w.say(w.pick(t.thanksBrief, 'thanks'));
  const failed = situation.priorActions.includes('replacement_failed')
    ? t.priorFailed.replacement_failed
    : situation.priorActions.includes('repair_failed')
      ? t.priorFailed.repair_failed
      : null;
  const ack = [
    acknowledgement(w, words, triage.themes, opts.reviewText),
    failed ? w.say(w.pick(failed, 'failed')) : '',
  ]
    .join(' ')
    .trim();
  const nod = praiseNod(w);
  const own = profile.regulated ? '' : w.say(w.pick(t.ownership, 'own'));
  const privacy = profile.regulated ? w.pick(t.regulatedPrivacy, 'privacy') : '';
  const shape = w.pick([0, 1, 2], 'shape');
  const body =
    shape === 0
      ? [
          part(`${thanks} ${nod}`.trim(), true),
          part(`${ack} ${own}`.trim()),
          part(privacy),
          part(offerAndInvite),
        ]
      : shape === 1
        ? [
            part(`${nod} ${ack}`.trim()),
            part(privacy),
            part(offerAndInvite),
            part(w.say(w.pick(t.thanksLast, 'thanks-last'))),
          ]
        : [part(`${thanks} ${ack}`), part(nod, true), part(own, true), part(privacy), part(offerAndInvite)];
  return body.filter((p) => p.text.length > 0);
}
