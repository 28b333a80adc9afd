import type { Writer } from './writer.ts';

/*
 * What the business will do about the grievance beyond this reviewer's own remedy: the kitchen hears about a dish,
 * the team about how someone was treated, the rest of a faulty model's stock is checked. One sentence, told only where
 * the grievance the reply named is of a kind with a plain owner, and only on some replies of a page: a line of this
 * kind in every reply reads as a form as surely as none at all.
 */

// Grievances read by the complaint frames, by who in the business would put them right.
const KITCHEN = new Set([
  'food',
  'portion',
  'temperature',
  'reheated',
  'frozen',
  'undercooked',
  'overcooked',
]);
const TEAM = new Set(['staff', 'refused', 'pushed', 'sales_pressure', 'rude', 'ignored']);
const BUSY = new Set(['wait', 'slow']);
// Not the place's worn or dated state, which no cleaning would mend.
const CLEANING = new Set(['clean', 'dirty', 'hygiene']);
const ORDERS = new Set(['order']);
const LISTING = new Set(['listing', 'described']);
const MESSAGES = new Set(['unanswered', 'phone']);
const BOOKING = new Set(['booking']);
// A fault a unit may have where others of its batch do not (a hum, a blown fuse, a battery that will not hold its
// charge): worth checking the rest of the stock for. Poor sound or a weak signal is the model's own trait, which
// checking more of the same would not change.
const UNIT_FAULTS = new Set(['hum', 'fuse', 'battery']);

const lines = {
  kitchen: [
    'I will raise this with the kitchen before the next service.',
    'I will make sure the kitchen hears about this.',
    'I am taking this up with our chef, so the next plate is what it should be.',
    'I will share what you said with the kitchen team, so it is not repeated.',
  ],
  team: [
    'How you were treated is something I will take up with the team.',
    'I will be speaking to the team about this.',
    'I am raising this with the staff, because it is not how we want anyone treated.',
  ],
  busy: [
    'I am looking at how we staff our busiest hours, so nobody waits like that again.',
    'I will be looking at how we cope at busy times.',
  ],
  // A wait on a quiet day, which no staffing of busy hours explains.
  quiet: ['I will find out from the team why it took so long.', 'I am asking the team what held things up.'],
  // A wait the reviewer puts down to one pair of hands ("the only person taking care of everything", "she had to
  // change someone's sheets"): how many of us are on, whatever the hour.
  staffing: [
    'I am looking at how many of us are on at a time, so nobody is left waiting like that again.',
    'I will be looking at our staffing, so someone is always free to help.',
  ],
  cleaning: [
    'I will ask for closer checks on the cleaning from now on.',
    'I am going back over our cleaning checks with the team.',
  ],
  // Food seen handled carelessly (tongs laid on the pizza, bare hands on bread): no cleaning would mend it.
  handling: [
    'I am going over our hygiene routines with everyone on shift.',
    'I will remind the whole team of how we expect food to be served.',
  ],
  orders: [
    'I will go over how orders are checked before they leave us.',
    'I am looking at how orders are checked, so this does not happen again.',
  ],
  listing: [
    'I will have the product description checked, so it says plainly what you will get.',
    'I am having our description of it looked at, so nobody else is caught out.',
    'I will check what we tell buyers about it, so it matches what they get.',
  ],
  messages: [
    'I will look into why your messages went unanswered.',
    'I am finding out why nobody got back to you.',
  ],
  booking: [
    'I will go back over how it was handled at our end.',
    'I am looking into how this happened at our end.',
  ],
  stock: [
    'I will have the rest of our stock of this model checked.',
    'I am having the units of this model we still hold checked as well.',
  ],
} as const;

type Kind = keyof typeof lines;

// The reviewer says the place was quiet: "it wasn't even busy", "only four tables were in", "there were no other
// patrons".
const NOT_BUSY =
  /\b(?:(?:was|were|is|are)(?:n't| not) (?:even |that |very |at all )?(?:busy|crowded|packed|full)|not (?:even |that |very )?(?:busy|crowded|packed)|(?:was|were) (?:almost |nearly |practically |completely )?(?:empty|dead|quiet)|only (?:\w+ ){0,2}(?:tables?|people|customers|guests|cars|other (?:people|customers|guests|tables)) (?:in|there|inside|waiting|ahead|sat|seated)|(?:we|I) (?:was|were) the only (?:ones?|customers?|guests?|people|table)|hardly anyone|no one else|nobody else|no other (?:patrons|customers|guests|diners|people|tables|cars)|(?:half|nearly|almost) empty)\b/i;

// The reviewer says the place was busy or short of hands: "the place was packed", "only one server on the floor".
const BUSY_TOLD =
  /\b(?:packed|busy|crowded|slammed|swamped|heaving|rammed|understaffed|under-staffed|short[- ]staffed|short[- ]handed|full house|line (?:was )?out the door|every (?:single )?table (?:was )?(?:taken|full)|rush(?:ed)? hour|lunch rush|dinner rush|only (?:one|two|1|2) (?:servers?|waiters?|waitress(?:es)?|cooks?|people|staff|employees?|girls?|guys?) (?:on|working|for|in))\b/i;

// The reviewer puts the wait down to too few hands, busy or not: "the owner was the only person taking care of
// everything", "she had to change someone's sheets", "they should have had ample staff".
const SHORT_HANDED =
  /\b(?:was|were) the only (?:one|person|server|employee|staff member|worker|waiter|waitress|clerk)\b|\bonly (?:one|1) (?:person|employee|server|waiter|waitress|clerk|staff member|bartender) (?:working|on|taking care|running|handling|doing|covering)\b|\b(?:ample|enough|more) staff\b|\bhad to (?:go )?(?:change|clean|make up) (?:someone's |somebody's |a |the )?(?:sheets|beds?|rooms?)\b/i;

/** Who would put a grievance of this kind right, for this business; null where none plainly would. */
function kindOf(topic: string, w: Writer, reviewText: string): Kind | null {
  const group = w.situation.sectorGroup;
  const servesFood = group === 'food_hospitality';
  if (KITCHEN.has(topic)) return servesFood ? 'kitchen' : null;
  if (ORDERS.has(topic)) return servesFood ? 'orders' : null;
  if (TEAM.has(topic)) return 'team';
  // Staffing of the busy hours only where the reviewer says it was busy; otherwise we ask what held things up.
  if (BUSY.has(topic))
    return group === 'retail'
      ? null
      : SHORT_HANDED.test(reviewText)
        ? 'staffing'
        : !NOT_BUSY.test(reviewText) && BUSY_TOLD.test(reviewText)
          ? 'busy'
          : 'quiet';
  if (topic === 'hygiene' && servesFood) return 'handling';
  if (CLEANING.has(topic)) return group === 'retail' ? null : 'cleaning';
  if (MESSAGES.has(topic)) return 'messages';
  if (BOOKING.has(topic)) return group === 'food_hospitality' ? 'booking' : null;
  if (group !== 'retail') return null;
  if (LISTING.has(topic)) return 'listing';
  if (UNIT_FAULTS.has(topic)) return 'stock';
  return null;
}

// Where no frame read the grievance's kind, the apology's own words tell it: what the reply already says is the only
// ground for saying who will hear of it.
const SAYS_TREATMENT =
  /\b(?:rude|rudely|talked down to|condescending|dismissive|unprofessional|attitude|treated (?:so )?(?:poorly|badly)|treated that way)\b/i;
const SAYS_DISH =
  /\b(?:food|dish(?:es)?|meal|plate|chicken|steak|burger|pizza|pasta|rice|fries|soup|salad|sauce|tacos?|fish|beef|pork|noodles|dessert|flavou?r|bland|tasteless|undercooked|overcooked|seasoning)\b/i;
const SAYS_DIRT = /\b(?:dirty|filthy|not clean|unclean|stained|grimy|dusty|mou?ld|a hair|hair in|hair on)\b/i;
const SAYS_WAIT = /\b(?:wait(?:ed|ing)?|slow)\b/i;
const SAYS_UNIT_FAULT = /\b(?:hum|humming|buzz|buzzing|fuse|would not hold (?:a|its|any) charge)\b/i;

/** The grievance's kind, as the apology tells it. */
function topicOfWords(told: string, w: Writer): string | null {
  if (SAYS_TREATMENT.test(told)) return 'staff';
  if (w.situation.sectorGroup === 'retail') return SAYS_UNIT_FAULT.test(told) ? 'hum' : null;
  if (SAYS_DISH.test(told)) return 'food';
  if (SAYS_DIRT.test(told)) return 'clean';
  if (SAYS_WAIT.test(told)) return 'wait';
  return null;
}

// Every line of every kind, to find one in a recent reply.
const ALL_LINES: readonly string[] = Object.values(lines).flat();

// How many of the business's latest replies a line keeps out: the same promise about the kitchen or the cleaning
// twice on a page of twenty reads as a form, so a kind whose every line was said lately says nothing.
const PAGE_SPAN = 20;
// How many of the latest replies a kind keeps out, whichever of its lines they carried: "I am taking this up with our
// chef" two replies after "I will make sure the kitchen hears about this" is the same promise in other words.
const KIND_SPAN = 8;

/**
 * The sentence on what the business will do about a grievance of this topic (read from the apology `told` where no
 * frame read one of a kind with an owner), or '' where none fits, the business's latest reply already carried one,
 * or every line of its kind is in the business's replies of late.
 */
export function followThrough(w: Writer, topic: string | null, told: string, reviewText: string): string {
  const fromWords = topicOfWords(told, w);
  const kind =
    (topic ? kindOf(topic, w, reviewText) : null) ?? (fromWords ? kindOf(fromWords, w, reviewText) : null);
  if (!kind) return '';
  // Each line in this reply's voice, filled once rather than for every recent reply it is looked for in.
  const voiced = ALL_LINES.map((line) => w.say(line));
  if (w.usedInLatest(1, (reply) => voiced.some((line) => reply.includes(line))) > 0) return '';
  const ofKind = lines[kind].map((line) => w.say(line));
  if (w.usedInLatest(KIND_SPAN, (reply) => ofKind.some((line) => reply.includes(line))) > 0) return '';
  const fresh = lines[kind].filter(
    (line) => w.usedInLatest(PAGE_SPAN, (reply) => reply.includes(w.say(line))) === 0,
  );
  return fresh.length > 0 ? w.say(w.pick(fresh, 'follow')) : '';
}
