import { type Frame, PRODUCTS } from './complaint-frame.ts';
import { deviceGrievanceFrames } from './device-grievance-frames.ts';
import { deviceProcessFrames } from './device-process-frames.ts';

/**
 * Device faults told in the reviewer's own words, which a reply names rather than answering with a bare apology: a
 * lock that would barely come off, a device it would not recognise, a screen gone blank, a part that gave out,
 * presses that did nothing, a unit that was not new.
 */

// Longer names first, so "memory card" is read whole rather than as "card".
const DEVICES = [
  'memory card',
  'sd card',
  'flash drive',
  ...'ipod iphone ipad phone card drive camera printer computer laptop disc disk cd dvd device keyboard mouse'.split(
    ' ',
  ),
];
// Brand names no dictionary holds ("iPod"): the fill is checked against the list alone.
const ANY_DEVICE = new RegExp(`^(?:${DEVICES.join('|')})$`);
// What a card, drive or device plugs into, which may fail to see it.
const RECOGNISERS = [
  'card reader',
  ...'computer laptop pc mac reader printer camera phone tv receiver stereo burner'.split(' '),
];
const SCREENS_OF = 'camera phone tv laptop computer monitor tablet player'.split(' ');
const PARTS = [
  'battery contacts',
  ...'contacts terminals hinge hinges switch latch clasp zipper connector connectors'.split(' '),
];

// A review that tells its noise as one ("a buzzing noise", "a loud hum"), which is named as such elsewhere: a bare
// hum or buzz is named only where it is not.
const NOT_A_NOISE_TOLD =
  /^(?![\s\S]*\b(?:(?:humming|buzzing|hissing|crackling|whining|rattling|clicking) (?:noise|sound)|(?:loud|constant|annoying|terrible) (?:hum|buzz|hiss|whine|rattle))\b)/;

// Small parts that should stay shut or in place: a battery door, a screen cover, a belt clip.
const LOOSE_PART =
  '((?:battery |back |screen |front |rear |top |bottom |side )?(?:door|cover|lid|flap|faceplate|face plate|panel|cap)|(?:belt )?clip|knobs?|ear ?pads?|ear ?tips?|rubber feet)';
// Words between the part and its verb, so long as no other thing or clause comes between: not "the door opens and
// the batteries fall out".
const OF_THE_PART = '(?:(?!\\b(?:and|but|the|then|when|while|so)\\b)[^.;])';
// "Came out" is as often said of a new model as of a part: out is told only of a part that fell or popped out.
const VERBS_FOR: Readonly<Record<'open' | 'out' | 'off', string>> = {
  open: 'falls?|fell|falling|pops?|popped|popping|comes?|came|coming|swings?|swung|springs?|sprang',
  out: 'falls?|fell|falling|pops?|popped|popping',
  off: 'falls?|fell|falling|pops?|popped|popping|comes?|came|coming',
};
// Told of the part again and again, or too easily: "falls out all too easily", "keeps popping open".
const COMES_LOOSE = (way: 'open' | 'out' | 'off'): RegExp =>
  new RegExp(
    `^(?!.*\\b(?:never|not|no longer|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not)\\b[^.]{0,25}\\b(?:fall|falls|pop|pops|come|comes|swing|swings) ${way}\\b).*\\b(?<!\\b(?:battery|back|screen|front|rear|top|bottom|side|belt|ear) )${LOOSE_PART}\\b${OF_THE_PART}{0,40}?\\b(?:keeps? |kept |always |constantly |easily |often |just |then )?(?:${VERBS_FOR[way]}) ${way}\\b(?! of\\b)`,
  );
const LOOSE_FILLS = new RegExp(`^${LOOSE_PART}$`);

export const leadDeviceFrames: readonly Frame[] = [
  {
    // A lock, case or cover that would barely come off: "almost impossible to remove", "may never come off".
    test: /^(?!.*\bstains?\b).*(?:\b(?:impossible|hard|difficult|tough|a struggle|a nightmare|a pain|a battle) to (?:remove|detach|unplug|get (?:it |them )?(?:off|out)|take (?:it |them )?(?:off|out)|pull (?:it |them )?(?:off|out))\b|\b(?:took|take|takes|taking) (?:\w+ ){0,4}to (?:get|pry|prise|pull|take|twist) (?:it|them) (?:off|out|loose|free)\b|\b(?:couldn't|could not|can't|cannot|won't|will not|wouldn't|would not|may never|might never|never) (?:\w+ )?(?:get (?:it|them) (?:off|out)|come (?:off|out|loose)|remove (?:it|them))\b)/,
    groups: PRODUCTS,
    clause: 'it was so hard to get off again',
    also: ['it would barely come off once it was on'],
    topic: 'removal',
    weight: 1,
  },
  {
    test: /\b(?:fails?|failed|failing) to (?:connect|pair|sync|link up)\b/,
    groups: PRODUCTS,
    clause: 'it so often failed to connect',
    also: ['it kept failing to connect'],
    topic: 'connection',
    weight: 1,
  },
  {
    test: /\b(?:blew|blown|blows|blowing|popped|pops) (?:out )?(?:the |my |both |a |all |two |several )?(?:[\w-]+ ){0,3}?fuses?\b/,
    groups: PRODUCTS,
    clause: 'it blew the fuses it was plugged into',
    topic: 'fuse',
    weight: 1.5,
  },
  {
    test: /\b(?:tripped|trips|tripping) (?:the |my |a )?(?:[\w-]+ )?(?:breakers?|circuit)\b/,
    groups: PRODUCTS,
    clause: 'it tripped the breaker',
    topic: 'fuse',
    weight: 1.5,
  },
  {
    // What would not recognise it, named where the reviewer names it: "the computer fails to detect it".
    test: new RegExp(
      `\\b(${RECOGNISERS.join('|')})s? (?:\\w+ )?(?:fails? to|failed to|won't|will not|wouldn't|would not|doesn't|does not|didn't|did not|couldn't|could not|can't|cannot|no longer|never) (?:even |always )?(?:detect|recogni[sz]e|see)s? (?:it|them|the (?:card|drive|device|stick))\\b`,
    ),
    groups: PRODUCTS,
    clause: 'your {x} would not recognise it',
    fills: new Set(RECOGNISERS),
    topic: 'recognise',
    // Above the plainer reading of a device not recognised, which names no device.
    weight: 1.5,
  },
  {
    // The same told the other way round: "it can not be recognized by any of my card readers", "still not recognized
    // by my PC".
    test: new RegExp(
      `\\b(?:can)?not (?:be )?(?:recogni[sz](?:ed|able)|detected|seen) by (?:any of |either of |all of )?(?:my |the |our |your )?(?:new |old |home |work )?(?:[\\w-]+ ){0,3}?(${RECOGNISERS.join('|')})s?\\b`,
    ),
    groups: PRODUCTS,
    clause: 'your {x} would not recognise it',
    fills: new Set(RECOGNISERS),
    topic: 'recognise',
    // Above the plainer reading of a device not recognised, which names no device.
    weight: 1.5,
  },
  {
    // A map that did not know the roads: "newly constructed highways were not recognized". The roads were missing,
    // not some device that would not recognise the unit.
    test: /\b(?:new|newer|newly (?:built|constructed|opened))\b[^.]{0,20}\b(?:roads?|highways?|streets?|interstates?|freeways?|exits?|roundabouts?)\b[^.]{0,25}\b(?:(?:were|was|are|is)(?: not|n't) (?:recogni[sz]ed|shown|there|on (?:it|the maps?))|(?:were|was|are|is) missing)\b/,
    groups: PRODUCTS,
    clause: 'its maps did not have the newer roads',
    topic: 'recognise',
    weight: 1.5,
  },
  {
    // The goods themselves not recognised by the reviewer's own kit: "I have a Samsung DVD burner and it will not
    // recognize these discs at all". The discs were not recognised; they recognised nothing.
    test: /\b(?:it|my [\w-]+|the [\w-]+|(?:my|the) (?:[\w-]+ )?(?:burner|drive|player|reader|camera|computer|pc|laptop|stereo|printer)) (?:\w+ )?(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|can't|cannot|couldn't|could not|never) (?:even )?(?:recogni[sz]e|detect|read|see) (?:these|those|any of these|any of the|the|most of these|most of the) (discs|dvds|cds|cards|tapes|cartridges)\b/,
    groups: PRODUCTS,
    clause: 'the {x} were not recognised',
    also: ['your equipment would not recognise the {x}'],
    fills: new Set(['discs', 'dvds', 'cds', 'cards', 'tapes', 'cartridges']),
    topic: 'recognise',
    weight: 1.5,
  },
  {
    // A device it would not recognise, named: "the iHome will not register my iPod's existence". Not where something
    // else failed to ("the network doesn't recognize the card id"): a phone line or a bank is no part of the goods.
    test: new RegExp(
      `\\b(?:it|this|the (?!(?:computer|laptop|pc|mac|phone|camera|printer|tv|network|system|bank|carrier|provider|atm|website|site|server|store|shop|company|operator|service|register|terminal|till)\\b)[\\w-]+) (?:\\w+ )?(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|can't|cannot|couldn't|could not|no longer|stopped|never) (?:even )?(?:register|registering|recogni[sz]e|recogni[sz]ing|detect|detecting|acknowledge) (?:my |the |your |our |an? |any )?(?:(?!that\\b)\\w+ )?(${DEVICES.join('|')})(?:s|'s|s')?\\b`,
    ),
    groups: PRODUCTS,
    clause: 'it would not recognise your {x}',
    fills: ANY_DEVICE,
    topic: 'recognise',
    weight: 1,
  },
  {
    test: /\b(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|can't|cannot|couldn't|could not|no longer|never) (?:even )?(?:pick up|get|receive|tune in|tune into) (?:any |the |a |my |most |many )?(?:(?:local|fm|am|radio) )*stations?\b/,
    groups: PRODUCTS,
    clause: 'the radio would not pick up stations',
    also: ['it would not pick up radio stations'],
    topic: 'radio',
  },
  {
    // A screen gone black, said of the device it belongs to: "turn the camera on the screen goes black".
    test: new RegExp(
      `\\b(${SCREENS_OF.join('|')})\\b[^.]{0,40}\\b(?:screen|display|lcd)\\b[^.]{0,15}\\b(?:goes|went|turns|turned|going|turning|stays|stayed|becomes|became) (?:completely |all |totally |just )?(?:black|blank|dark)\\b`,
    ),
    groups: PRODUCTS,
    clause: "your {x}'s screen went blank",
    fills: new Set(SCREENS_OF),
    topic: 'screen',
    weight: 1,
  },
  {
    test: /\b(?:screen|display|lcd)\b[^.]{0,15}\b(?:goes|went|turns|turned|going|turning|stays|stayed|becomes|became) (?:completely |all |totally |just )?(?:black|blank|dark)\b|\bblack(?:s|ed|ing)? out the (?:\w+ )?(?:screen|display)\b/,
    groups: PRODUCTS,
    clause: 'the screen went blank on you',
    also: ['it left you with a blank screen'],
    topic: 'screen',
    weight: 1,
  },
  {
    // A part that gave out, named: "the battery contacts are not functioning properly".
    test: new RegExp(
      `\\b(${PARTS.join('|')})\\b[^.]{0,20}\\b(?:(?:are|is|were|was)(?: not|n't) (?:functioning|working)|(?:stopped|quit) (?:functioning|working)|(?:are|is|were|was) (?:broken|loose|corroded|bent|faulty))\\b`,
    ),
    groups: PRODUCTS,
    clause: 'the {x} stopped working properly',
    fills: new Set(PARTS),
    topic: 'contacts',
    weight: 1,
  },
  {
    // Presses that do nothing: "I'll click three or four times and nothing happens".
    test: /\b(?:click|press|push|hit|tap)(?:ed|ing|es|s)? (?:\w+ ){0,5}(?:and|but) nothing (?:happens|happened)\b|\bnothing (?:happens|happened) when (?:i|you|we) (?:click|press|push|hit|tap)\b/,
    groups: PRODUCTS,
    clause: 'it did not respond when you pressed the buttons',
    also: ['the buttons would not respond when you pressed them'],
    topic: 'controls',
    weight: 1,
  },
  {
    // Sold as new but plainly not: "looked as if it had been opened before", "was a return that was then resent",
    // "arrived in a taped, ripped, and open box", "definitely not a 'factory sealed' product". Not what something was
    // used for ("must have been used for joy riding"), nor a seal the reviewer found intact, nor what the reviewer used
    // before ("I've previously used a basic Kensington model").
    test: /\b(?:had|have|has) (?:already |clearly |obviously )?been (?:opened|used|returned|repackaged)(?: before)?\b(?! (?:for|to|as)\b)|(?<!\b(?:i|we|i've|we've|i have|we have|i had|we had|i'd|we'd) )\bpreviously (?:opened|used|returned)\b(?! (?:a|an|the|my|our|this|that|these|those|other|another|several|many|some|two|three)\b)|\b(?:was|were) (?:a return|an open[- ]box)\b|\bnot (?:a |an )?['"]?factory[- ]sealed\b|\b(?:arrived|came|was delivered|were delivered) (?:\w+ ){0,2}in (?:a |an )?(?:[\w-]+,? (?:and )?){0,4}(?:open|opened|already opened) (?:box|package|carton)\b/,
    groups: PRODUCTS,
    clause: 'the unit you were sent did not look new',
    also: ['what you were sent looked as if it had been opened before'],
    service: true,
    topic: 'used',
    weight: 1.5,
  },
  {
    // A picture that showed one thing when another came: "the photo on the website shows a cable input".
    test: /\b(?:photo|picture|image)s? (?:on|in) (?:the |their )?(?:[\w-]+ )?(?:website|site|listing|page|box|ad)\b[^.]{0,20}\b(?:shows?|showed|has|had)\b/,
    whole: /\b(?:arrived|came) with\b|\binstead\b|\bnot (?:the|what|much)\b/,
    groups: PRODUCTS,
    clause: 'it was not what the description led you to expect',
    also: ['it did not match the way it was described', 'the description did not match what you received'],
    service: true,
    topic: 'listing',
    weight: 1.5,
  },
  {
    test: /\b(?:started|starts|begun|began|keeps?|kept) skipping\b|\bskips (?:constantly|all the time|a lot|often|badly)\b/,
    groups: PRODUCTS,
    clause: 'it started skipping',
    also: ['it kept skipping'],
    topic: 'skipping',
    weight: 1,
  },
  {
    test: /\b(pointer|cursor|screen|display|picture|image)\b[^.]{0,20}\bflicker(?:s|ed|ing)?\b/,
    groups: PRODUCTS,
    clause: 'the {x} kept flickering',
    fills: new Set(['pointer', 'cursor', 'screen', 'display', 'picture', 'image']),
    topic: 'flicker',
    weight: 1,
  },
  {
    test: /^(?=.*\b(?:packag\w*|clamshell|blister pack|box|wrapping)\b).*\b(?:impossible|hard|difficult|a struggle|a nightmare|a pain) to open\b/,
    groups: PRODUCTS,
    clause: 'the packaging was so hard to open',
    topic: 'packaging',
  },
  {
    // A part of it the reviewer did not want and could not be rid of: "it cannot be disabled".
    test: /\b(?:can ?not|cannot|can't|couldn't|could not|no way to) (?:be )?(?:disabled?|turned off|switched off|uninstalled)\b/,
    groups: PRODUCTS,
    clause: 'there was no way to switch off the part you did not want',
    topic: 'disable',
    weight: 1,
  },
  {
    // A power supply that let go of what it fed: "it temporarily dropped power to the computer".
    test: /\b(?:drop(?:s|ped|ping)?|cut(?:s|ting)?|los(?:es|t|ing)|interrupt(?:s|ed|ing)?) (?:the )?power to\b|\bpower (?:to [\w ]{1,20} )?(?:was |is |gets )?interrupted\b/,
    groups: PRODUCTS,
    clause: 'it dropped the power to what was plugged into it',
    topic: 'power',
    weight: 1.5,
  },
  {
    // Still too bright at its dimmest: "even on the lowest setting it lights up the whole room".
    test: /^(?!.*\b(?:too dim|not bright enough|too dark|hard to see|can't see|cannot see)\b)(?=.*\b(?:bright\w*|glar\w*|blinding|lights? up|lit up)\b).*\b(?:at|on|in) (?:its |the |their )?(?:lowest|dimmest|minimum|min|lowest brightness) (?:brightness )?(?:setting|level|brightness|position)\b/,
    groups: PRODUCTS,
    clause: 'it was still too bright even on its lowest setting',
    also: ['even its lowest setting was far too bright'],
    topic: 'brightness',
    weight: 1.5,
  },
  {
    // Still too loud turned right down: "at the lowest volume it is not very quiet".
    test: /\b(?:lowest|minimum|min|lowest possible) (?:volume|sound)(?: setting| level| control)?\b[^.]{0,40}\b(?:(?:too|very|so|really|still) loud|blar\w*|blast\w*|not (?:very |that |so |really )?qui(?:et|te)\b(?! (?:a|as|the|right|sure|good|what|enough)\b))|\b(?:too|very|so|really|still) loud\b[^.]{0,30}\b(?:lowest|minimum|min) (?:volume|setting|level)\b/,
    groups: PRODUCTS,
    clause: 'it was still too loud even at the lowest volume',
    also: ['even the lowest volume was too loud'],
    topic: 'sound',
    weight: 1.5,
  },
  {
    // Too quiet turned right up: "even at maximum volume you can barely hear it".
    test: /\b(?:maximum|max|full|highest|top) volume\b[^.]{0,40}\b(?:(?:can|could) (?:barely|hardly|not|n't) hear|can't hear|cannot hear|couldn't hear|(?:too|so|very|still) (?:quiet|soft|low)|not loud enough|barely audible)\b|\b(?:too|so|very) (?:quiet|soft)\b[^.]{0,30}\b(?:at|on) (?:the )?(?:maximum|max|full|highest|top) volume\b/,
    groups: PRODUCTS,
    clause: 'it was too quiet even at full volume',
    also: ['even turned all the way up it was too quiet'],
    topic: 'sound',
    weight: 1.5,
  },
  {
    // Static over the sound, from a radio, a transmitter or a phone; not a streak of it across a picture, a fixed
    // address, or a charge, nor the static on someone else's line. Static said to be absent or slight is no grievance
    // of "so much static", unless the reviewer could find nowhere free of it.
    test: /^(?!.*\b(?:customer service|support|rep|representative|agent|operator)\b)(?!(?!.*\b(?:unable|could not|couldn't|can't|cannot|impossible)\b).*\b(?:no|without|never|less|free of|slight|slightly|a little|a bit of|a touch of|occasional|minor|some)\b(?:,? \w+){0,3},? static\b).*\bstatic\b(?! (?:streaks?|lines?|bars?|snow|across|on the (?:screen|picture|tv|display)|ip|address|electricity|shocks?|charges?|cling|discharge))/,
    whole:
      /^(?![\s\S]*\bstatic (?:streaks?|lines?|bars?|snow|across|on the (?:screen|picture|tv|display))\b)/,
    groups: PRODUCTS,
    clause: 'there was so much static',
    also: [
      'the static was so bad',
      'static kept getting in the way of the sound',
      'the static spoiled your listening',
    ],
    topic: 'sound',
    weight: 1,
  },
  {
    // Something that took the clarity out of the sound: "they diminish the quality of the sound greatly".
    test: /\b(?:took|take|takes|taking|sucks?|sucked|strips?|stripped) (?:\w+ ){0,3}?(?:the )?clarity out\b|\b(?:diminish|degrade|ruin|kill|reduce|destroy)(?:s|es|ed|d)? (?:\w+ )?(?:the|its|all the) (?:quality of the |clarity of the )?(?:sound|audio|music)(?: quality)?\b/,
    groups: PRODUCTS,
    clause: 'the sound lost so much of its clarity',
    also: ['it took the clarity out of the sound'],
    topic: 'sound',
    weight: 1,
  },
  {
    // Discs that skip still, after whatever was meant to cure them: "the CDs are still skipping".
    test: /\b(?:cd'?s|discs|disks|dvd'?s|songs|tracks|movies)\b[^.,;]{0,20}\bstill (?:skip(?:s|ped|ping)?)\b/,
    groups: PRODUCTS,
    clause: 'the discs were still skipping',
    also: ['your discs still skipped'],
    topic: 'skipping',
    weight: 1.5,
  },
  {
    test: /\b(?:it|this|the player|the unit|the changer)\b[^.,;]{0,15}\bstill (?:skip(?:s|ped|ping)?)\b/,
    groups: PRODUCTS,
    clause: 'it was still skipping',
    topic: 'skipping',
    weight: 1.5,
  },
  {
    // Recordings that would not take: "was not able to record longer songs", "most of the time the recording failed".
    test: /^(?!.*\b(?:if|would|hate|hope|hoped|wish|wanted|want|need|needed)\b).*(?:\b(?:was|were|am|are|is)(?: not|n't) able to (?:\w+ )?record\b|\b(?:have|has)(?: not|n't) been able to (?:\w+ )?record\b|\bnever (?:\w+ )?able to (?:\w+ )?record\b|\bunable to (?:\w+ )?record\b|\bfail(?:s|ed)? to record\b|\brecordings? (?:\w+ )?(?:fail(?:s|ed)?|kept failing)\b)/,
    groups: PRODUCTS,
    clause: 'it would not record properly',
    also: ['your recordings kept failing', 'it would not record as it should'],
    topic: 'it would not record properly',
    weight: 1,
  },
  {
    // Discs that burned but failed as they played: "read errors and lockups on the disks recorded at 16x". The
    // errors are this grievance, not a second one.
    test: /\b(?:discs?|disks?|dvd'?s|cd'?s)\b (?:(?:that )?(?:i|we) )?(?:had )?(?:recorded|burned|burnt|written|copied)\b[^.]{0,80}\b(?:read errors?|errors?|lock ?ups?|lock(?:s|ed)? up|froze|freez\w*|skip\w*)\b/,
    groups: PRODUCTS,
    clause: 'the discs you burned would not play back reliably',
    also: ['the discs you burned kept failing on playback'],
    topic: 'it kept throwing up errors',
    weight: 1.5,
  },
  {
    // Discs that burned but would not play at all: "these CDs burn fine but won't play in most players".
    test: /\b(?:discs?|disks?|dvd'?s|cd'?s)\b (?:(?:that )?(?:i|we) )?(?:had )?(?:recorded|burned|burnt|written|copied)\b[^.]{0,80}\b(?:(?:would|will|did|do|does)(?: not|n't) play|won't play|unplayable)\b|\b(?:discs?|disks?|cd'?s|dvd'?s)\b burn (?:fine|ok|okay|well)\b[^.]{0,30}\b(?:won't|will not|wouldn't|would not|don't|do not) play\b/,
    groups: PRODUCTS,
    clause: 'the discs you burned would not play back',
    topic: 'it would not play properly',
    weight: 1.5,
  },
  {
    // A GPS that loses the sky: "useless under any type of tree cover", "cannot cope with valleys or a canopy".
    test: /^(?!.*\bno (?:problems?|trouble|issues?)\b)(?=.*\b(?:signals?|satellites?|reception|fix|lock(?:s|ed|ing)? on|cope|useless)\b)(?=.*\b(?:useless|not there|trouble|problems?|los[et]s?|losing|no signal|can't|cannot|couldn't|could not|won't|wouldn't|unable|fail\w*|poor|weak|did not|didn't)\b)(?=.*\b(?:tree cover|trees|canopy|woods|wooded|forest)\b).*\b(?:valleys?|canyons?)\b/,
    whole: /\bgps\b/,
    groups: PRODUCTS,
    clause: 'it could not hold a satellite signal under trees or in valleys',
    topic: 'gps-signal',
    weight: 1.5,
  },
  {
    test: /^(?!.*\bno (?:problems?|trouble|issues?)\b)(?=.*\b(?:signals?|satellites?|reception|fix|lock(?:s|ed|ing)? on|cope|useless)\b)(?=.*\b(?:useless|not there|trouble|problems?|los[et]s?|losing|no signal|can't|cannot|couldn't|could not|won't|wouldn't|unable|fail\w*|poor|weak|did not|didn't)\b).*\b(?:tree cover|trees|canopy|woods|wooded|forest)\b/,
    whole: /\bgps\b/,
    groups: PRODUCTS,
    clause: 'it could not hold a satellite signal under tree cover',
    topic: 'gps-signal',
    weight: 1.5,
  },
  {
    test: /^(?!.*\bno (?:problems?|trouble|issues?)\b)(?=.*\b(?:signals?|satellites?|reception|fix|lock(?:s|ed|ing)? on|cope|useless)\b)(?=.*\b(?:useless|not there|trouble|problems?|los[et]s?|losing|no signal|can't|cannot|couldn't|could not|won't|wouldn't|unable|fail\w*|poor|weak|did not|didn't)\b).*\b(?:valleys?|canyons?)\b/,
    whole: /\bgps\b/,
    groups: PRODUCTS,
    clause: 'it could not hold a satellite signal in valleys',
    topic: 'gps-signal',
    weight: 1.5,
  },
  {
    // A GPS slow to find the sky: "it's slow to acquire satellites and to recalculate routes", "takes forever to get a
    // fix". Not one that "was quick to acquire satellites".
    test: /\b(?:(?:so |very |really |too |painfully |extremely )?slow (?:to|at|in) (?:acquire|acquiring|find|finding|get|getting|lock(?:ing)? (?:on ?to|onto|on)|pick(?:ing)? up) (?:the |a |any )?(?:satellites?|satellite signal|signal|fix|gps)|(?:takes?|took|taking) (?:forever|ages|a long time|so long|too long|minutes|several minutes) to (?:acquire|find|get|lock (?:on ?to|onto|on)|pick up) (?:the |a |any )?(?:satellites?|satellite signal|fix|signal))\b/,
    whole: /\b(?:gps|satellites?|garmin|magellan|tomtom|navigat\w*)\b/,
    groups: PRODUCTS,
    clause: 'it was so slow to find satellites',
    also: ['it took so long to pick up the satellites'],
    topic: 'gps-signal',
    weight: 1.5,
  },
  {
    // A radio that is hard to tune: "hard to find stations".
    test: /\b(?:hard|difficult|tough|impossible|a struggle|a pain) to (?:find|tune(?: in(?:to)?)?|pick up|get|receive|bring in|pull in) (?:any |the |most |many |local |fm |am |radio )*stations?\b|\b(?:trouble|difficulty) (?:finding|tuning(?: in)?|picking up|getting|pulling in) (?:any |the |most |many |local |fm |am |radio )*stations?\b/,
    groups: PRODUCTS,
    clause: 'it was so hard to tune in stations',
    topic: 'radio',
    weight: 1,
  },
  {
    test: /^(?!.*\b(?:solved|solves|fixed|fixes|improved|improves|cured|cures|helped|helps)\b).*(?:\b(?:poor|weak|bad|narrow|terrible|lousy|horrible|awful) (?:band of )?reception\b|\breception (?:is|was) (?:\w+ )?(?:poor|weak|bad|terrible|lousy|horrible|awful)\b)/,
    groups: PRODUCTS,
    clause: 'the reception was so poor',
    // One grievance with the plainer wording of it read elsewhere.
    topic: 'the reception was so poor',
    weight: 1,
  },
  {
    // What it would not work with, named: "won't work with iTunes for Windows".
    test: /\b(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|wouldn'?t|would not|never|not) (?:even |properly |reliably )?(?:work|compatible) (?:properly |well |correctly )?(?:with|in|on) itunes (?:for|on) (?:windows|a pc|pcs|my pc)\b/,
    groups: PRODUCTS,
    clause: 'it would not work with iTunes for Windows',
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    test: /\b(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|wouldn'?t|would not|never|not) (?:even |properly |reliably )?(?:work|compatible) (?:properly |well |correctly )?(?:with|in|on) itunes\b/,
    groups: PRODUCTS,
    clause: 'it would not work with iTunes',
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    // The version named where the review tells of more than one: "ran fine on Windows 98" and then "not compatible
    // with Windows 2000" is no fault with Windows as a whole.
    test: /\b(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|wouldn'?t|would not|never|not) (?:even |properly |reliably |fully |100% )?(?:work|compatible) (?:properly |well |correctly )?(?:with|in|on|under) windows (95|98|2000|2003|7|8|10)\b/,
    groups: PRODUCTS,
    whole:
      /\bwindows (95|98|me|2000|xp|vista|7|8|10)\b[\s\S]*\bwindows (?!\1\b)(?:95|98|me|2000|xp|vista|7|8|10)\b/,
    clause: 'it would not work with Windows {x}',
    // A version number only: a name ("xp") would be told back in the wrong case.
    fills: /^(?:95|98|2000|2003|7|8|10)$/,
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    // One version named with no other beside it: "does not work with Windows 98SE" says nothing of the Windows most
    // people run, and a name ("xp", "98se") would be told back in the wrong case.
    test: /\b(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|wouldn'?t|would not|never|not) (?:even |properly |reliably |fully |100% )?(?:work|compatible) (?:properly |well |correctly )?(?:with|in|on|under) windows (?:95|98|98se|me|nt|2000|2003|xp|vista|7|8|10)\b/,
    groups: PRODUCTS,
    clause: 'it would not work with your version of Windows',
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    test: /\b(?:won'?t|will not|doesn'?t|does not|didn'?t|did not|wouldn'?t|would not|never|not) (?:even |properly |reliably |fully |100% )?(?:work|compatible) (?:properly |well |correctly )?(?:with|in|on|under) windows\b(?! mobile| ce\b| (?:95|98|98se|me|nt|2000|2003|xp|vista|7|8|10)\b)/,
    groups: PRODUCTS,
    clause: 'it would not work with Windows',
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    // A hum the reviewer could not be rid of: "the amplifier has a strong hum", "the subwoofer constantly hums". Not
    // one denied, faint, cured, a filter for it, or one others reported.
    test: /^(?!.*\b(?:no|without|never|not|barely|hardly|faint|slight)\b[\s\w/,]{0,20}\bhum)(?!.*\b(?:filters?|cured?|cures|fixed|fixes|eliminat\w*|got rid|gets rid|reports?|reported|others|people|reviewers)\b)(?!.*\bdoes(?: not|n't) hum\b).*\b(?:hum|hums|humming|hummed)\b/,
    whole: NOT_A_NOISE_TOLD,
    groups: PRODUCTS,
    clause: 'it had such an annoying hum',
    also: ['there was a hum you could not get rid of'],
    topic: 'hum',
    weight: 1.5,
  },
  {
    test: /^(?!.*\b(?:no|without|never|not|barely|hardly|faint|slight)\b[\s\w/,]{0,20}\bbuzz)(?!.*\b(?:filters?|cured?|cures|fixed|fixes|eliminat\w*|got rid|gets rid|reports?|reported|others|people|reviewers)\b)(?!.*\bbuzz ?words?\b)(?!.*\bstatic buzz).*\b(?:buzz|buzzes|buzzing|buzzed)\b/,
    whole: NOT_A_NOISE_TOLD,
    groups: PRODUCTS,
    clause: 'it had such an annoying buzz',
    also: ['there was a buzz you could not get rid of'],
    topic: 'hum',
    weight: 1.5,
  },
  {
    // One of several like parts gone dead: "one of the satellite inputs crapped out".
    test: /\bone of the (?:[a-z-]+ )?(inputs|outputs|ports|channels|jacks|speakers|earbuds|handsets|outlets|drives)\b[^.]{0,15}\b(?:died|crapped out|went (?:dead|out)|stopped working|quit|failed|gave out|(?:is|was) dead|blew)\b/,
    groups: PRODUCTS,
    clause: 'one of its {x} went dead',
    fills: new Set([
      'inputs',
      'outputs',
      'ports',
      'channels',
      'jacks',
      'speakers',
      'earbuds',
      'handsets',
      'outlets',
      'drives',
    ]),
    topic: 'part-dead',
    weight: 1.5,
  },
  {
    // Connections that would not hold: "thick cables easily slip out", "the power cord comes out too easily".
    test: /\b(cables?|wires?|plugs?|cords?)\b[^.]{0,40}?\b(?:easily |keeps? |kept |often |always |constantly )?(?:slip|slips|slipped|slipping|falls?|fell|falling|pops?|popped|popping|comes?|came|coming) (?:right )?(?:out|loose|free)\b(?! of\b)/,
    groups: PRODUCTS,
    clause: 'the {x} kept slipping out',
    fills: new Set(['cable', 'cables', 'wire', 'wires', 'plug', 'plugs', 'cord', 'cords']),
    topic: 'connection-hold',
    weight: 1.5,
  },
  {
    // A lock that set itself a new combination: "it decided to change combinations by itself".
    test: /^(?!.*\b(?:people|others|reviewers|not|never|no)\b).*(?:\bchang\w* (?:its |the |my )?(?:own )?combinations?\b[^.]{0,30}\b(?:by itself|on its own|by its own|on me|spontaneously|mysteriously)\b|\b(?:spontaneously|mysteriously|randomly|somehow) chang\w* (?:its |the )?(?:own )?combinations?\b|\bcombinations? (?:\w+ )?(?:mysteriously |spontaneously |randomly |somehow )?(?:changed|reset) (?:itself|by itself|on its own|on me)\b|\bcombinations? (?:mysteriously|spontaneously|randomly|somehow) (?:changed|reset)\b)/,
    whole: /\blocks?\b/,
    groups: PRODUCTS,
    clause: 'the lock changed its own combination',
    topic: 'lock',
    weight: 1.5,
  },
  {
    // A feature the manual or the box promised that was not there: "the manual said it's available, but it wasn't".
    test: /\b(manual|guide|instructions|documentation|box|packaging)s? (?:\w+ )?(?:said|says|stated|states|claimed|claims|promised|promises|indicated|indicates)\b[^.]{0,60}\b(?:but|yet)\b (?:it |they |that |this )?(?:wasn't|was not|isn't|is not|weren't|were not|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|never|no)\b/,
    groups: PRODUCTS,
    clause: 'it did not do what the {x} said it would',
    fills: new Set(['manual', 'guide', 'instructions', 'documentation', 'box', 'packaging']),
    topic: 'listing',
    weight: 1.5,
  },
  {
    // A cord too short to reach, said of the cord itself: "the SHORT cord cannot be replaced", "the cord is so short".
    // Not one the reviewer already got round ("I solved that with an extension cord").
    test: /^(?!.*\b(?:solved|fixed|got around|got round|extension)\b).*?\b(?:(?:short|too short) )?(cords?|cables?|leads?|wires?)\b(?:(?<=\bshort \w+)| (?:is|was|are|were) (?:way |much |far |very |really |so |rather |just )?(?:too )?short\b)/,
    groups: PRODUCTS,
    clause: 'the {x} was so short',
    fills: new Set(['cord', 'cords', 'cable', 'cables', 'lead', 'leads', 'wire', 'wires']),
    topic: 'short-cord',
    weight: 1.5,
  },
  {
    // Discs the player would not read: "it often fails to recognize the CDs loaded into it". The player failed to
    // read the discs, not the other way round.
    // Said of the player itself: discs that other players "did not read" are the discs' fault, not the player's.
    test: /\b(?:it|this|the (?:player|changer|unit|machine|deck|drive|recorder|cd player|dvd player))\b (?:\w+ ){0,2}?(?:fail(?:s|ed|ing)? to|won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|can't|cannot|couldn't|could not) (?:even |always |reliably )?(?:read|recogni[sz]e|detect|see) (?:the |my |any |some |most |many |new )*(?:cds?|discs?|disks?|dvds?)\b/,
    groups: PRODUCTS,
    clause: 'it kept failing to read your discs',
    also: ['it so often would not read your discs'],
    topic: 'recognise',
    weight: 1.5,
  },
  {
    // Discs the reviewer had to work on before the player would take them: "hours cleaning disks just to get them
    // to play". The struggle is the fault, told as such rather than as a bare "it did not work".
    test: /\b(?:discs?|disks?|dvds?|cds?)\b[^.]{0,20}?\b(?:just |only |simply )?to get (?:them|it) to play\b/,
    groups: PRODUCTS,
    clause: 'getting your discs to play was such a struggle',
    also: ['it took so much work just to get your discs to play'],
    topic: 'recognise',
    weight: 1.5,
  },
  {
    // A driver the box or the disc should have held and did not: "the CD it came with did not have a driver", "it
    // does not come with drivers for Mac OS X", "the driver… guess what, it's not on the disk". Named as the missing
    // driver, not a bare "it" or a vague "everything you needed".
    test: /\bdrivers?\b[^.]{0,120}?\b(?:is|was|are|were|it's|it is|it was|they're|they are|they were)(?: not|n't) (?:on|in|included (?:on|in|with)) (?:the|that) (?:cd|cd-rom|disc|disk|box|package)\b|\b(?:cd|cd-rom|disc|disk)\b[^.]{0,40}?\b(?:did not|didn't|does not|doesn't)(?: even)? (?:have|include|contain|come with) (?:a |the |any )?(?:\w+ )?drivers?\b|\b(?:does not|doesn't|did not|didn't)(?: even)? come with (?:a |the |any )?(?:\w+ )?drivers?\b|\b(?:comes|came|shipped) with(?:out| no) (?:a |the |any )?(?:\w+ )?drivers?\b/,
    groups: PRODUCTS,
    clause: 'it came without the driver you needed',
    also: ['the driver you needed was not included'],
    topic: 'contents',
    weight: 1.5,
  },
  {
    // A player left useless by its own battery: "once the battery goes dead, the system is useless". The dead
    // battery is the fault, told as such rather than as a bare "it failed on you".
    test: /\b(?:once|when|after) (?:the|its|my|your|their) batter(?:y|ies) (?:goes|go|went|is|are|was|were|has gone|had gone) (?:dead|flat)\b[^.]{0,40}\b(?:useless|worthless|junk|a paperweight|a doorstop)\b|\b(?:once|when|after) (?:the|its|my|your|their) batter(?:y|ies) (?:dies|die|died|has died|had died|fails|failed|gives out|gave out)\b[^.]{0,40}\b(?:useless|worthless|junk|a paperweight|a doorstop)\b/,
    groups: PRODUCTS,
    clause: 'it was useless once the battery died',
    also: ['the battery dying left it useless'],
    // Its own topic: a design that dies with its battery is not a batch fault worth checking our stock for.
    topic: 'battery-dead',
    weight: 1.5,
  },
  {
    // A phone or headset that sends the call back on itself: "called parties complain about the feedback on the
    // speakerphone", "callers hear an echo of themselves", "the echo of my voice from the earpiece".
    test: /^(?!.*\b(?:no|never|without|zero|any|good|great|positive|nice|excellent|helpful)\b[^.]{0,10}\b(?:echo|feedback)\b)(?=.*\b(echo|feedback)\b)(?:.*\b(?:echo|feedback)\b[^.]{0,40}\b(?:speaker-?phone|on the line|on (?:my |the |our |every |most )?calls?|earpiece|handset)\b|.*\b(?:speaker-?phone|callers?|called[- ]parties|the other end|other party|person (?:i'm|i am|we're) (?:talking|speaking) to)\b[^.]{0,40}\b(?:hears?|heard|complain|complains|complained|get|gets|got)\b(?: (?:about|of) )?[^.]{0,20}?\b(?:echo|feedback)\b)/,
    groups: PRODUCTS,
    clause: 'there was so much {x} on your calls',
    fills: new Set(['echo', 'feedback']),
    topic: 'call-echo',
    weight: 1.5,
  },
  {
    // Gave out just after the warranty did: "it simply quit shortly after the warranty expired".
    test: /\b(?:quit|died|dies|stopped working|failed|broke|gave out|went dead|crapped out|conked out)\b[^.]{0,25}\b(?:just |shortly |right |soon |days |weeks |a (?:few |couple of )?(?:days?|weeks?|months?) )?after (?:the|its|my) (?:\w+ )?warranty (?:had )?(?:expired|ran out|was up|ended|lapsed|finished)\b/,
    groups: PRODUCTS,
    clause: 'it gave out just after the warranty ran out',
    also: ['it failed as soon as the warranty was over'],
    topic: 'warranty-lapse',
    weight: 1.5,
  },
  {
    // Bass called bad in words the plainer reading of weak bass leaves out: "the bass reproduction is simply horrid".
    test: /\bbass(?: reproduction| response)? (?:is|was|are|were) (?:simply |just |really |very |pretty |quite |totally )?(?:horrid|horrible|bad|pathetic|anemic|anaemic|dreadful)\b|\bbass (?:reproduction|response) (?:is|was|are|were) (?:simply |just |really |very |pretty |quite |totally )?(?:terrible|awful|weak|poor|lousy)\b/,
    groups: PRODUCTS,
    clause: 'the bass was so weak',
    also: ['there was so little bass', 'the bass let you down'],
    topic: 'sound',
    weight: 1,
  },
  {
    // A smell that would not air out: "it has a horrible smell that just will not go away".
    test: /\b(?:smell|smells|odou?rs?|stench)\b[^.]{0,30}\b(?:will not|won't|would not|wouldn't|does not|doesn't|did not|didn't|never|refuses to) (?:\w+ )?(?:go away|fade|dissipate|air out|disappear|go)\b/,
    groups: PRODUCTS,
    clause: 'it had a smell that would not go away',
    also: ['the smell never went away'],
    topic: 'smell',
    weight: 1.5,
  },
  {
    test: /^(?!.*\b(?:no|without|never|barely|hardly|slight|faint)\b[^.]{0,15}\b(?:smell|odou?r))(?:.*\b(?:chemical|plastic|rubber|toxic) (?:smell|odou?r|stench)\b)/,
    groups: PRODUCTS,
    clause: 'it had such a strong chemical smell',
    topic: 'smell',
    weight: 1,
  },
  {
    // An order left waiting before it went out: "they sat on the order for a week before shipping".
    test: /\bsat on (?:the|my|our) order\b|\border (?:sat|was sitting|sat around) (?:there |around )?for (?:over |more than |nearly |almost )?(?:a|an|\w+) (?:days?|weeks?)\b[^.]{0,30}\b(?:before|ship\w*|sent|dispatch\w*)\b/,
    groups: PRODUCTS,
    clause: 'your order sat so long before it was sent out',
    service: true,
    topic: 'dispatch',
    // Below goods that were dead or not new on arrival, which a reply names first when both are told.
    weight: 1,
  },
  {
    // A shipping date put back time after time: "they delayed it several times", "the order was pushed back three
    // times". Not a product "delayed" to market, which no order of the reviewer's waited on.
    test: /\b(?:they|it|the order|my order|our order|shipping|the shipment|delivery|the ship date)\b (?:was |were |has been |have been |got |kept )?(?:delayed|postponed|pushed back|putting (?:it|the order) off)\b(?: (?:it|the order|my order|shipping|delivery))?(?: (?:again and again|over and over|(?:several|many|multiple|numerous|two|three|four|five|\d+) times))\b/,
    groups: PRODUCTS,
    clause: 'your order was held up again and again',
    also: ['the date your order would ship kept being put back'],
    service: true,
    topic: 'dispatch',
    weight: 2,
  },
  {
    // An order the seller could not send out: "they could not even ship it a month later", "still hasn't shipped".
    test: /\b(?:they|we|you|the seller|the store) (?:could not|couldn't|did not|didn't|still (?:had not|hadn't|have not|haven't)) (?:even |yet )?ship(?:ped)? (?:it|them|my order|our order|the order|the item)\b/,
    groups: PRODUCTS,
    clause: 'your order still had not been sent out',
    also: ['your order was never sent out'],
    service: true,
    topic: 'dispatch',
    weight: 2,
  },
  {
    // A sum paid for something that did not work at all: "paid $34 at Best Buy for a cable that doesn't even work".
    test: /\bpaid (\$ ?\d[\d,.]*) (?:\w+ ){0,4}?for (?:a|an|this|the|one) (?:[\w-]+ ){0,2}?(?:that|which) (?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|never) (?:even )?(?:work|worked)\b/,
    groups: PRODUCTS,
    clause: 'you paid {x} for it and it did not even work',
    fills: /^\$ ?\d[\d,.]*$/,
    topic: 'price',
    weight: 2,
  },
  {
    // A keyboard that spoiled touch typing: "the pressure is nonexistent, making touch typing more difficult".
    test: /\btouch ?typ\w*\b[^.]{0,30}\b(?:difficult|hard|harder|impossible|tough)\b|\b(?:difficult|hard|harder|impossible|tough)\b[^.]{0,20}\btouch ?typ\w*/,
    whole: /\bkeyboards?\b/,
    groups: PRODUCTS,
    clause: 'the keyboard made touch typing so hard',
    topic: 'keyboard-feel',
    weight: 1.5,
  },
  {
    // Shipping the reviewer had to pay to send it back: "too bad I get to pay for shipping" to get the refund, "I had
    // to pay for the return postage". Not postage paid to buy it, with no return in sight.
    test: /^(?=.*\b(?:return\w*|refund\w*|(?:send|sent|sending|ship|shipped|mail|mailed) (?:it|them|\w+) back)\b).*\b(?:i|we) (?:get|got|have|had|has|will have|would have|was made|were made) to pay (?:for )?(?:the )?(?:return )?(?:shipping|postage)\b/,
    groups: PRODUCTS,
    clause: 'you were left to pay the shipping to send it back',
    also: ['sending it back was left at your own cost'],
    service: true,
    topic: 'return-shipping',
    weight: 1,
  },
  {
    // A rebate or cash back that never came: "came with a mail in rebate which never showed up", "don't expect to get
    // the cash back as promised", "SanDisk does not send in Mail-in-Rebate". Not a rebate that made it cheap.
    test: /\b(?:(?:mail[- ]in[- ])?rebates?|cash ?back)\b[^.]{0,60}\b(?:never (?:came|arrived|showed up|paid|honou?red|sent)|hoax|scam|denied|rejected|refused|as promised)\b|\b(?:hoax|scam|denied|rejected|refused|never (?:got|received|saw)|don't expect|do not expect|does(?: not|n't) (?:send|pay|honou?r))\b[^.]{0,40}\b(?:(?:mail[- ]in[- ])?rebates?|cash ?back)\b/,
    groups: PRODUCTS,
    clause: 'the rebate never came through',
    service: true,
    // One grievance with the plainer reading of a rebate never paid.
    topic: 'the rebate never came through',
    weight: 1.5,
  },
  {
    // A part that would not stay shut or in place: "the battery door falls open and the batteries fall out", "the
    // screen cover falls out all too easily".
    test: COMES_LOOSE('open'),
    groups: PRODUCTS,
    clause: 'the {x} kept falling open',
    fills: LOOSE_FILLS,
    topic: 'loose-part',
    weight: 1.5,
  },
  {
    test: COMES_LOOSE('out'),
    groups: PRODUCTS,
    clause: 'the {x} fell out so easily',
    fills: LOOSE_FILLS,
    topic: 'loose-part',
    weight: 1.5,
  },
  {
    test: COMES_LOOSE('off'),
    groups: PRODUCTS,
    clause: 'the {x} came off so easily',
    fills: LOOSE_FILLS,
    topic: 'loose-part',
    weight: 1.5,
  },
  {
    // A link that would not stay up, told as a noun: "its constant connection drops", "an intermittent drop of
    // connection", "the laptops would lose the ability to connect". "Drops the connection" is read elsewhere.
    test: /^(?!.*\b(?:no|never|without|zero)\b[^.]{0,20}\b(?:drops?|dropouts?)\b)(?:.*\b(?:connection|wireless|wifi|wi-fi|network|internet) (?:drops|dropouts|drop-outs)\b|.*\b(?:intermittent|constant|frequent|random)(?:ly)? drops? (?:of|in) (?:the )?(?:connection|signal|network)\b|.*\blose the ability to connect\b)/,
    groups: PRODUCTS,
    clause: 'it kept dropping the connection',
    also: ['the connection kept dropping out'],
    topic: 'connection',
    weight: 1,
  },
  {
    // An antenna or receiver too weak to pull a signal in: "just too weak in its signal pulling ability", "the
    // signal is too weak". Not a phone line or a remote read elsewhere.
    test: /^(?!.*\b(?:not|never|no longer|isn't|wasn't)\b[^.]{0,10}\b(?:too |very |so )?weak\b)(?!.*\b(?:old|older|previous|former|other|last)\b).*(?:\b(?:too |very |so |really |extremely )?weak (?:in )?(?:its |the |a )?(?:signal|reception)\b|\b(?:signal|reception) (?:is|was|are|were) (?:\w+ )?(?:too |very |so |really |extremely )?weak\b)/,
    whole: /\b(?:antennas?|aerial|tuner|receiver|radio|stations?|channels?|reception)\b/,
    groups: PRODUCTS,
    clause: 'it was too weak to pull in a decent signal',
    also: ['its signal was far too weak'],
    topic: 'the reception was so poor',
    weight: 1.5,
  },
  {
    // Crashes of the whole computer: "constantly got Blue Screen of Death crashes", "BSOD after installing it".
    test: /\b(?:blue screens?(?: of death)?|bsods?)\b/,
    groups: PRODUCTS,
    clause: 'it kept crashing your computer with blue screens',
    also: ['it left your computer crashing to a blue screen'],
    topic: 'computer-crash',
    weight: 2,
  },
  {
    // An add-on that brings down the computer it is plugged into: "it crashes my laptop every time". The goods crashing
    // on their own are read elsewhere.
    test: /\b(?:crash(?:es|ed|ing)?|freez(?:es|ing)|froze|locks? up|locked up) (?:up )?(?:my|our) (?:\w+ ){0,2}?(?:computer|pc|laptop|notebook|desktop|mac|macbook|system)\b/,
    groups: PRODUCTS,
    clause: 'it kept crashing your computer',
    also: ['it brought your computer down again and again'],
    once: 'it crashed your computer',
    topic: 'computer-crash',
    weight: 2,
  },
  {
    // The same of a handheld: "in ~30% of cases it crashes my Tungsten E", "the card keeps crashing my Palm".
    test: /\b(?:crash(?:es|ed|ing)?|freez(?:es|ing)|froze|locks? up|locked up) (?:up )?(?:my|our) (?:\w+ ){0,2}?(?:palm|pda|tungsten|zire|treo|handheld|pocket pc|ipaq|clie|axim)\b/,
    groups: PRODUCTS,
    clause: 'it kept crashing your handheld',
    also: ['it brought your handheld down again and again'],
    once: 'it crashed your handheld',
    topic: 'computer-crash',
    weight: 2,
  },
  {
    // Printed inserts or labels that came out off the mark: "the inserts and the software don't align", "the labels
    // are misaligned".
    test: /\b(inserts?|labels?|sheets?|templates?|cards?)\b[^.]{0,40}\b(?:(?:don't|do not|didn't|did not|won't|will not|wouldn't|would not|never) (?:\w+ )?(?:align|line up)|(?:are|were|is|was|come out|came out|print|printed) (?:\w+ )?(?:misaligned|out of alignment|off-cent(?:er|re)|off cent(?:er|re)|crooked))\b/,
    whole: /\bprint\w*\b|\bsoftware\b/,
    groups: PRODUCTS,
    clause: 'the {x} would not line up when you printed them',
    fills: /^(?:inserts|labels|sheets|templates|cards)$/,
    topic: 'alignment',
    weight: 1.5,
  },
  {
    // Software that did not follow its own instructions: "the software it is sent with is different than the
    // instructions given".
    test: /\b(?:software|program|drivers?|utility|cd|disc)\b[^.]{0,40}\b(?:(?:is|was|are|were) (?:\w+ )?different (?:than|from|to)|(?:doesn't|does not|didn't|did not|don't|do not) (?:\w+ )?match)\b[^.]{0,20}\b(?:instructions|manual|guide|documentation|directions)\b/,
    groups: PRODUCTS,
    clause: 'the software did not match the instructions',
    also: ['the software was not what the instructions described'],
    topic: 'instructions',
    weight: 1.5,
  },
  {
    // A device it would not work with, named: "I have yet to get it to work with my laptop". Not pairing, which the
    // reviewer's own words tell better ("it would not pair with your phone"). Told as what proved impossible, never as
    // what the reviewer could not manage, and not opening on "it", so that a second grievance can share its sentence.
    test: /\b(?:have yet to|haven't been able to|have not been able to|has not been able to|couldn't|could not|can't|cannot|never could|was unable to|were unable to|am unable to|unable to|never managed to|failed to) get (?:it|this|them|the [\w-]+) to (?:work|connect|talk|sync) (?:with|to) (?:my |our |the )?(?:new |old )?(laptop|computer|pc|mac|printer|phone|tv|camera|router|ipod|receiver|stereo|modem)\b/,
    groups: PRODUCTS,
    clause: 'getting it to work with your {x} proved impossible',
    fills: new Set([
      'laptop',
      'computer',
      'pc',
      'mac',
      'printer',
      'phone',
      'tv',
      'camera',
      'router',
      'ipod',
      'receiver',
      'stereo',
      'modem',
    ]),
    topic: 'compatibility',
    weight: 1,
  },
  {
    // Every one of several bought gave out: "all three of ours just froze up and stopped working".
    test: /\ball (two|three|four|five|six) (?:of (?:them|ours|these|those|the [\w-]+|our [\w-]+|my [\w-]+)|[\w-]+)\b(?: [\w-]+){0,3}? (?:just |then |have |had |eventually )?(?:stopped working|died|broke|failed|froze|quit|went dead)\b/,
    groups: PRODUCTS,
    clause: 'all {x} of them stopped working',
    fills: new Set(['two', 'three', 'four', 'five', 'six']),
    topic: 'several-failed',
    weight: 1.5,
  },
  {
    // However hard the reviewer tried, said as not being able: "I was NOT able to get it working", "I have yet to get
    // it to work". Not one got working in the end.
    test: /^(?!.*\b(?:until|till|finally|eventually|after (?:i|we))\b).*\b(?:(?:was|were|am|are|have been|had been)(?: not|n't) able to|have yet to|has yet to) (?:\w+ )?get (?:it|them|this|the [\w-]+) (?:to )?work(?:ing)?\b/,
    groups: PRODUCTS,
    clause: 'it would not work properly for you',
    also: ['it never worked as it should for you', 'getting it to work properly proved impossible'],
    topic: 'compatibility',
    weight: 1,
  },
  {
    // Pictures that came out badly: "the pictures come out horrible", "photos turned out blurry".
    test: /^(?!.*\b(?:old|previous|other|last|former)\b)(?!.*\b(?:not|never|no longer)\b[^.]{0,10}\b(?:come|came|turn|turned) out\b).*\b(pictures|photos|images|prints|shots)\b (?:\w+ )?(?:come|came|turn|turned) out (?:\w+ )?(?:horrible|terrible|awful|blurry|blurred|dark|grainy|fuzzy|bad|poor|lousy|washed out|out of focus)\b/,
    groups: PRODUCTS,
    clause: 'the {x} came out so poorly',
    fills: new Set(['pictures', 'photos', 'images', 'prints', 'shots']),
    topic: 'picture-quality',
    weight: 1.5,
  },
  {
    // Lines across what it scans or shows: "three dark blue lines across the image". A single streak is told better
    // in the reviewer's own words.
    test: /^(?!.*\b(?:no|never|without)\b[^.]{0,15}\b(?:lines?|streaks?|stripes?)\b).*\b(?:lines|streaks|stripes|bands)\b (?:running )?(?:across|through|down) (?:the |every |each |my |all the )?(image|images|picture|pictures|scan|scans|screen|display|photo|photos|prints?|pages?)\b/,
    groups: PRODUCTS,
    clause: 'lines kept showing up across the {x}',
    fills: new Set([
      'image',
      'images',
      'picture',
      'pictures',
      'scan',
      'scans',
      'screen',
      'display',
      'photo',
      'photos',
      'print',
      'prints',
      'page',
      'pages',
    ]),
    topic: 'lines',
    weight: 1.5,
  },
  {
    // A filling that would not stay inside: "the gel started to ooze from the seams".
    test: /\b(gel|liquid|fluid|filling|beads|foam)\b[^.]{0,20}\b(?:ooz\w*|seep\w*|leak(?:s|ed|ing)? out|(?:came|comes|coming) out)\b/,
    groups: PRODUCTS,
    clause: 'the {x} started leaking out',
    fills: new Set(['gel', 'liquid', 'fluid', 'filling', 'beads', 'foam']),
    topic: 'leak',
    weight: 1.5,
  },
  {
    // A socket that gave trouble, told as a problem with it: "the audiojack issue", "problems with the headphone jack",
    // "the same headphones jack problem that so many people here have had". Not one said never to have given any.
    test: /^(?!.*\b(?:no|never|without|any|zero)\b[^.]{0,12}\b(?:jack|port|socket)s? (?:issues?|problems?|trouble)\b).*?(?:\b(audio|headphone|earphone|headset|charging|power|usb)s?[ -]?(?:jack|port|socket)s? (?:issues?|problems?|trouble|faults?|failures?|defects?)\b|\b(?:issues?|problems?|trouble) with (?:the |my |its |a )?(audio|headphone|earphone|headset|charging|power|usb)s?[ -]?(?:jack|port|socket)s?\b)/,
    groups: PRODUCTS,
    clause: 'the {x} jack gave you so much trouble',
    fills: new Set(['audio', 'headphone', 'earphone', 'headset']),
    topic: 'jack',
    weight: 1.5,
  },
  ...deviceGrievanceFrames,
  ...deviceProcessFrames,
];
