import { type Frame, PRODUCTS } from './complaint-frame.ts';

/**
 * U3 software on a flash drive, told as what the buyer did not want: "the mere existence of a software layer", "it came
 * with the U3 Launch Pad software preloaded", "U3 ruins it". Also why another drive of the same would not answer it.
 */
export const U3_SOFTWARE =
  /\bu3\b[^.]{0,80}\b(?:software|launch ?pad|layer|ruins?|preloaded|disabled|removed)\b|\b(?:software|launch ?pad)\b[^.]{0,30}\bu3\b|\bsoftware layer\b/i;

/**
 * More device faults told in the reviewer's own words, each a grievance a reply names rather than answering with a
 * bare apology: blank discs that would not burn or play, a device that would not go online, interference, keys that
 * stuck, a cord that would not wind back, a lens that would not focus, earbuds that would not stay in, a unit that
 * shut itself down, a plug that kept coming loose, a rebate claim turned down, file formats it would not play, a
 * part sold at extra cost, supplies wasted on each use, a device the computer never found. Also what it did only now
 * and then or again and again: worked for hours in all or seldom, hung when plugged in, came apart, let a part pop
 * out at a bump, warned of low power, lost one slot, registered clicks, switched on the wrong device, corrupted files,
 * kept trays shut, typed the wrong letters, picked up no channel.
 */

// Blank discs, however the reviewer names them.
const DISCS = "(?:discs?|disks?|dvd'?s|cd'?s|dvd[+-]r'?s?|cd-?r'?s?|media)";
// Words that say a network or the internet is what it would not join.
const ONLINE = '(internet|network|wireless network|router|web)';
// Audio and video formats, and the words that say one is meant.
const FORMATS =
  '(?:divx|xvid|avi|wmv|wma|flac|ogg|mkv|aac|mp3s?|mp4|mpeg-?4?|(?:video |audio |file )?formats?|file types?)';
// Parts the goods need that a maker may sell apart: the fill is the reviewer's word for it.
const PARTS_SOLD_APART = [
  'adapter',
  'charger',
  'power supply',
  'cable',
  'remote',
  'stand',
  'mount',
  'battery',
];
// Supplies a printer or labeller uses up.
const SUPPLIES = ['label', 'tape', 'paper', 'ink', 'toner', 'film', 'ribbon'];
// What a computer finds plugged in.
const PLUGGED_IN = ['camera', 'webcam', 'printer', 'scanner', 'drive', 'device', 'mouse', 'keyboard', 'card'];
// What shows the reviewer a reading: the fill is their word for it.
const READOUTS = ['display', 'screen', 'readout', 'numbers'];
// A key or button that sticks; the fill is the reviewer's own word for it, written as one.
const STUCK_KEYS = /^(?:spacebar|space bar|keys|buttons|shift key|enter key|trigger|triggers)$/;

// Goods by the words a reviewer names them with, when a fault is said of "the drive" or "the unit".
const DEVICE_NOUNS =
  'drive|unit|device|player|reader|card|thing|transmitter|receiver|headset|adapter|router|mouse|keyboard|remote|phone|product';
// Parts that a bump can knock out of place, the reviewer's word for each.
const BUMPED_OUT =
  'cassette|tape|adapter|disc|cd|card|memory card|sd card|battery|batteries|plug|cable|cord|earbuds?|cartridge';
const OUT_VERB = 'pops?|popped|popping|falls?|fell|falling|slips?|slipped|comes?|came|jumps?|jumped';
// A sentence that says the part never, or no longer, comes out.
const NEVER_OUT = `^(?!.*\\b(?:never|not|n't|no longer)\\b[^.]{0,25}\\b(?:${OUT_VERB}) out\\b).*`;
// Parts a device has several of, one of which may fail alone.
const SEVERAL_PARTS = [
  'slots',
  'ports',
  'buttons',
  'keys',
  'jacks',
  'outlets',
  'channels',
  'inputs',
  'outputs',
  'speakers',
  'drives',
  'lights',
];

// The reviewer's own things that a case, a mount or a stand can mark (a pattern, as no dictionary holds "ipod").
const MARKED_OWN =
  /^(?:ipod|nano|iphone|phone|screen|player|camera|laptop|device|display|lens|car|dash|dashboard|table|desk)$/;

export const deviceGrievanceFrames: readonly Frame[] = [
  {
    // Goods that damaged what they were meant to hold or protect: "this case scratched my iPod", "the leather scratched
    // my new 60G black iPod". The reviewer's own slip ("I scratched my phone") is not the goods' doing.
    test: /(?<!\b(?:i|we|i've|we've|i have|i had|accidentally|never|not|hasn't|has not|didn't|did not|won't|wouldn't) )\b(?:scratched|scuffed|scratches|scuffs|gouged) (?:up )?(?:my|our) (?:[\w-]+ ){0,3}?(ipod|nano|iphone|phone|screen|player|camera|laptop|device|display|lens|car|dash|dashboard|table|desk)\b/,
    groups: PRODUCTS,
    fills: MARKED_OWN,
    clause: 'it scratched your {x}',
    topic: 'scratched',
    weight: 2,
  },
  {
    // Settings it would not hold as the reviewer needed: "I could not program my calling cards into it", "the maximum
    // number of characters in a speed dial entry is 24". A limit of the goods, told as such, never as a fault of
    // something they were used with.
    test: /\b(?:could not|couldn't|can't|cannot|can not|unable to|not able to|no way to) (?:even )?(?:re)?program\b|\bmaximum (?:number of )?(?:characters|digits|entries|numbers)\b|\b(?:only|just) (?:allows?|lets you (?:enter|store|program)|holds?|stores?|takes?) (?:up to )?(?:\d+|two|three|four|five|six|eight|ten|twelve|twenty) (?:characters|digits|entries)\b/,
    groups: PRODUCTS,
    clause: 'it could not be programmed the way you needed',
    also: ['you could not program it the way you needed'],
    topic: 'program',
    weight: 1,
  },
  {
    // Blank discs that failed as they burned or played: "I rarely get a decent burn", "all of the discs are messing
    // up", "about 20% failures, including aborted burns", "every one had flaws during playback".
    test: new RegExp(
      [
        '\\b(?:rarely|never|seldom|hardly ever) (?:get|got|had|have) a (?:decent|good|successful|clean) burn\\b',
        '\\b(?:aborted|failed|ruined|unsuccessful) burns\\b',
        '\\b(?:rate|number) of (?:a )?successful (?:\\w+ )?burns? (?:is |was )?(?:very |so |really |extremely )?low\\b',
        `\\b${DISCS}\\b[^.]{0,30}\\b(?:(?:are|were|kept|keep) messing up|mess(?:es)? up|had flaws|have flaws|turned into coasters)\\b`,
        '\\bhad flaws during playback\\b',
      ].join('|'),
    ),
    // Blank media by how it was bought, too: "a whole pack of discs", "this same brand of discs".
    whole:
      /\b(?:burn\w*|blank)\b|\b(?:pack|packs|spindle|spindles|brand) of (?:\w+ )?(?:discs|dvds|cds|dvd-?rs|cd-?rs)\b/,
    groups: PRODUCTS,
    clause: 'so many of the discs failed on you',
    also: ['so many of the discs would not burn or play properly'],
    topic: 'discs-failed',
    weight: 1.5,
  },
  {
    // A device that would not go online: "the router won't connect to the internet".
    test: new RegExp(
      `\\b(?:won't|wont|will not|wouldn't|would not|doesn't|does not|didn't|did not|can't|cannot|couldn't|could not)(?: even| ever)? connect (?:to )?(?:the |my |our |a )?${ONLINE}\\b`,
    ),
    groups: PRODUCTS,
    clause: 'it would not connect to the {x}',
    fills: new Set(['internet', 'network', 'wireless network', 'router', 'web']),
    topic: 'connection',
    weight: 1,
  },
  {
    // However hard the reviewer tried: "I couldn't even get this thing to connect wirelessly".
    test: /\b(?:couldn't|could not|can't|cannot|never could|unable to|wasn't able to|was not able to|weren't able to|never managed to)(?: even)? get (?:it|this(?: thing)?|them|the [\w-]+) to connect\b/,
    groups: PRODUCTS,
    // Told as what the thing would not do, never as what the reviewer could not manage.
    clause: 'it would not connect for you',
    also: ['it never managed to connect', 'getting it to connect proved impossible'],
    topic: 'connection',
    weight: 1,
  },
  {
    // A link that would not hold: "will not stay up on the wireless network", "won't stay connected".
    test: /\b(?:won't|will not|wouldn't|would not|doesn't|does not|didn't|did not) stay (?:up|connected|online|on ?line) (?:on|to) (?:the |my |our |a |your )?(?:home )?(wireless network|network|router|internet)\b/,
    groups: PRODUCTS,
    clause: 'it would not stay connected to the {x}',
    fills: new Set(['wireless network', 'network', 'router', 'internet']),
    topic: 'connection',
    weight: 1,
  },
  {
    // Interference through the speakers or on the line: "they give off horrible feedback", "so much noise you can't
    // hear yourself think". Not noise in a picture, nor "Horrible Feedback" standing alone, as a title may say of the
    // reviews.
    test: /\b(?:horrible|terrible|awful|constant|loud|bad|unbearable|so much|a lot of) (feedback(?![\s.!?]*$)|interference|noise)\b(?! (?:in|on) (?:the |my )?(?:picture|image|video|photos?|screen))/,
    whole: /\b(?:speakers?|phones?|line|jack|calls?|hear)\b/,
    groups: PRODUCTS,
    clause: 'there was so much {x}',
    fills: new Set(['feedback', 'interference', 'noise']),
    topic: 'sound',
    weight: 1,
  },
  {
    // A key that sticks: "the spacebar, which sticks very badly", "the keys keep sticking".
    test: /\b(space ?bar|keys|buttons|shift key|enter key|triggers?)\b(?:, which)? (?:\w+ )?(?:sticks|stick|stuck|sticking|keeps? sticking|kept sticking)\b(?! (?:out|up|to|with|together)\b)/,
    groups: PRODUCTS,
    clause: 'the {x} kept sticking',
    fills: STUCK_KEYS,
    topic: 'keys',
    weight: 1.5,
  },
  {
    // A cord that would not wind back in: "would not retract fully after that".
    test: /\b(?:won't|will not|wouldn't|would not|doesn't|does not|didn't|did not|no longer|stopped|never) (?:fully )?retract(?:ing)?\b/,
    groups: PRODUCTS,
    clause: 'the cord would not retract properly',
    topic: 'retract',
    weight: 1.5,
  },
  {
    // A lens that would not focus: "adjusting the focus ring doesn't help", "everything is out of focus".
    test: /\b(?:adjusting|turning|moving) the focus(?: ring)?\b[^.]{0,20}\b(?:doesn't|does not|didn't|did not|won't|will not) help\b|\b(?:picture|image|video)s? (?:is|was|are|were) (?:\w+ )?out of focus\b/,
    groups: PRODUCTS,
    clause: 'the picture would not come into focus',
    topic: 'focus',
    weight: 1.5,
  },
  {
    // Earbuds that would not stay in: "they stay in for a few seconds", "they keep falling out of my ears".
    test: /\b(?:they|earbuds|buds|earphones) (?:only )?stay in for (?:a few|only a few|just a few|a couple of) seconds\b|\b(?:earbuds|buds|earphones|they) (?:keep |kept |always |constantly )?(?:fall|falls|fell|falling|pop|popped|popping) out of (?:my|your|the|our) ears?\b|\b(?:earbuds|buds|earphones|they) (?:won't|will not|wouldn't|would not|don't|do not|didn't|did not) stay in (?:my |your |the |our )?ears?\b/,
    whole: /\b(?:earbuds?|buds|earphones?|ears?)\b/,
    groups: PRODUCTS,
    clause: 'the earbuds would not stay in your ears',
    topic: 'fit',
    weight: 1.5,
  },
  {
    // A unit that cut out as it ran: "the radio works for about 15 seconds, then shuts down", "the amp shuts down
    // and PROTECT flashes". Not one the reviewer switched off ("you save your work and shut down"), nor one they
    // wish would ("have it shut off in an hour").
    test: /(?:\b(?<!\b(?:have|has|had|let|make|makes|made|get|set|to) )(?:it|the amp|the amplifier|the receiver|the radio|the player|the unit) (?:just |simply |suddenly |then )?(?:shuts|shut|turns|cuts) (?:itself )?(?:down|off)|\bthen (?:it )?(?:just |simply |suddenly )?(?:shuts|turns|cuts) (?:itself )?(?:down|off))\b(?! (?:the|my|your|a|it)\b)/,
    whole: /\b(?:works? for|worked for|seconds|minutes|protect|suddenly|randomly|when)\b/,
    groups: PRODUCTS,
    clause: 'it kept shutting itself down',
    topic: 'shuts-down',
    weight: 1.5,
  },
  {
    // A plug or lead that would not stay in: "the connection keeps coming loose".
    test: /\b(connection|connector|plug|cable|cord|lead)\b[^.]{0,15}\b(?:keeps? coming loose|kept coming loose|comes loose|came loose|keeps? falling out|kept falling out)\b/,
    groups: PRODUCTS,
    clause: 'the {x} kept coming loose',
    fills: new Set(['connection', 'connector', 'plug', 'cable', 'cord', 'lead']),
    topic: 'loose',
    weight: 1.5,
  },
  {
    // A rebate claim turned down: "they rejected my UPCs", "my rebate was denied".
    test: /\b(?:rejected|denied|refused|turned down|disallowed) (?:my|our|the) (?:upcs?|rebates?|rebate (?:claim|form)|cash ?back|claim|receipts?)\b|\brebate (?:claim |form )?(?:was |got )?(?:rejected|denied|refused|turned down)\b/,
    whole: /\b(?:rebates?|re- ?bates?|cash ?back|mail-in)\b/,
    groups: PRODUCTS,
    clause: 'your rebate claim was turned down',
    service: true,
    topic: 'rebate',
    weight: 2,
  },
  {
    // A battery told as failing to hold its charge in words the battery reading does not know: "this phone not
    // holding the charge". "Stopped holding a charge" is read already, with the thing named.
    test: /\b(?:not|quit|no longer) holding (?:a |the |its |any )?charge\b/,
    groups: PRODUCTS,
    clause: 'the battery would not hold its charge',
    also: ['it would not hold a charge'],
    topic: 'battery',
    weight: 1,
  },
  {
    // A short life, told as how long it lasted: "It lasted 5 months". Not how long a charge or a battery lasted.
    test: /^(?:it|they|this one|mine|the (?:first|second) one) (?:only |just )?lasted (?:about |only |just |barely |less than |under )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|a couple of) ?(?:days?|weeks?|months?)\b/,
    groups: PRODUCTS,
    clause: 'it stopped working so soon',
    also: ['it gave out so soon'],
    topic: 'it stopped working so soon',
    weight: 1,
  },
  {
    // A listing that told it wrong: "this item is not described correctly", a title of "Very misleading!". Not
    // pictures called misleading in passing among other faults.
    test: /\b(?:incorrectly|wrongly|falsely|not) (?:described|listed|advertised)(?: correctly| accurately| properly)?\b|^(?:very |totally |extremely |so |completely )?misleading\b[!.]*$|\bmisleading (?:description|listing|title|advertising|ad)\b|\b(?:description|listing|advertising) (?:is|was) (?:very |so |totally )?misleading\b/,
    whole:
      /\b(?:descri\w+|listing|listed|advertis\w+|(?:i|we) thought (?:i|we) (?:was|were) (?:getting|buying|ordering))\b/,
    groups: PRODUCTS,
    clause: 'it was not what the description led you to expect',
    also: ['it did not match the way it was described', 'the description did not match what you received'],
    service: true,
    topic: 'listing',
    weight: 1,
  },
  {
    // A headphone socket that worked loose, in the words the plainer reading of a loose jack leaves out: "had the
    // headphone jack become loose". Not one said to be anything but.
    test: /^(?!.*\b(?:not|never|no longer)\b[^.]{0,15}\bloose\b).*\b(?:loose (?:audio|headphone|earphone|headset)[ -]?jack|(?:audio|headphone|earphone|headset)[ -]?jack\b[^.]{0,20}\b(?:become|became|becomes|becoming|came|comes|come|got|gets|getting|went|goes|worked|works|working|is|was|are|were) (?:very |so |really |quite )?loose)\b/,
    groups: PRODUCTS,
    clause: 'the jack worked loose',
    topic: 'jack',
    weight: 1.5,
  },
  {
    // Too weak to do its job: "so little power, even after a full charge, that it's next to useless", "the suction is
    // weak". Not power outlets or a supply there were too few of, nor a volume only "a bit underpowered".
    test: /^(?!.*\b(?:not|never|isn't|wasn't|a bit|a little|slightly|somewhat|a tad)\b[^.]{0,10}\b(?:underpowered|weak)\b).*(?:\b(?:has|had|have|with) (?:so |very |too |such )?little (?:power|suction)\b|\b(?:not|nowhere near) (?:enough|much) (?:power|suction)\b(?! (?:outlets?|points?|sockets?|cords?|supply|supplies|adapters?|buttons?|strips?)\b)|\bunder-?powered\b|\b(?:power|suction) (?:is|was) (?:so |very |far too |too |really |pretty )?weak\b)/,
    groups: PRODUCTS,
    clause: 'it had so little power',
    also: ['it was so underpowered'],
    topic: 'underpowered',
    weight: 1.5,
  },
  {
    // A microphone that took in everything around it: "picks up all ambient sound". Not one praised for leaving it out.
    test: /^(?!.*\b(?:doesn't|does not|didn't|did not|won't|will not|never|no)\b[^.]{0,10}\bpick)(?:.*\bpick(?:s|ed|ing)? up (?:all |every |everything in |too much |so much |a lot of |lots of )?(?:the )?(?:ambient|background|surrounding|outside|wind|road|room) (?:sounds?|noises?)\b)/,
    groups: PRODUCTS,
    clause: 'it picked up so much of the noise around you',
    also: ['it let in so much of the sound around you'],
    topic: 'ambient',
    weight: 1.5,
  },
  {
    // Storage that turned out bad, told as what it does: "only 1 disk didn't have bad sectors". Data disks and cards
    // are neither played nor recorded on, so this stands in for those readings.
    test: /\bbad sectors?\b/,
    groups: PRODUCTS,
    clause: 'bad sectors kept turning up',
    topic: 'it would not record properly',
    weight: 1.5,
  },
  {
    // A read error from storage with bad sectors: "got a 'cannot read from device' error".
    test: /\b(?:cannot|can't|could not|couldn't|unable to|would not|wouldn't) read from\b|\bread errors?\b/,
    whole: /\b(?:bad sectors?|unformattable|floppy|floppies|scandisk|chkdsk)\b/,
    groups: PRODUCTS,
    clause: 'it kept throwing up read errors',
    topic: 'it would not play properly',
    weight: 1.5,
  },
  {
    // Made for an older model only: "IS NOT compatible with the new iPod nanos", "not compatible with the 2nd
    // generation Nano", "won't fit the newer version".
    test: /\b(?:not|isn't|wasn't|aren't|weren't|in) ?compat[ai]ble with (?:the |my |your |our |any of the )?(?:new|newer|latest|current|recent|updated|(?:2nd|3rd|4th|5th|second|third|fourth|fifth) generation)\b|\b(?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not) (?:fit|work with) (?:the |my |your |our )?(?:new|newer|latest|current)(?: [\w-]+){0,2} (?:model|version|generation)s?\b/,
    groups: PRODUCTS,
    clause: 'it would not work with the newer model',
    also: ['it was not made for the newer model'],
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    // A part that wore out, told of the part: "the original one worn out within 1 year, I purchased a new adapter and
    // worn out within 6 months". Not the reviewer who was worn out, nor a part said not to be.
    test: /^(?!.*\bnot\b[^.]{0,10}\bworn\b).*\b(adapter|charger|cord|cable|plug|connector|headband|ear ?pads?|cushions?|strap|buttons?|hinge)\b(?:(?!\b(?:i|we|you|me|us)\b)[^.]){0,30}?\b(?:(?:had |has |have |had been |has been )?worn out|wore out|wears out|wearing out)\b/,
    groups: PRODUCTS,
    clause: 'the {x} wore out so quickly',
    fills: new Set([
      'adapter',
      'charger',
      'cord',
      'cable',
      'plug',
      'connector',
      'headband',
      'strap',
      'hinge',
    ]),
    topic: 'worn',
    weight: 1.5,
  },
  {
    // Many of a pack that failed, told as a count: "out of the 25 CDs, at least 8 of them failed", or a title of "Some
    // of them don't work". Not a count of those that worked.
    test: /\b(?:out of|of) (?:the |my |a |our )?(?:\d+|ten|twelve|twenty|fifty|hundred)\b[^.]{0,25}?\b(?:at ?least |about |around |over |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|half)(?: of them)? (?:have |had )?(?:failed|were (?:bad|duds|defective|dead|faulty)|(?:didn'?t|did not|don'?t|do not|wouldn'?t|would not) work)\b|^some of them (?:doesn'?t|don'?t|didn'?t|do not|does not|did not) work\b/,
    groups: PRODUCTS,
    clause: 'so many of them failed',
    also: ['so many in the pack failed'],
    topic: 'several-failed',
    weight: 2,
  },
  {
    // A listing or box that said it worked on a Mac, in words the plainer reading leaves out: "the description
    // indicates that it works on Mac platform. But it does not."
    test: /^(?=.*\b(?:mac|macs|macintosh|os ?x|imac|macbook)\b)(?=.*\b(?:description|listing|box|package|packaging|website|web site|ad)\b).*\b(?:indicates?|indicated|shows?|showed|suggests?|suggested|reads?)\b[^.]{0,20}\b(?:works?|compatible|runs?) (?:on|with|under)\b/,
    whole:
      /\b(?:but it (?:does|did)(?: not|n't)|(?:does|did)(?: not|n't) work|won'?t work|not (?:work|compatible))\b/,
    groups: PRODUCTS,
    clause: 'it was sold as working with a Mac when it did not',
    also: ['the listing said it would work with a Mac, and it did not'],
    topic: 'compatibility',
    weight: 2,
  },
  {
    // A case or sleeve whose openings miss the controls they are cut for: "the opening for the hold switch was cut
    // wrong and does not line up with the switch". The fault of the design, not of a strap the reviewer called fine.
    test: /\b(?:opening|openings|cut-?outs?|holes?|slots?)\b[^.]{0,60}\b(?:(?:does|do|did)(?: not|n't) (?:line up|align|match up)|(?:is|are|was|were) (?:\w+ ){0,2}(?:cut wrong|misaligned|in the wrong (?:place|spot)|not aligned|off cent(?:er|re)))\b/,
    groups: PRODUCTS,
    clause: 'the openings were not cut where they should be',
    also: ['the openings did not line up as they should'],
    topic: 'openings',
    weight: 1,
  },
  {
    // Software loaded on a flash drive that the buyer never wanted and cannot be rid of.
    test: U3_SOFTWARE,
    whole: /\b(?:flash drive|thumb ?drive|usb (?:drive|stick|key)|cruzer|traveldrive|jump ?drive|u3)\b/,
    groups: PRODUCTS,
    clause: 'it came loaded with U3 software you did not want',
    also: ['the U3 software on it got in your way'],
    topic: 'u3',
    weight: 2,
  },
  {
    // Files it will not play because of their format: "ipod does not support the leading video format divx and avi",
    // "it won't play wma files", "why not support wma files?". A limit of the goods the reviewer bought it for, told as such.
    test: new RegExp(
      `\\b(?:does not|doesn't|did not|didn't|won't|will not|can't|cannot|can not|wouldn't|would not|no|why not) (?:even )?(?:support|play|read|handle|accept)s? (?:for )?[^.]{0,50}\\b${FORMATS}(?![\\w-])`,
    ),
    groups: PRODUCTS,
    clause: 'it will not play the file formats you need',
    also: ['it does not support the file formats you use'],
    topic: 'formats',
    weight: 1,
  },
  {
    // A part the goods cannot do without, sold at extra cost: "the adapter itself costs an additional 15 to 20
    // dollars", "the charger is sold separately".
    test: new RegExp(
      `\\b(${PARTS_SOLD_APART.join('|')})s? (?:itself |alone )?(?:costs? (?:you )?(?:an? )?(?:additional|extra)|(?:is|are|was|were|has to be|must be) (?:sold|bought|purchased) separately)\\b`,
    ),
    groups: PRODUCTS,
    clause: 'you have to pay extra for the {x}',
    fills: new Set(PARTS_SOLD_APART),
    topic: 'sold-apart',
    weight: 1,
  },
  {
    // Supplies lost on each use: "a significant amount of label is wasted with each printing", "an inch of tape gets
    // wasted every time".
    test: new RegExp(
      `\\b(?:lot|amount|deal|bit|much|inch(?:es)?|length) of (${SUPPLIES.join('|')})s? (?:\\w+ ){0,2}(?:is|are|gets?|was|were) wasted\\b`,
    ),
    groups: PRODUCTS,
    clause: 'so much {x} goes to waste each time',
    fills: new Set(SUPPLIES),
    topic: 'wasted',
    weight: 1,
  },
  {
    // A readout too faint to read, as a title often puts it with no verb: "display tough to read in daylight", "the
    // screen is far too dim", "the display has two settings: very dim and off". Not "easy to read", nor a display the
    // reviewer says is only a little dim.
    test: new RegExp(
      `\\b(${READOUTS.join('|')}) (?:(?:is |are |was |were |gets |got )?(?:very |so |too |really |quite |pretty |extremely )?(?:hard|tough|difficult|impossible) to (?:read|see)|(?:is |are |was |were )?(?:way |far |much |just |simply )?(?:too dim|not bright enough)|has (?:only )?two settings:? (?:very |too )?dim and off)\\b`,
    ),
    groups: PRODUCTS,
    clause: 'the {x} was hard to read',
    fills: new Set(READOUTS),
    topic: 'readout',
    weight: 1,
  },
  {
    // One side of a pair of headphones or speakers gave out: "the right ear headphone has gone out", "the left earbud
    // died". Not a side that only sounds quieter.
    test: /\b(left|right) (?:ear ?)?(?:buds?|earbuds?|pieces?|earpieces?|phones?|headphones?|cups?|side|speakers?|channel)\b[^.]{0,15}?\b(?:has |had |have )?(?:gone out|went out|went dead|gone dead|died|stopped working|quit|cut out|cuts out|is dead|was dead)\b/,
    groups: PRODUCTS,
    clause: 'the {x} side went dead',
    fills: new Set(['left', 'right']),
    // One failure with "the darn things just quit" said of the same side: a reply names it once, by the side.
    topic: 'it stopped working so soon',
    weight: 1.5,
  },
  {
    // The computer saw no device at all, however the setup went: "it said that there was no camera attached", "no
    // printer was found".
    test: new RegExp(
      `\\b(?:there (?:was|is) )?no (${PLUGGED_IN.join('|')}) (?:was |is )?(?:attached|connected|detected|found|plugged in)\\b`,
    ),
    groups: PRODUCTS,
    clause: 'your computer never found the {x}',
    fills: new Set(PLUGGED_IN),
    topic: 'recognise',
    weight: 1.5,
  },
  {
    // Goods the reviewer got going for only hours in all: "I've only got this thing to work for about 3 hours".
    test: /\b(?:only|just) (?:ever )?(?:got|gotten|managed to get|been able to get|could get) (?:it|this(?: thing| unit| one)?|them) to work (?:for )?(?:about |around |maybe |roughly )?(?:\d+|a few|a couple of|two|three|four|five) (hours|days|minutes)\b/,
    groups: PRODUCTS,
    clause: 'it only ever worked for a few {x}',
    fills: new Set(['hours', 'days', 'minutes']),
    topic: 'seldom-worked',
    weight: 1.5,
  },
  {
    // Goods that worked now and then at best: "it seldom works in any computer", "the unit rarely works".
    test: new RegExp(
      `\\b(?:it|this|they|the (?:[\\w-]+ )?(?:${DEVICE_NOUNS})) (?:\\w+ )?(?:seldom|rarely|hardly ever|almost never) (?:works?|worked|functions?|functioned)\\b`,
    ),
    groups: PRODUCTS,
    clause: 'it so seldom worked',
    also: ['it worked so rarely'],
    topic: 'seldom-worked',
    weight: 1.5,
  },
  {
    // Goods that hung as they were plugged in: "the logo comes up when I plug it in and it simply hangs there".
    test: /\b(?:when|whenever|once|as soon as|every time) (?:i|you|we) (?:plug|plugged|connect|connected|insert|inserted) (?:it|them|the [\w-]+) in\b[^.]{0,40}\b(?:hangs|hung|locks up|locked up)\b/,
    groups: PRODUCTS,
    clause: 'it hung whenever you plugged it in',
    topic: 'hang',
    weight: 1,
  },
  {
    // A rack or tower that came apart as discs were taken out: "be very careful taking the cds out or it would fall
    // apart".
    test: /\b(?:taking|take|took|pulling|pull|removing|remove|getting|get) (?:the |a |your |my |any )?(cds|dvds|discs|disks) out\b[^.]{0,30}\b(?:it|the (?:[\w-]+ )?(?:tower|rack|case|holder|unit|stand|shelf)) (?:would |will |might |could |can |starts? to |started to |tends to |just )?(?:falls?|fell|come|comes|came) apart\b/,
    groups: PRODUCTS,
    clause: 'it would come apart unless the {x} were taken out with great care',
    fills: new Set(['cds', 'dvds', 'discs', 'disks']),
    topic: 'apart',
    weight: 1.5,
  },
  {
    // Goods hard to assemble: "was a little hard putting it together", "difficult to assemble". Not "not hard to put
    // together".
    test: /^(?!.*\b(?:not|wasn't|isn't|never|wasnt|isnt)\b (?:\w+ )?(?:hard|difficult|tough|tricky)\b).*\b(?:(?:hard|difficult|tough|tricky|a pain|a nightmare|impossible|a struggle) (?:putting|to put) (?:it|this|them|the [\w-]+) together|(?:hard|difficult|tough|tricky|impossible) to assemble)\b/,
    groups: PRODUCTS,
    clause: 'it was so hard to put together',
    topic: 'assembly',
    weight: 1,
  },
  {
    // A part that pops out at the slightest bump: "even the slightest bump causes the cassette to pop out". Not one
    // that never once popped out.
    test: new RegExp(
      `${NEVER_OUT}\\b(?:slightest|smallest|least|tiniest|littlest|any little|every little) (?:bump|jolt|jar|knock|touch|pothole|movement|bounce)\\b[^.]{0,30}?\\b(?:the |my )?(${BUMPED_OUT}) (?:to )?(?:${OUT_VERB}) out\\b`,
    ),
    groups: PRODUCTS,
    clause: 'the {x} popped out at the slightest bump',
    fills: new RegExp(`^(?:${BUMPED_OUT})$`),
    topic: 'loose-part',
    weight: 1.5,
  },
  {
    // The same told part first: "the card falls out at the smallest jolt", "the tape pops out over every bump".
    test: new RegExp(
      `${NEVER_OUT}\\b(?:the |my )?(${BUMPED_OUT}) (?:\\w+ )?(?:${OUT_VERB}) out (?:\\w+ ){0,2}?(?:at|with|on|over) (?:the |every |any )?(?:slightest |smallest |least |tiniest |littlest |little |single )?(?:bump|jolt|knock|touch|pothole|bounce)s?\\b`,
    ),
    groups: PRODUCTS,
    clause: 'the {x} popped out at the slightest bump',
    fills: new RegExp(`^(?:${BUMPED_OUT})$`),
    topic: 'loose-part',
    weight: 1.5,
  },
  {
    // A device that kept warning of low power however it was fed: "it is always saying 'low power'".
    test: /\b(?:always|constantly|keeps?|kept|continually|repeatedly|forever)(?: on)? (?:saying|says|showing|shows|displaying|displays|flashing|flashes|giving|gives|telling me|warning(?: me)?(?: of| about)?)\b[^.]{0,12}?\blow (power|battery)\b/,
    groups: PRODUCTS,
    clause: 'it kept warning of low {x}',
    fills: new Set(['power', 'battery']),
    topic: 'battery',
    weight: 1.5,
  },
  {
    // One slot, port or button of several gone: "after 2 weeks one of the slots was non functional".
    test: new RegExp(
      `(?<!\\bnot )\\bone of the (${SEVERAL_PARTS.join('|')})\\b (?:(?:was|were|is|became|went|has|had|just|then|completely|totally) )*(?:non[- ]?functional|dead|broken|not working|stopped working|quit working|quit|died|failed|gave out)\\b`,
    ),
    groups: PRODUCTS,
    clause: 'one of the {x} stopped working',
    fills: new Set(SEVERAL_PARTS),
    // One failure with "it stopped working" said of the same part: a reply names it once, by the part.
    topic: 'it stopped working so soon',
    weight: 1.5,
  },
  {
    // A plug that would not go into what it was made for: "the plug on the antenna does not fit the jack".
    test: /\b(?:plug|connector|plug-in|jack)\b[^.]{0,30}\b(?:does not|doesn't|did not|didn't|would not|wouldn't|will not|won't)(?: even)? fit (?:in |into |on |onto )?(?:the |my |its |any )?(?:[\w-]+ ){0,2}?(jack|port|socket|outlet|slot|input)\b/,
    groups: PRODUCTS,
    clause: 'the plug did not fit the {x}',
    fills: new Set(['jack', 'port', 'socket', 'outlet', 'slot', 'input']),
    topic: 'fit',
    weight: 1.5,
  },
  {
    // A scroll wheel that clicks as it turns: "when I roll the wheel, the middle button registers a click very often".
    // Not a wheel that never registers a click by mistake.
    test: /\b(?:roll|rolling|scroll|scrolling|spin|spinning|turn|turning) (?:the )?(?:scroll )?wheel\b[^.]{0,40}?(?<!\b(?:not|never|n't) )\bregisters? (?:a |an )?["']?clicks?\b|\bwheel\b[^.]{0,40}?(?<!\b(?:not|never|n't) )\bregisters? (?:a |an )?(?:false|phantom|extra|random|unwanted|accidental) ["']?clicks?\b/,
    groups: PRODUCTS,
    clause: 'the wheel kept registering clicks',
    also: ['the wheel kept registering clicks you did not make'],
    topic: 'wheel-click',
    weight: 1.5,
  },
  {
    // A device that would barely link to anything: "it would barely connect to anything", "it can hardly pair".
    test: new RegExp(
      `\\b(?:it|this|they|the (?:[\\w-]+ )?(?:${DEVICE_NOUNS})) (?:would |could |will |can |does |did )?(?:barely|hardly|scarcely) (?:ever )?(connect|pair|sync|transmit)\\b`,
    ),
    groups: PRODUCTS,
    clause: 'it would barely {x}',
    fills: new Set(['connect', 'pair', 'sync', 'transmit']),
    topic: 'connection',
    weight: 1.5,
  },
  {
    // A remote that worked the wrong equipment: "routinely activated the wrong device".
    test: /(?<!\b(?:never|not|n't) )\b(?:routinely|often|constantly|always|keeps?|kept|repeatedly|frequently|randomly|sometimes)\s+(?:activat|turn|switch|select|operat|control)\w*(?: on)? (?:the )?wrong (device|devices|component|components|equipment)\b/,
    groups: PRODUCTS,
    clause: 'it kept switching on the wrong {x}',
    fills: new Set(['device', 'devices', 'component', 'components', 'equipment']),
    topic: 'wrong-device',
    weight: 1.5,
  },
  {
    // A network device that would not work with security on: "could not get it to work with wireless security turned
    // on", "it won't connect with WPA enabled".
    test: /\b(?:could not|couldn't|can't|cannot|unable to|not able to|never could|does not|doesn't|did not|didn't|would not|wouldn't|will not|won't)(?: even)?(?: get (?:it|this|them|the [\w-]+))?(?: to)? (?:work|connect)(?: at all)? (?:with|when|while|using) (?:the |my )?(wireless security|security|wireless encryption|encryption|wpa2?|wep)\b/,
    groups: PRODUCTS,
    clause: 'it would not work with {x} turned on',
    fills: /^(?:wireless security|security|wireless encryption|encryption|wpa2?|wep)$/,
    // What it would not work with, said in place of "it would not work properly for you".
    topic: 'compatibility',
    weight: 1.5,
  },
  {
    // A card or drive that came corrupted, would not format or would take no files: "it's corrupted and cannot format
    // itself and cannot put files on it", "the card would not format". Not files the reviewer lost, which another
    // frame tells.
    test: /\b(?:it'?s|it is|it was|it came|it arrived|(?:card|drive|stick|disk) (?:is|was|came|arrived)) (?:already |completely |totally )?corrupt(?:ed)?\b(?! (?:my|the|our|all|some|files|photos|pictures|data)\b)|\b(?:can ?not|cannot|can't|couldn't|could not|won't|wouldn't|would not|will not|unable to) (?:even )?(?:be )?format(?:ted)?(?: (?:it|itself|the card|the drive))?\b/,
    groups: PRODUCTS,
    clause: 'it was corrupted and would not format',
    also: ['it came corrupted and could not be formatted'],
    topic: 'corrupt',
    weight: 1.5,
  },
  {
    // Recordings or files that so often came out corrupt: "files often end corrupt in various ways".
    test: /\b(files|recordings)\b[^.]{0,20}?\b(?:often|frequently|sometimes|regularly|always|constantly|randomly|keep|kept)\b[^.]{0,10}?\b(?:end(?:ed)?(?: up)?|come out|came out|get|got|become|became|are|were|being) (?:\w+ )?corrupt(?:ed)?\b/,
    groups: PRODUCTS,
    clause: 'your {x} were so often corrupted',
    fills: new Set(['files', 'recordings']),
    topic: 'corrupt',
    weight: 1.5,
  },
  {
    // Disc trays that stuck shut: "most of the trays do not eject", "the disc tray won't open".
    test: /\b(?:disc |cd |dvd )?(trays?|drawers?)\b (?:(?:still|now|just|often|also) )?(?:do not|don't|does not|doesn't|did not|didn't|would not|wouldn't|won't|will not|no longer|never) (?:open|eject)\b/,
    groups: PRODUCTS,
    clause: 'the {x} would not eject',
    fills: new Set(['tray', 'trays', 'drawer', 'drawers']),
    topic: 'tray',
    weight: 1.5,
  },
  {
    // A typewriter or keyboard that put down other letters than the ones pressed: "it types the wrong letter".
    test: /(?<!\b(?:not|never|n't) )\b(?:types?|typed|typing|prints?|printed|printing) (?:out )?the wrong (?:letters?|characters?)\b/,
    groups: PRODUCTS,
    clause: 'it kept typing the wrong letters',
    topic: 'wrong-letters',
    weight: 1.5,
  },
  {
    // A transmitter heard on no frequency at all: "does not transmit on any frequency".
    test: /\b(?:does not|doesn't|did not|didn't|would not|wouldn't|will not|won't|never|could not|couldn't|cannot|can't) transmit(?: anything| a signal)? (?:on|to|over) (?:any|a single) (frequency|station|channel)\b/,
    groups: PRODUCTS,
    clause: 'it would not transmit on any {x}',
    fills: new Set(['frequency', 'station', 'channel']),
    topic: 'transmit',
    weight: 1.5,
  },
  {
    // A device that kept the computer awake: "it was preventing my laptop from going into idle mode".
    test: /\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|keeps?|keeping|kept) (?:my|the|our) (laptop|computer|pc|mac|monitor) from (?:ever )?(?:going (?:into|to) |entering )?idle\b/,
    groups: PRODUCTS,
    clause: 'it kept your {x} from going idle',
    fills: new Set(['laptop', 'computer', 'pc', 'mac', 'monitor']),
    topic: 'kept-awake',
    weight: 1.5,
  },
  {
    // The same told of sleep: "the mouse keeps my PC from going to sleep", "it stops the computer entering standby".
    test: /\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|keeps?|keeping|kept) (?:my|the|our) (laptop|computer|pc|mac|monitor) from (?:ever )?(?:going (?:into|to) |entering )?(?:sleep|standby|hibernat\w*)\b/,
    groups: PRODUCTS,
    clause: 'it kept your {x} from going to sleep',
    fills: new Set(['laptop', 'computer', 'pc', 'mac', 'monitor']),
    topic: 'kept-awake',
    weight: 1.5,
  },
  {
    // An error each time one button is pressed: "when I press the scan button an error comes up".
    test: /\b(?:when(?:ever)?|every time|each time) (?:i|you|we) (?:press|push|hit|select|click) (?:on )?(?:the )?(scan|print|copy|fax|power|play|record|start|menu|eject|send) (?:button|key)\b,? (?:an? |the )?(?:\w+ )?error (?:message )?(?:comes up|came up|appears|appeared|pops up|popped up|shows up|showed up|is displayed|displays)\b/,
    groups: PRODUCTS,
    clause: 'an error came up whenever you pressed the {x} button',
    fills: new Set([
      'scan',
      'print',
      'copy',
      'fax',
      'power',
      'play',
      'record',
      'start',
      'menu',
      'eject',
      'send',
    ]),
    topic: 'button-error',
    weight: 1.5,
  },
  {
    // Tapes that clogged the camcorder's heads: "they have only done one thing, clogged up my video head".
    test: /\bclog(?:s|ged|ging)? (?:up )?(?:my|the|our) (?:camcorder's |camera's |vcr's )?video heads?\b/,
    whole: /\btapes?\b/,
    groups: PRODUCTS,
    clause: 'the tapes clogged your video head',
    topic: 'clogged',
    weight: 1.5,
  },
  {
    // A tape adapter the deck threw out: "the deck would quickly error and eject the adapter".
    test: /\b(deck|player|stereo|radio)\b[^.]{0,30}?(?<!\b(?:not|never|n't) )\beject(?:s|ed|ing)? (?:it|the (?:[\w-]+ ){0,2}?(?:adapter|tape|cassette))\b/,
    whole: /\badapter\b/,
    groups: PRODUCTS,
    clause: 'your {x} kept ejecting it',
    fills: new Set(['deck', 'player', 'stereo', 'radio']),
    topic: 'ejected',
    weight: 1.5,
  },
  {
    // A cleaner or repair kit that could not mend one mark: "can't even remove a scuff".
    test: /\b(?:can't|cannot|couldn't|could not|did not|didn't|does not|doesn't|would not|wouldn't|won't|will not|failed to) (?:even )?(?:remove|fix|repair|take out|get rid of|clean up) (?:even )?(?:a|one|a single) (scuff|scratch|stain|smudge)\b/,
    groups: PRODUCTS,
    clause: 'it would not remove even a {x}',
    fills: new Set(['scuff', 'scratch', 'stain', 'smudge']),
    topic: 'cleaner',
    weight: 1.5,
  },
  {
    // A television or radio that got nothing to watch or hear: "doesn't give me any channel that you can actually
    // watch", "could not pick up a single station". Not a channel free of static, which is the static told.
    test: /\b(?:doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|couldn't|could not|can't|cannot|never) (?:give|get|pick up|receive|bring in) (?:me |us )?(?:any|a single) (channels?|stations?)\b(?! (?:free|clear|without)\b)/,
    groups: PRODUCTS,
    clause: 'it would not pick up any {x}',
    fills: new Set(['channel', 'channels', 'station', 'stations']),
    // One grievance with poor reception told of the same set: a reply names it once.
    topic: 'the reception was so poor',
    weight: 1.5,
  },
];
