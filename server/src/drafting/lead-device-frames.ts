import { type Frame, PRODUCTS } from './complaint-frame.ts';

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
const SCREENS_OF = 'camera phone tv laptop computer monitor tablet player'.split(' ');
const PARTS = [
  'battery contacts',
  ...'contacts terminals hinge hinges switch latch clasp zipper connector connectors'.split(' '),
];

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
    // A device it would not recognise, named: "the iHome will not register my iPod's existence".
    test: new RegExp(
      `\\b(?:it|this|the (?!(?:computer|laptop|pc|mac|phone|camera|printer|tv)\\b)[\\w-]+) (?:\\w+ )?(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|can't|cannot|couldn't|could not|no longer|stopped|never) (?:even )?(?:register|registering|recogni[sz]e|recogni[sz]ing|detect|detecting|acknowledge) (?:my |the |your |our |an? |any )?(?:\\w+ )?(${DEVICES.join('|')})(?:s|'s|s')?\\b`,
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
    // Sold as new but plainly not: "looked as if it had been opened before", "was a return that was then resent".
    test: /\b(?:had|have|has) (?:already |clearly |obviously )?been (?:opened|used|returned|repackaged)(?: before)?\b|\bpreviously (?:opened|used|returned)\b|\b(?:was|were) (?:a return|an open[- ]box)\b/,
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
];
