import { type Aspect, readAspects, sayAspect } from '../triage/situation/aspects.ts';
import { readsCleanly } from './spelling.ts';

/**
 * The dishes a reviewer named with what was wrong with them ("the beef was burnt", "the tacos were cold and dry"),
 * told back as they said it where our own clause could only say the food fell short. Read only where both the
 * thing and the fault are plainly food: a dish from the menu's words, a fault only food has.
 */

// Things eaten, by the last word of how the reviewer named them ("the gyro meat", "my belgian waffle"). Not a plate,
// which may be cold or dirty without the food being either, nor the meal as a whole: "the food was bland" says no
// more than our own clause does, and beside a dish it says it twice.
export const DISH =
  /^(?:appetizers?|steaks?|burgers?|fries|soup|eggs|omelett?es?|pizza|pasta|chicken|fish|seafood|sushi|rice|sandwich(?:es)?|noodles|tacos?|burritos?|enchiladas?|nachos|salad|bread|dessert|cakes?|cupcakes?|donuts|doughnuts|pastr(?:y|ies)|cookies|muffins|bagels|pies?|gyros?|falafel|wings|ribs|brisket|potatoes|pancakes|waffles?|rings|salsa|sauce|gravy|meat|beef|pork|lamb|shrimp|prawns|salmon|tuna|curry|ramen|pho|dumplings|greens|vegetables|veggies|beans|tortillas?|chips|crust|toast|bacon|sausages?|hash ?browns|biscuits?|scallops|calamari|lobster|crab|oysters|tofu|lasagna|gnocchi|risotto|wrap|quesadillas?|fajitas|coleslaw|slaw|broth|stew|patty|patties|bun|buns|filet|fillet|chops|ham|turkey|duck|mussels|clams|cod|halibut)$/;

// Faults only food has: how it was cooked, seasoned or kept. A second word beside one of them ("thin and
// flavorless") is told with it.
const FOOD_FAULTS = new Set(
  'bland tasteless flavorless flavourless stale soggy greasy oily salty overcooked undercooked overdone underdone raw burnt burned dry tough chewy rubbery mushy watery runny lukewarm cold bitter sour rancid spoiled inedible'
    .split(' ')
    .concat(['barely edible', 'hardly edible', 'scarcely edible']),
);

// Served cold on purpose: "the salad was cold" is how it comes.
const COLD_BY_NATURE = /^(?:salad|sushi|oysters|coleslaw|slaw|dessert|cakes?|cupcakes?)$/;

// Praise in the part of the sentence that names the dish: "the crust was thin and perfectly chewy".
const PRAISED =
  /\b(?:amazing|perfect(?:ly)?|delicious|excellent|fantastic|wonderful|great|loved?|the best|tasty|yummy)\b/i;
const TURN = /\b(?:but|however|though|although|except|yet|unfortunately)\b/i;

const head = (subject: string): string => subject.split(/\s+/).pop()?.toLowerCase() ?? '';

/** Whether what was said of the dish is a fault only food has, said without praise beside it. */
function isDishFault(aspect: Aspect, text: string): boolean {
  const dish = head(aspect.subject);
  if (aspect.polarity !== 'negative' || !DISH.test(dish)) return false;
  // A misspelt dish read back to the reviewer looks careless.
  // A name from the menu, with its capital as written ("the Hawaiian pizza"), is the reviewer's and may be repeated.
  const menuNames = aspect.subject.split(' ').filter((word) => /^\p{Lu}/u.test(word));
  if (!readsCleanly(aspect.subject, menuNames)) return false;
  if (!aspect.words.some((word) => FOOD_FAULTS.has(word))) return false;
  if (COLD_BY_NATURE.test(dish) && aspect.words.includes('cold')) return false;
  const sentence = text.slice(aspect.start).split(/(?<=[.!?])\s/)[0] ?? '';
  const part = sentence.split(TURN).find((p) => new RegExp(`\\b${dish}\\b`, 'i').test(p));
  return !(part && PRAISED.test(part));
}

/**
 * A dish said plainly ("this pizza was so salty") beside one of its kind the reviewer named ("the Hawaiian pizza was
 * barely edible") is the other one: "the other pizza", told after the named one.
 */
function otherOf(aspect: Aspect, faulted: readonly Aspect[]): Aspect {
  const bare = /^(?:the|your) (\S+)$/.exec(aspect.subject);
  if (!bare) return aspect;
  const dish = bare[1] ?? '';
  const named = faulted.some(
    (a) => a !== aspect && head(a.subject) === dish && a.subject.split(' ').length > 2,
  );
  return named ? { ...aspect, subject: `the other ${dish}` } : aspect;
}

/**
 * One or two dishes with their faults as the reviewer told them, the first said first: "the noodles were mushy and
 * the beef was burnt". Null where no dish was plainly faulted.
 */
export function dishFaults(text: string): string | null {
  const seen = new Set<string>();
  const faulted = readAspects(text).filter((aspect) => isDishFault(aspect, text));
  const told = faulted
    .filter((aspect) => {
      const key = aspect.subject.replace(/^(?:the|your) /, '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((aspect) => otherOf(aspect, faulted))
    .sort((a, b) => Number(a.subject.includes(' other ')) - Number(b.subject.includes(' other ')))
    .slice(0, 2)
    .map((aspect) =>
      sayAspect({ ...aspect, degree: aspect.degree === 'too' ? 'so' : aspect.degree }, 'past'),
    );
  const [first, second] = told;
  if (!first) return null;
  if (!second) return first;
  return / and /.test(first) || / and /.test(second) ? `${first}, and ${second}` : `${first} and ${second}`;
}
