import type { SectorGroup } from '@rebound/shared';
import { type Frame, VENUES } from './complaint-frame.ts';

/**
 * Grievances that are the point of a local review when told, however briefly: a place left without security, a
 * room found dirty in a list of notes with no verb ("beds and linens dirty and old"), furnishings worn through, a car
 * the garage could not fix. Each carries weight, so a minor aside told at more length (the music in the gym, one
 * thin towel) is never the only thing a reply names.
 */

// Every trade the reviewer visits in person; a shop's "no security" is as often a router's settings.
const VISITED: readonly SectorGroup[] = ['food_hospitality', 'health', 'trades_repairs', 'professional'];

// What "security" may be beside that is no guard: a deposit, a code, a device's settings.
const NOT_A_GUARD =
  '(?! (?:deposit|code|questions?|number|pin|features?|settings?|updates?|patch\\w*|holes?|risks?|issues?|concerns?|check|clearance|line)\\b)';

// Dirt, said plainly; never "not dirty".
const DIRTY =
  "(?<!\\b(?:not|never|wasn't|weren't|isn't|aren't) )(?:dirty|filthy|grimy|grubby|unkempt|not (?:very |so |particularly |that |at all )?clean)";
// The parts of a stay or a visit whose dirt is the grievance.
const DIRT_PARTS = [
  'room',
  'rooms',
  'bathroom',
  'bathrooms',
  'beds',
  'linens',
  'sheets',
  'bedding',
  'carpets',
  'carpet',
  'lobby',
  'elevator',
  'elevators',
  'hallways',
  'corridors',
  'halls',
  'pool',
  'tables',
  'floors',
  'dining room',
  'restrooms',
  'salsa bar',
  'drink station',
  'booths',
  'counters',
];
const DIRT_PART = `(${DIRT_PARTS.join('|')})`;

// Dirt told in a list of notes, with no verb ("beds and linens dirty and old"), and before the part ("a not very
// clean room nor bathroom"); each captures the part and any second part joined to it.
const DIRT_AFTER = `\\b${DIRT_PART}\\b(?: (?:and|nor|&) (?:the |their |our )?([a-z]+))?,? (?:(?:very|so|really|extremely|quite|pretty|all|and|small|old|dark|tiny|worn|smelly|musty|cramped|dated|stained),? ){0,4}${DIRTY}\\b`;
const DIRT_BEFORE = `\\bnot (?:very |so |particularly |that )?clean ${DIRT_PART}\\b(?: (?:and|nor|or) (?:the )?([a-z]+))?`;
// A list of parts said dirty together: "the lobby, salsa bar and even drink station were very dirty".
const LIST_ITEM = '(?:(?:even|also|the|their|our) )*[a-z]+(?: [a-z]+)?';
const DIRT_LIST = new RegExp(
  `\\b(${LIST_ITEM}(?:, (?:and )?${LIST_ITEM}){1,3}(?:,? and ${LIST_ITEM})?),? (?:were|are) (?:(?:very|so|really|extremely|quite|pretty|all) )*${DIRTY}\\b`,
  'g',
);
// Dirt said of a part, in any of the ways the frames below read it, and with a verb ("the bathroom was filthy").
const DIRT_SAID = [
  new RegExp(DIRT_AFTER, 'g'),
  new RegExp(DIRT_BEFORE, 'g'),
  new RegExp(
    `\\b${DIRT_PART}\\b[^.,;]{0,20}\\b(?:was|were|is|are) (?:\\w+ )?(?:dirty|filthy|grimy|disgusting|stained|not (?:properly |very )?clean)\\b`,
    'g',
  ),
];

/**
 * Every part of a stay the reviewer says was dirty, in the order said, each once: "the room", "the bathroom", "the
 * beds". One part is told by the frames below; dirt spread over several is told as all of them.
 */
export function dirtyParts(text: string): string[] {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const found: { part: string; at: number }[] = [];
  for (const pattern of DIRT_SAID)
    for (const m of lower.matchAll(pattern))
      for (const [i, part] of [m[1], m[2]].entries())
        if (part && DIRT_PARTS.includes(part)) found.push({ part, at: (m.index ?? 0) + i });
  // "The lobby, salsa bar and even drink station were very dirty": each part of a list said dirty together.
  for (const m of lower.matchAll(DIRT_LIST))
    for (const [i, item] of (m[1] ?? '').split(/,\s*(?:and\s+)?|\s+and\s+/).entries()) {
      const part = item.replace(/^(?:(?:even|also|the|their|our)\s+)+/, '').trim();
      if (DIRT_PARTS.includes(part)) found.push({ part, at: (m.index ?? 0) + i });
    }
  const singular = (part: string) =>
    part.replace(/(?<=room|elevator|carpet|hallway|corridor|floor|table)s$/, '');
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.part)
    .filter((part) => {
      const one = singular(part);
      if (seen.has(one)) return false;
      seen.add(one);
      return true;
    });
}

// What a worn place shows: "furnishings showed years of wear and tear".
const WORN_PARTS = 'furnishings furniture room rooms carpet carpets bathroom lobby hallways'.split(' ');

// A number of nights, in figures or words.
const NIGHTS = '\\d+|two|three|four|five|six|seven';
// A guest who left before the nights booked were up, or says what the bill should have been instead.
const LEFT_EARLY =
  /\b(?:instead of|as opposed to|rather than|only (?:being )?charged|(?:leave|left|check(?:ed)? out|checking out) (?:a day |\w+ days? |a night )?(?:early|earlier|sooner))\b/;
// Travel sites and other third parties a room is booked through.
const TRAVEL_SITE =
  '(?:expedia|hotels\\.com|booking\\.com|priceline|hotwire|orbitz|travelocity|agoda|a third[- ]party(?: site| website)?|a travel site)\\b';

// A vehicle the garage had in.
const VEHICLES = 'car truck vehicle van suv jeep motorcycle'.split(' ');

export const mainGrievanceFrames: readonly Frame[] = [
  {
    // Security the reviewer looked for and did not see: "zero sign of security at the front desk", "no security guard
    // at night", "security was nowhere to be found".
    test: new RegExp(
      `\\b(?:zero|no|not any|not a|never any|without any|a lack of|lack of|absence of) (?:sign of |signs of |trace of )?(?:any )?security\\b${NOT_A_GUARD}[^.]{0,30}\\b(?:front desk|reception|lobby|desk|entrance|door|gate)\\b`,
    ),
    groups: VISITED,
    clause: 'there was no sign of security at the front desk',
    also: ['nobody from security was at the front desk'],
    ours: true,
    service: true,
    topic: 'security',
    weight: 2,
  },
  {
    test: new RegExp(
      `\\b(?:zero|no|not any|never any|without any|a lack of|lack of|absence of) (?:sign of |signs of |trace of )?(?:any )?security\\b${NOT_A_GUARD}|\\bsecurity (?:guards? |staff |team )?(?:was|were|is|are) (?:nowhere to be (?:found|seen)|never (?:there|around)|not (?:there|around)|absent)\\b`,
    ),
    groups: VISITED,
    clause: 'there was no sign of security',
    also: ['nobody from security was anywhere to be seen'],
    ours: true,
    service: true,
    topic: 'security',
    weight: 2,
  },
  {
    // Staff who could not answer what the reviewer asked: "they had no idea what I was talking about".
    test: /\b(?:they|staff|employees?|the (?:staff|front desk|desk clerk|desk|receptionist|clerk|employees?|manager|girl|guy|lady|man|woman)) (?:had|has|have) (?:absolutely )?no (?:idea|clue) (?:what (?:i|we) (?:was|were|am|are) (?:talking|asking) about|what (?:i|we) meant)\b/,
    groups: [...VISITED, 'retail'],
    clause: 'our staff did not know what you were asking about',
    also: ['our staff could not answer what you asked'],
    ours: true,
    service: true,
    topic: 'uninformed',
    weight: 1,
  },
  {
    // Dirt told in a list of notes, with no verb: "beds and linens dirty and old", "elevator very small and dirty".
    test: new RegExp(DIRT_AFTER),
    groups: VENUES,
    clause: 'the {x} was not clean',
    fills: new Set(DIRT_PARTS),
    topic: 'clean',
    weight: 1.5,
  },
  {
    // The same said before the part: "a not very clean room nor bathroom".
    test: new RegExp(DIRT_BEFORE),
    groups: VENUES,
    clause: 'the {x} was not clean',
    fills: new Set(DIRT_PARTS),
    topic: 'clean',
    weight: 1.5,
  },
  {
    // A room whose temperature the guest could not set: "we could not regulate the air conditioner".
    test: /\b(?:could not|couldn't|can't|cannot|unable to|no way to) (?:even )?(?:regulate|control|adjust|set|turn down|turn off|turn up|change) (?:the )?(?:air condition\w*|a\/c|ac|air con|heat(?:ing|er)?|thermostat|temperature)\b/,
    groups: VENUES,
    clause: 'you could not get the room to a comfortable temperature',
    also: ['there was no way to make the room comfortable to sleep in'],
    topic: 'room-temperature',
    weight: 1,
  },
  {
    // Tools or foot baths the reviewer saw go uncleaned between clients: "they don't put any effort into sanitizing
    // the tools", "never disinfected the bowl". Told as what they saw, never as our admission of it.
    test: /\b(?:don't|do not|didn't|did not|never|doesn't|does not|no effort (?:in|into)|(?:any|no) effort (?:in|into)|without) (?:\w+ ){0,4}?(?:saniti[sz]\w*|disinfect\w*|sterili[sz]\w*|clean(?:ing|ed)?) (?:the |their |any |of the )?(?:tools|instruments|implements|equipment|bowls?|tubs?|basins?|brushes|clippers|files|stations?|chairs?|pedicure (?:bowls?|tubs?|chairs?))\b/,
    groups: ['health', 'professional'],
    clause: 'what you saw of how the tools were cleaned worried you',
    also: ['the way you saw the tools being cleaned troubled you'],
    service: true,
    topic: 'hygiene',
    weight: 2,
  },
  {
    // Wear the reviewer saw: "furnishings showed years of wear and tear".
    test: new RegExp(
      `\\b(${WORN_PARTS.join('|')})\\b[^.,;]{0,20}\\b(?:showed|shows|showing|had|has|with|full of)\\b[^.,;]{0,20}\\bwear and tear\\b`,
    ),
    groups: VENUES,
    clause: 'the {x} was so worn',
    fills: new Set(WORN_PARTS),
    service: true,
    topic: 'state',
    weight: 0.5,
  },
  {
    // A garage that could not fix the car it had in: "they couldn't even figure out how to fix my car". Said of
    // the people who had it, never of the reviewer ("I couldn't afford to fix my car").
    test: new RegExp(
      `\\b(?:they|he|she|the (?:mechanics?|techs?|technicians?|shop|garage|dealer(?:ship)?|service department)) (?:couldn't|could not|can't|cannot|were unable to|was unable to|never managed to|failed to) (?:even )?(?:figure out |work out )?(?:how to )?(?:fix|repair|diagnose|sort out|find (?:out )?what was wrong with) (?:my|our|the) (${VEHICLES.join('|')})\\b`,
    ),
    groups: ['trades_repairs'],
    clause: 'we could not fix your {x}',
    fills: new Set(VEHICLES),
    ours: true,
    topic: 'not-fixed',
    // The job the reviewer came for left undone is the point of the review, above how they were spoken to.
    weight: 2.5,
  },
  {
    // An appointment kept with nothing done: "my appointment was only to meet the service advisor, not get any work
    // completed", "we had an appointment and they never even started on it". The wasted visit is the grievance, not
    // the service in general.
    test: /\bappointments?\b[^.]*\b(?:not|no|never|without|wasn't|weren't)\b[^.]{0,25}\b(?:work|repairs?|job)\b[^.]{0,10}\b(?:done|completed|performed|started|carried out)\b|\bappointments?\b[^.]*\b(?:only|just|all)\b[^.]{0,30}\bto (?:meet|talk to|speak (?:to|with)|see) (?:the |a |an )?(?:service )?(?:advis[eo]r|writer|manager|estimator)\b|\b(?:had|made|booked|kept) (?:an |my |our |the )?appointment\b[^.]*\b(?:never|didn't|did not) (?:even )?(?:start(?:ed)?|look(?:ed)? at|touch(?:ed)?|work(?:ed)? on)\b/,
    groups: ['trades_repairs'],
    clause: 'you came in for an appointment and no work was done',
    also: ['your appointment ended with no work done'],
    ours: true,
    service: true,
    topic: 'no-work',
    weight: 2,
  },
  {
    // The work itself judged poor in a salon, spa or workshop: "their work was terrible and sloppy", "the work was
    // careless". Not "the work out was great", nor someone else's work the reviewer compares.
    test: /\b(?:their|there|the|her|his) work (?:was|is|has been) (?:just |so |very |really |extremely |pretty )?(?:(?:terrible|awful|horrible|poor|bad|rushed),? (?:and )?)?(?:sloppy|careless|shoddy|messy|slapdash|terrible|awful|horrible)\b/,
    groups: ['health', 'professional', 'trades_repairs'],
    clause: 'the work itself was so poor',
    also: ['the work was not done with the care it needed'],
    ours: true,
    service: true,
    topic: 'work-poor',
    weight: 1.5,
  },
  {
    // A treatment left again and again for other clients: "they kept stopping doing my nails to work on others".
    test: /\b(?:stopped|stopping|stop|stops|left|leaving|leave|walked away from) (?:doing |working on |in the middle of )?(?:my|our) (?:nails|hair|manicure|pedicure|cut|haircut|colou?r|massage|facial|treatment|service|appointment|car|job)\b[^.]{0,30}\bto (?:work on|help|serve|do|attend to|deal with|take care of|see to) (?:others|other (?:clients|customers|people)|another (?:client|customer)|someone else|the next)\b/,
    groups: ['health', 'professional', 'trades_repairs'],
    clause: 'your treatment kept being put aside while others were seen to',
    also: ['you were left again and again while others were seen to'],
    ours: true,
    service: true,
    topic: 'put-aside',
    weight: 1.5,
  },
  {
    // A stay billed for nights the guest did not stay: "the card posted the amount for a 4 night stay" after leaving a
    // day early, "charged us for an extra night". Never the nights the guest agreed to pay for.
    test: new RegExp(
      `\\bcharged (?:me |us )?for (?:an extra|an additional|another|the full|the whole) (?:night|nights|day|days)\\b|\\bcharged (?:me |us )?for (?:${NIGHTS}) (?:night|nights|days)\\b[^.]{0,20}\\b(?:instead of|rather than|when (?:i|we) (?:only )?stayed)\\b|\\b(?:posted|billed|charged) (?:the amount |the charge |me |us |my card )?for (?:a |an )?(?:${NIGHTS})[- ]night stay\\b`,
    ),
    whole: LEFT_EARLY,
    groups: VENUES,
    clause: 'you were charged for more nights than you stayed',
    also: ['the bill was for more nights than you stayed'],
    ours: true,
    service: true,
    topic: 'billing',
    weight: 2,
  },
  {
    // A booking made through a travel site held against the guest: "since I had booked thru Expedia, they stated I
    // had to get approval thru them", "I should not have gone through Expedia".
    test: new RegExp(
      `\\b(?:since|because|as) (?:i|we) (?:had )?(?:booked|reserved|paid|gone|went) (?:it |the room )?(?:thru|through|via|with|on) ${TRAVEL_SITE}|\\b(?:should not|shouldn't|should never) have (?:gone|booked) (?:thru|through|via|with|on) ${TRAVEL_SITE}`,
    ),
    groups: VENUES,
    clause: 'your booking through a travel site was held against you',
    also: ['you were made to feel that booking through a travel site was a problem'],
    ours: true,
    service: true,
    topic: 'third-party-booking',
    weight: 1,
  },
];
