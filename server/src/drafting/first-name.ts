const PLACEHOLDER_NAMES = new Set(
  'a an amazon google yelp customer client guest anonymous anon user reviewer someone verified buyer local guide owner the mr mrs ms miss dr sir madam mister'.split(
    ' ',
  ),
);

// Display names that are ordinary words, not first names ("Nineteen", "Books \"Bookworm\"", "Great Movie Addict").
// A missed greeting costs nothing; "Books, hello," is embarrassing, so anything that reads as a word is left out.
const WORD_NAMES = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million first second third
  book books great good best bad big little small old new real true honest happy sad angry mad crazy cool super
  mega ultra tired busy avid frequent faithful loyal satisfied unhappy disappointed frustrated concerned annoyed
  movie movies music tech techie gamer gamers reader readers shopper shoppers buyers consumer consumers user users
  fan fans lover lovers addict junkie mom mommy mum dad daddy papa mama grandma grandpa granny teacher doctor nurse
  student engineer designer geek nerd guy girl boy man woman lady gal dude kid kids family home house space star
  sky sun moon blue red green black white silver golden gold audio video photo computer digital electronic kitchen
  chef cook foodie travel traveler traveller wanderer world city country mountain ocean river sea beach desert
  night day morning winter summer spring autumn fall lucky wise smart sweet hungry thirsty local native happy
  customer client mister sir lord king queen prince princess captain coach boss chief major general private
  wild lonely quiet silent dark bright shiny random anonymous somebody nobody everyone reviewer critic expert pro
  amateur newbie music movie cinema pizza coffee tea wine beer burger taco sushi cat dog bear wolf tiger eagle
  just only very mr mrs ms dr the and dutch paper pieces treat fish doe bargain hunter guru wizard ninja
  dreamer warrior road scientist rocket horseman headset questions arcane chaos rex numb tall tongue tied always lost
  crispy harpoon oil can cosmic aloha spends much treble musicfan weary bearcat chicken deadman dogmom jerkymom
  optimist outdoors seagull infusion gaijin cleany blast`.split(/\s+/),
);

const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;
const ALL_CAPS = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)?$/u;

/**
 * A first name safe to greet with, or null. "John D." → "John"; "MARY SMITH" → "Mary". Emails, handles, digits,
 * initials ("J. Brodeur"), lower-case usernames ("toddman"), run-together handles ("GerryC"), placeholders
 * ("A Customer") and ordinary words ("Nineteen", "Books") give null: no greeting reads better than an odd one.
 */
export function firstNameFrom(author: string | null | undefined): string | null {
  // A nickname in quotes after the name ("Jean Winkelman \"jmwinke\"") is a handle: only the part before it counts.
  const value = (author ?? '').split(/["“(]/)[0]?.trim() ?? '';
  if (value.length === 0 || value.includes('@') || /\d|_|https?:|[/\\#*!?]/.test(value)) return null;
  const tokens = value.split(/[\s,]+/).filter((t) => t.length > 0);
  const first = tokens[0] ?? '';
  if (first.length < 2 || first.length > 20 || first.endsWith('.')) return null;
  if (PLACEHOLDER_NAMES.has(first.toLowerCase()) || WORD_NAMES.has(first.toLowerCase())) return null;
  if (tokens.length > 3) return null;
  const allCaps = tokens.every((t) => ALL_CAPS.test(t.replace(/\.$/, '')) || /^\p{Lu}\.?$/u.test(t));
  // A lone all-capitals token ("DWPC") is an acronym or handle; "MARY SMITH" is a name typed in capitals.
  if (allCaps && tokens.length >= 2 && first.length >= 3) {
    return first.charAt(0) + first.slice(1).toLowerCase();
  }
  if (!TITLE_CASE.test(first)) return null;
  // A lone long word with no surname is more often a handle ("Splitfish") than a first name.
  if (tokens.length === 1 && first.length > 8) return null;
  // Every further word must look like a surname or an initial, not a second ordinary word ("Faithful Shopper").
  for (const rest of tokens.slice(1)) {
    const word = rest.replace(/\.$/, '');
    if (!(TITLE_CASE.test(word) || /^\p{Lu}$/u.test(word) || /^(?:de|van|von|da|di|del|la|le)$/u.test(word)))
      return null;
    if (WORD_NAMES.has(word.toLowerCase())) return null;
  }
  return first;
}
