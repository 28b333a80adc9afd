import escapeRegExp from 'escape-string-regexp';
import { distance } from 'fastest-levenshtein';

/**
 * Staff a happy reviewer names in ways the situation reader leaves open because the name is also an ordinary word
 * ("Anna", "Jimmy", "Chris") or because the cue is one it does not read: "many thanks to Anna and Donnatella", "his
 * barber was named Chris", "greeted by Jimmy". Each cue says plainly that the capitalised word is a person who looked
 * after the reviewer, so a thank-you can name them instead of "the staff".
 */

const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
// "Thanks to Dr. Lisko": the title is passed over and the name after it taken, as the reviewer wrote it.
const T = '(?:(?:Dr|Mr|Mrs|Ms|Miss)\\.? )?';
const ROLE =
  'barber|stylist|hairdresser|colou?rist|nail tech|nail artist|manicurist|esthetician|aesthetician|therapist|masseuse|waiter|waitress|server|bartender|host|hostess|chef|cook|manager|receptionist|concierge|housekeeper|salesman|saleswoman|salesperson|sales rep|sales associate|associate|clerk|cashier|mechanic|technician|tech|driver|mover|installer|agent|rep|representative|consultant|advisor|adviser|trainer|instructor|teacher|guide|baker|decorator|florist|photographer|tailor|optician|pharmacist|groomer';

const CUES: readonly RegExp[] = [
  // "many thanks to Anna and Donnatella", "Thanks to Jimmy for…": thanked by name, one or two people.
  new RegExp(
    `(?:[Mm]any|[Ss]pecial|[Bb]ig|[Hh]uge|[Ss]incere)? ?[Tt]hanks to ${T}(${NAME})(?: ${NAME})?(?:,? and ${T}(${NAME}))?(?![\\p{L}])`,
    'gu',
  ),
  // "nicely greeted by Jimmy Triese", "we were looked after by Rosa".
  new RegExp(
    `(?:greeted|helped|served|assisted|waited on|looked after|taken care of|welcomed|checked in) by ${T}(${NAME})(?![\\p{L}])`,
    'gu',
  ),
  // "My favorite waiter is Nico", "our server was Kim": the role, then the name as what it is.
  new RegExp(
    `(?:[Mm]y|[Oo]ur|[Tt]he) (?:favou?rite |usual |regular )?(?:${ROLE}) (?:is|was) ${T}(${NAME})(?![\\p{L}])`,
    'gu',
  ),
  // "His barber was named Chris", "our waitress, called Mia".
  new RegExp(`(?:${ROLE}),? (?:was |is )?(?:named|called) (${NAME})(?![\\p{L}])`, 'gu'),
  // "Mia, one of the nail techs, is amazing", "Nico, our waiter": the name, then the role it fills here. "Well, the
  // clerk…" is no name, so a bare "the" role is not read.
  new RegExp(`(?<!\\p{Lu}[\\p{L}']* )(${NAME}), (?:one of (?:the|our) |our )(?:${ROLE})s?(?![\\p{L}])`, 'gu'),
  // "A newer member of the staff is Theo": one of the team, named as such.
  new RegExp(`member of (?:the |our )?(?:staff|team) (?:is|was) ${T}(${NAME})(?![\\p{L}])`, 'gu'),
  // "The beginners' class is taught by Omar", "I was trained by Bea".
  new RegExp(`(?:taught|trained|coached|treated) by ${T}(${NAME})(?![\\p{L}])`, 'gu'),
];

// Capitalised words the cues above may reach that are no member of staff: sites, firms, places, the reviewer's God.
const NOT_STAFF = new Set(
  'The This That They She He It We You Our My His Her Their God Yelp Google Groupon Tripadvisor TripAdvisor Facebook Instagram Amazon Uber Lyft Gps Mom Dad Mum Grandma Grandpa Hurricane Covid Well So Yes Oh Now Also Anyway Honestly Overall Plus Again Sadly Luckily Finally Thankfully Wow Okay'.split(
    ' ',
  ),
);

// "dr. matsumoto and her team are the best": a doctor the reviewer names all in lower case is still a doctor, named
// back with a capital. Drinks and figures that carry the title are no doctor of ours.
const DOCTOR_LOWER = /(?<!\p{L})dr\. (\p{Ll}{3,})(?![\p{L}-])/gu;
const NOT_DOCTOR = /^(?:pepper|seuss|who|oz|martens|scholls?|phil|google)$/;

/** First names the cues above tell as staff, in the order the review gives them, each once. */
export function staffNamedPlainly(text: string): string[] {
  const found: { name: string; at: number }[] = [];
  for (const m of text.matchAll(DOCTOR_LOWER)) {
    const name = m[1];
    if (!name || NOT_DOCTOR.test(name)) continue;
    found.push({ name: `${name.charAt(0).toUpperCase()}${name.slice(1)}`, at: (m.index ?? 0) + 4 });
  }
  for (const cue of CUES) {
    for (const m of text.matchAll(cue)) {
      for (const name of [m[1], m[2]]) {
        if (!name || NOT_STAFF.has(name)) continue;
        // A word the reviewer also writes in lower case is that word, not a name ("thanks to Patience… patience").
        if (new RegExp(`(?<!\\p{L})${name.toLowerCase()}(?!\\p{L})`, 'u').test(text)) continue;
        found.push({ name, at: (m.index ?? 0) + m[0].indexOf(name) });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.name))];
}

/**
 * One person spelt two ways ("Dr. Kanarish… Dr. Karanish"): two long names that start alike and differ by a letter
 * or two are one name with a slip of the pen, and thanking both reads as two people. The spelling the review gives
 * more often is kept (the first one on a tie); "Ann" and "Anna", too short to tell, are left as they are.
 */
function withoutMisspelt(people: readonly string[], text: string): string[] {
  const times = (n: string): number =>
    text.match(new RegExp(`(?<!\\p{L})${escapeRegExp(n)}(?!\\p{L})`, 'giu'))?.length ?? 0;
  const twin = (a: string, b: string): boolean =>
    a !== b &&
    Math.min(a.length, b.length) >= 5 &&
    a.charAt(0).toLowerCase() === b.charAt(0).toLowerCase() &&
    distance(a.toLowerCase(), b.toLowerCase()) <= 2;
  return people.filter(
    (n, i) => !people.some((m, j) => twin(n, m) && (times(m) > times(n) || (times(m) === times(n) && j < i))),
  );
}

/** The people of the situation reader with the ones named plainly above, in order of first mention. */
export function withPlainStaff(people: readonly string[], text: string): string[] {
  return withoutMisspelt(withPlain(people, text), text);
}

function withPlain(people: readonly string[], text: string): string[] {
  const extra = staffNamedPlainly(text).filter((n) => !people.includes(n));
  if (extra.length === 0) return [...people];
  // A name the reviewer wrote only in lower case ("dr. matsumoto") is found where they wrote it.
  const at = (n: string): number => {
    const said = new RegExp(`(?<!\\p{L})${n}(?!\\p{L})`, 'u');
    const i = text.search(said);
    const lower = text.search(new RegExp(said.source, 'iu'));
    return i >= 0 ? i : lower >= 0 ? lower : Number.MAX_SAFE_INTEGER;
  };
  return [...people, ...extra].sort((a, b) => at(a) - at(b));
}
