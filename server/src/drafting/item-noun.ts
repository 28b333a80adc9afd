/**
 * What a shop calls a product in a reply, read from the item name its review feed carries (schema.org
 * `itemReviewed`, a CSV "product" column): "Sennheiser HD600 Over-Ear Stereo Headphones (Black)" is "the Sennheiser
 * headphones". A listing's full title reads like a catalogue; the maker and the kind of thing read like a person.
 */

// The kinds of thing a shop sells, each as it is said in a reply. A listing names the thing last ("Retractable Phone
// & Modem Cable" is a cable), so the kind said furthest along the name wins, and of two ending together the longer
// ("MP3 Player" over "Player").
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bipods?(?: (?:nano|shuffle|mini|photo|video|classic|touch))?\b/i, 'iPod'],
  [/\barmbands?\b/i, 'armband'],
  [/\bstraps?\b/i, 'strap'],
  [/\bhandhelds?\b|\bpdas?\b|\borgani[sz]ers?\b|\bpocket pcs?\b/i, 'handheld'],
  [/\bmouse ?pads?\b/i, 'mouse pad'],
  [/\bcleaners?\b|\bcleaning kits?\b/i, 'cleaner'],
  [/\ball-in-ones?\b|\bcopiers?\b/i, 'printer'],
  [/\bspeakerphones?\b/i, 'phone'],
  [/\bcovers?\b|\bskins?\b/i, 'covers'],
  [/\btowers?\b|\bracks?\b/i, 'rack'],
  [/\be-?book readers?\b/i, 'e-reader'],
  [
    /\b(?:\d-in-1 )?(?:card )?readers?(?:\/writers?)?\b(?<=(?:card readers?|writers?|\d-in-1 (?:card )?readers?))/i,
    'card reader',
  ],
  [/\b(?:back-?)?ups\b/i, 'UPS'],
  [/\bfax(?: machine)?\b/i, 'fax machine'],
  [/\bconnectors?\b|\binterconnects?\b/i, 'connector'],
  [/\bselectors?\b/i, 'selector'],
  [/\bvacuums?\b/i, 'vacuum'],
  [/\bsound ?cards?\b/i, 'sound card'],
  [/\bbattery packs?\b/i, 'battery pack'],
  [/\b(?:mp3|media|music|dvd|cd|video|audio) players?(?:\/recorders?)?\b/i, 'player'],
  [/\bvoice recorders?\b/i, 'recorder'],
  [
    /\b(?:memory|sd|secure digital|compactflash|cf|micro ?sd|mini ?sd|xd) cards?\b|\bmemory sticks?(?: pro)?(?: duo)?(?: media)?\b/i,
    'card',
  ],
  [/\b(?:flash|thumb|usb) (?:drives?|memory)(?: (?:devices?|sticks?|keys?))?\b/i, 'flash drive'],
  [/\bhard (?:drives?|disks?)\b/i, 'hard drive'],
  [/\bsurge protectors?\b/i, 'surge protector'],
  [/\bpower (?:strips?|adapters?|supply|supplies)\b/i, 'power adapter'],
  [/\b(?:fm )?transmitters?\b/i, 'transmitter'],
  [/\bcassette adapters?\b/i, 'cassette adapter'],
  [/\b(?:ink(?:jet)?|print|toner) cartridges?\b|\bcartridges?\b/i, 'cartridge'],
  [/\bphoto paper\b/i, 'photo paper'],
  [/\b(?:gps|navigation system|sat ?nav)\b|\bgps navigators?\b/i, 'GPS'],
  [/\bnavigation kits?\b/i, 'navigation kit'],
  [/\bwallets?\b/i, 'wallet'],
  [/\b(?:game ?pads?|rumble ?pads?|joysticks?|gaming controllers?)\b/i, 'controller'],
  [/\b(?:radar )?detectors?\b/i, 'detector'],
  [/\b(?:cd-?rw?s?|dvd[-+]?rw?s?)(?: media)?\b|\bdiscs?\b/i, 'discs'],
  [/\bear-?buds?\b|\bearphones\b|\bin-?ear\b/i, 'earphones'],
  [/\bheadphones?\b|\bheadsets?\b/i, 'headphones'],
  [/\b(?:loud)?speakers?\b|\bsubwoofers?\b|\bsoundbars?\b/i, 'speakers'],
  [/\bcordless (?:phone|answering system)s?\b|\b(?:tele)?phones?\b|\bhandsets?\b/i, 'phone'],
  [/\bcameras?\b|\bcamcorders?\b|\bwebcams?\b/i, 'camera'],
  [/\bmice\b|\bmouse\b/i, 'mouse'],
  [/\bkeyboards?\b/i, 'keyboard'],
  [/\brouters?\b/i, 'router'],
  [/\baccess points?\b/i, 'access point'],
  [/\bmodems?\b/i, 'modem'],
  [/\bswitch(?:es)?\b/i, 'switch'],
  [/\bhubs?\b/i, 'hub'],
  [/\bsplitters?\b/i, 'splitter'],
  [/\bantennas?\b|\baerials?\b/i, 'antenna'],
  [/\bremotes?(?: control)?\b/i, 'remote'],
  [/\bchargers?\b/i, 'charger'],
  [/\bbatter(?:y|ies)\b|\bpower ?cells\b/i, 'batteries'],
  [/\bcables?\b|\bcords?\b|\bleads?\b/i, 'cable'],
  [/\badapters?\b/i, 'adapter'],
  [/\bprinters?\b/i, 'printer'],
  [/\bscanners?\b/i, 'scanner'],
  [/\bmonitors?\b|\bdisplays?\b/i, 'monitor'],
  [/\b(?:tv|television)s?\b/i, 'TV'],
  [/\bprojectors?\b/i, 'projector'],
  [/\bradios?\b/i, 'radio'],
  [/\breceivers?\b|\bamplifiers?\b|\btuners?\b/i, 'receiver'],
  [/\bmicrophones?\b/i, 'microphone'],
  [/\btripods?\b/i, 'tripod'],
  [/\blens(?:es)?\b/i, 'lens'],
  [/\bcases?\b|\bbags?\b|\bsleeves?\b|\bpouch(?:es)?\b/i, 'case'],
  [/\bmounts?\b|\bstands?\b|\bcradles?\b|\bdocks?\b/i, 'mount'],
  [/\bcoolers?\b/i, 'cooler'],
  [/\bfans?\b/i, 'fan'],
  [/\blaptops?\b|\bnotebooks?\b/i, 'laptop'],
  [/\btablets?\b/i, 'tablet'],
  [/\bcalculators?\b/i, 'calculator'],
  [/\bmaps?\b/i, 'maps'],
  [/\bsoftware\b/i, 'software'],
  [/\bkettles?\b/i, 'kettle'],
  [/\bblenders?\b/i, 'blender'],
  [/\btoasters?\b/i, 'toaster'],
];

/**
 * A marketplace's department after the last colon, with the maker it may add after it ("…Wallet: Electronics: Case
 * Logic"); a colon inside the name ("Creative Zen Vision: M Video Cable") is kept.
 */
export const DEPARTMENT =
  /:\s*(?:Electronics|Computers|Software|Office Products|Camera & Photo|Musical Instruments)(?::\s*[\p{L} &]+)?$|:\s*[\p{L} &]+$/u;

// Words a listing opens with that are not a maker's name.
const NOT_A_MAKER =
  /^(?:by|universal|new|genuine|original|premium|deluxe|professional|pro|the|a|an|set|pack|pair|black|white|silver|wireless|cordless|portable|mini|micro|compact|digital|usb|bluetooth|retractable|external|internal|rewritable|recordable|rechargeable|blank|optical|laser|stereo|replacement|high|heavy|super|ultra|slim|photo|data|power|home|car|travel|noise|hand|wrist|neck|shoulder|carrying|protective|american|international|global|general|[0-9]+-pack)$/i;

/**
 * "the Sennheiser headphones" from a product listing's name, or null when the name says no kind of thing this shop
 * would recognise (a reply then names what the review says, as before).
 */
export function itemNoun(itemName: string | null | undefined): string | null {
  if (!itemName) return null;
  // A marketplace's department after the last colon, anything in brackets, and a variant after a spaced dash.
  const name = itemName
    .replace(DEPARTMENT, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+[-–]\s+.*$/, '')
    // "Gaming Mouse- Chameleon Green": a dash written against the word before it, after two words of the name.
    .replace(/^((?:\S+\s+)+\S+?)[-–]\s+.*$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // What the product is for ("…Cradle for iPod") or comes without ("…Disc Without Cartridge") is not what it is.
  // So is what comes with it ("Suction Cup Mount including speaker w/12V cable").
  // "SanDisk 512 MB CompactFlash Card, SDCFB-512-A10", "Two-Way Radios, Khaki": a part after a comma that names no
  // kind of thing is a code or a colour; one that does ("Printer, Copier, Scanner, Fax") is left for the listing.
  // "D-Link DI-604 Cable/DSL Router, 4-Port Switch": once the first part names the kind of thing, what follows a comma
  // is a feature of it ("4-Port Switch", "Hub Printable"), not the thing; a list that ends "… or Peripheral Stand",
  // "… and Transmitter" names the thing last.
  const parts = name.split(/,\s*/);
  const firstNamesKind =
    KINDS.some(([pattern]) => pattern.test(parts[0] ?? '')) &&
    !parts.slice(1).some((part) => /^(?:and|or) |\s(?:and|or)\s/i.test(part));
  const kept = parts.filter(
    (part, i) => i === 0 || (!firstNamesKind && KINDS.some(([pattern]) => pattern.test(part))),
  );
  const named = kept.length < parts.length ? kept.join(', ') : name;
  const own =
    named.split(/\s+(?:(?:for|with|without|to fit|compatible with|including|includes)\s+|w\/\s*)/i)[0] ??
    named;
  const words = own.split(' ');
  // The kind is the name's last word before any pack size or colour: "Earbud Sound Enhancing Covers" are covers,
  // "Mouse Pad" is no mouse.
  const trailing = [...words].reverse().findIndex((word) => !TRAILING.test(word));
  const headEnds = words
    .slice(0, words.length - Math.max(0, trailing))
    .join(' ')
    .replace(/[^\p{L}\d]+$/u, '').length;
  // "APC Back-UPS ES 500 Backup Battery and Surge Protector", "Back-UPS Pro 500": a maker's line of battery backups is
  // a UPS, whatever else the listing says it does or however its model code ends.
  if (BACK_UPS.test(own)) {
    const maker = makerOf(words);
    return maker ? `the ${maker} UPS` : 'the UPS';
  }
  // "Monster Cable HTS 1000 PowerCenter": a kind said right after the maker, with more of the name to come, is the
  // maker's own name.
  const kind = lastKindIn(own, (words[0]?.length ?? 0) + 1);
  if (!kind || kind.end !== headEnds) return null;
  const maker = makerOf(words);
  if (!maker || kind.name === 'iPod') return `the ${kind.name}`;
  return `the ${maker} ${kind.name}`;
}

const BACK_UPS = /\bback-?ups\b/i;

type Kind = { start: number; end: number; name: string };

function lastKindIn(name: string, makerEnds: number): Kind | null {
  let best: Kind | null = null;
  for (const [pattern, kind] of KINDS) {
    for (const m of name.matchAll(new RegExp(pattern.source, 'gi'))) {
      const end = m.index + m[0].length;
      // "Memorex DVD+R 16x 4.7GB 50 Pack Spindle": a kind followed only by sizes and a pack is the thing itself.
      const rest = name.slice(end).trim().split(/\s+/).filter(Boolean);
      if (
        m.index === makerEnds &&
        !/\s/.test(m[0]) &&
        rest.length >= 2 &&
        !rest.every((w) => TRAILING.test(w))
      )
        continue;
      if (!best || end > best.end || (end === best.end && m.index < best.start))
        best = { start: m.index, end, name: kind };
    }
  }
  return best;
}

const isName = (word: string): boolean =>
  !NOT_A_MAKER.test(word) && !KINDS.some(([pattern]) => pattern.test(word));

// What follows a listing's kind without changing it: a pack size, a colour, a bundle.
const TRAILING =
  /^(?:pack|packs|set|kit|bundle|value|combo|system|series|edition|spindle|retail|package|black|white|silver|gr[ae]y|red|blue|green|pink|yellow|purple|orange|brown|beige|clear|metallic|khaki|chrome|gold|bronze|charcoal|ivory|navy|arctic|graphite|titanium|[\d.x/-]+|[\d]+-pack|(?!mp3$|\d+-\p{L}+$)[^\s\d]*\d\S*)$/iu;
// The second word of a maker's two-word name: "Acoustic Research", "Case Logic", "Creative Labs", "Northwestern Bell".
const MAKER_TAIL =
  /^(?:research|acoustics|logic|technology|technologies|labs|unlimited|media|products|systems|audio|design|ears|bell|friend)$/i;

/** The maker, when the listing opens with one: "COBY" is written "Coby", "JBL" and "AT&T" stay as they are. */
// Makers whose second word would read as a describing word on its own ("Western Digital", not "Western").
const TWO_WORD_MAKERS =
  /^(?:western digital|texas instruments|hewlett packard|hewlett-packard|boston acoustics|cyber acoustics|creative labs|case logic|polk audio|klipsch audio|audio technica|general electric|smart technologies|kodak easyshare)$/i;

function makerOf(words: readonly string[]): string | null {
  const one = makerWord(words[0] ?? '');
  const tail = words[1] ?? '';
  if (one && TWO_WORD_MAKERS.test(`${words[0]} ${tail}`)) return `${one} ${tail}`;
  return one && MAKER_TAIL.test(tail) ? `${one} ${tail}` : one;
}

// A standard's name that opens a listing ("HDMI 2M Cable") is written as the standard writes it, not as a maker's.
const STANDARD = /^(?:HDMI|SATA|MIDI|VOIP|PCMCIA|DVB-T|ATSC|NTSC|XLR)$/;

function makerWord(first: string): string | null {
  // "Cables Unlimited": a maker named after what it sells reads as the kind said twice.
  if (!/^\p{Lu}[\p{L}&'.-]*\p{L}$/u.test(first) || !isName(first)) return null;
  return first.length > 3 && !first.includes('&') && first === first.toUpperCase() && !STANDARD.test(first)
    ? `${first[0]}${first.slice(1).toLowerCase()}`
    : first;
}
