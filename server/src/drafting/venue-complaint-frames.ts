import type { SectorGroup } from '@rebound/shared';
import { type Frame, VENUES, WAITED_TO_BE_SERVED } from './complaint-frame.ts';

/**
 * Grievances of a visit that a reply must name rather than answer with a bare apology: the service judged poor as a
 * whole, a dish judged in slang ("so blah", "a major disappointment", "like it came out of a box"), a wait taken
 * outside or in a line, a table by the kitchen or the doors, a room in bad shape, a dish unlike the menu's, and a
 * place the reviewer knew as better. Each is told back as a short clause of our own, read from one sentence in lower case.
 */

// Every trade where the reviewer was served in person; a shop's "customer service" is as often the maker's helpline.
const SERVED: readonly SectorGroup[] = ['food_hospitality', 'health', 'professional', 'trades_repairs'];

// How a reviewer damns the service as a whole.
const DAMNED =
  'terrible|horrible|awful|poor|bad|lousy|abysmal|appalling|atrocious|pathetic|crappy|shitty|dreadful|non-?existent|the worst|worst|a joke|horrendous|subpar|sub-par';

// Dishes, cakes and drinks a verdict may be said of.
const EATEN =
  'food|meal|meals|dish|dishes|plate|plates|entrees?|appetizers?|steak|burgers?|fries|soup|eggs|omelett?e|pizza|pasta|chicken|fish|seafood|sushi|rice|sandwich(?:es)?|noodles|tacos?|burritos?|enchiladas?|nachos|salad|bread|dessert|cakes?|cupcakes?|donuts|doughnuts|pastr(?:y|ies)|cookies|muffins|bagels|pies?|gyros?|falafel|wings|ribs|brisket|potatoes|pancakes|waffles|onion rings|salsa|sauce|meat|beef|pork|shrimp|curry|ramen|pho|dumplings|breakfast|brunch|lunch|dinner';

// A verdict on something eaten in words the food frames do not read: "so blah", "a major disappointment", "like
// eating out of a trough", "tasted like they came out of a box". Not "not disappointing".
const SLANG_VERDICT =
  "(?:(?:is|was|are|were|just|all|so|pretty|really) (?:so |just |pretty |really |kind of |kinda )?(?:blah|meh|gross|yucky|icky)\\b|(?<!not (?:a |such a )?)(?:a |such a )?(?:major |big |huge |real |total |complete )?(?:disappointment|letdown)\\b|(?:is|was|are|were) (?:\\w+ )?disappointing\\b|(?:was|were|is|are) like eating\\b|tasted? like (?:it|they|it'd|they'd) (?:came|come|had come|were|was) (?:out of|from) a (?:box|can|packet|jar|mix)\\b|over ?fried\\b)";

export const venueFrames: readonly Frame[] = [
  {
    // The service damned as a whole: "the service was terrible", "worst service". Any fault of it the reviewer tells
    // (a long wait, a rude word) says more, and comes first.
    test: new RegExp(
      `^(?=.*?\\b(customer service|service)\\b)(?:.*?(?<!\\bnot )\\b(?:${DAMNED})(?: \\w+)? (?:customer )?service\\b|.*?\\bservice (?:here |there )?(?:is|was|has been) (?:(?!not\\b|never\\b)\\w+ )?(?:${DAMNED})\\b)`,
    ),
    groups: SERVED,
    clause: 'the {x} was so poor',
    fills: new Set(['service', 'customer service']),
    service: true,
    general: true,
    // One grievance with any named fault of the staff, which says more and is named instead.
    topic: 'staff',
  },
  {
    // The same verdict at a shop, said of the shop itself: "worst customer service of any grocery store".
    test: new RegExp(
      `^(?=.*?\\b(customer service|service)\\b)(?:.*?(?<!\\bnot )\\b(?:${DAMNED})(?: \\w+)? (?:customer )?service\\b[^.]{0,40}\\b(?:store|shop|grocery|supermarket|market|outlet|mall)\\b|.*?\\b(?:store|shop)(?:'s)? (?:customer )?service (?:is|was) (?:(?!not\\b)\\w+ )?(?:${DAMNED})\\b)`,
    ),
    groups: ['retail'],
    clause: 'the {x} was so poor',
    fills: new Set(['service', 'customer service']),
    ours: true,
    service: true,
    general: true,
    // One grievance with any named fault of the staff, which says more and is named instead.
    topic: 'staff',
  },
  {
    // A dish damned in slang: "the onion rings were so blah", "as for the food, just a major disappointment".
    test: new RegExp(
      `\\b(?:${EATEN})\\b(?:(?!\\b(?:service|staff|waiters?|waitress(?:es)?|servers?|hostess|host|manager|owner|location|place|decor|atmosphere)\\b)[^.]){0,40}${SLANG_VERDICT}`,
    ),
    groups: VENUES,
    clause: 'the food was such a letdown',
    also: ['the food was not what it should have been', 'the food fell so short'],
    topic: 'food',
  },
  {
    // A wait told with where it was taken: "had to wait outside for 30 minutes", "waited in line for an hour". Ten minutes
    // in a lobby is a wait only beside what happened in it (nobody came), which reads better told itself.
    test: /\bwait(?:ed|ing)? (?:outside|in line|in the car|in the lobby|at the counter|at the bar|at the door|at the front|there|around) (?:for )?(?:over |almost |nearly |about |at least |more than )?(?:an? (?:hour|half hour)|(?:1[5-9]|[2-9]\d|\d{3}) ?(?:minutes|mins?)|(?:one|two|three) hours?|forty|thirty|fifty|forever|ages)\b/,
    groups: VENUES,
    clause: 'you had such a long wait',
    also: ['the wait was so long', 'you waited far longer than you should have'],
    service: true,
    topic: 'wait',
  },
  {
    // A wait at the door told without minutes: "left standing at the front for far too long before being seated",
    // "stood by the host stand forever before anyone seated us". Not a table that was "too long" or a long menu.
    test: /\b(?:left|kept|stood|standing|waited|waiting)\b[^.]{0,60}\b(?:far too|way too|much too|so|too|very|a) long(?: time)?\b[^.]{0,20}\bbefore (?:being |we were |i was |anyone |someone |somebody |they )?(?:seated|sat us|seated us|shown to|taken to)\b|\b(?:left|kept) standing\b[^.]{0,50}\b(?:far too long|way too long|so long|forever|ages)\b/,
    groups: VENUES,
    clause: 'you were left standing so long before being seated',
    also: ['you waited far too long to be seated'],
    ours: true,
    service: true,
    topic: 'wait',
    weight: 1,
  },
  {
    // A wait for the food told without minutes: "the food took quite awhile", "our order took forever", "it took a
    // while until a waiter came". Not "it took a while to find the laundry room", nor a dish that "took a while to
    // cool" or to eat.
    test: /\b(?:food|order|orders|meal|meals|dishes|drinks?|entrees?|mains?|appetizers?|starters?|pizzas?|burgers?|salads?|soup|plates|dinner|lunch|breakfast|brunch)\b (?:\w+ )?(?:took|was taking|takes|take) (?:quite |a (?:good|long|very long|really long) )?(?:a ?while|awhile|a long time|so long|too long|far too long|way too long|forever|ages|an eternity)\b(?! to (?:cool|eat|finish|chew|digest))|\btook (?:quite |a good )?(?:a ?while|awhile|a long time|so long|forever|ages) (?:until|before|for) (?:the |our |my )?(?:food|order|meal|drinks?) (?:came|arrived|to (?:come|arrive))\b/,
    groups: VENUES,
    clause: 'your food took so long to come',
    also: ['the wait for your food went on far too long'],
    service: true,
    topic: 'wait',
    weight: 1,
  },
  {
    // Nobody came for a long while, told without minutes: "after being seated it took a while until a waiter came".
    test: /\btook (?:quite |a good )?(?:a ?while|awhile|a long time|so long|forever|ages) (?:until|before|for) (?:a |the |our |any(?:one)? |some(?:one)? )?(?:waiter|waitress|server|anyone|someone|somebody|staff)\b[^.]{0,20}\b(?:came|come|showed|arrived|greeted|noticed|took)\b/,
    ...WAITED_TO_BE_SERVED,
  },
  {
    // Food that tasted as if it had stood and been warmed up again: "tasted like they had been sitting out and nuked".
    test: /\btasted? (?:like|as if|as though) (?:it|they|it'd|they'd) (?:had been|has been|have been|were|was)\b[^.]{0,40}\b(?:nuked|zapped|sitting out|sat out|under a heat lamp|warmed (?:up|over))\b/,
    groups: VENUES,
    clause: 'the food tasted reheated rather than freshly cooked',
    also: ['the food tasted as if it had come out of a microwave'],
    topic: 'food',
    weight: 1,
  },
  {
    // Too few people on to serve: "short staffed", "you should have enough people working", "never enough checkers",
    // "only one bartender working". Not help a manual or a helpline failed to give, nor the staffing the reviewer would
    // forgive ("it is one thing if you are understaffed…").
    test: /^(?!.*\b(?:one thing if|even if|unless)\b).*?\b(?:under-?staffed|short-?staffed|short-?handed|not enough (?:staff|people|employees|servers|waiters|waitstaff|bartenders|checkers|cashiers|staff members)(?: working| on)?|(?:should|need to|needs to|ought to) have (?:had )?(?:more|enough) (?:staff|people|employees|servers|bartenders|checkers|cashiers)(?: working| on)?|only (?:one|1|two|2) (?:bartender|server|waiter|waitress|cashier|person|employee|checker)s? (?:working|on duty|on shift|on the floor|running|at the (?:bar|counter|desk|register))|so little help available|never enough (?:checkers|cashiers|staff|servers|registers open))\b/,
    groups: [...VENUES, 'retail', 'health', 'professional'],
    clause: 'there were not enough staff on to look after you',
    also: ['we did not have enough people on to serve you properly'],
    ours: true,
    service: true,
    topic: 'staffing',
    weight: 1,
  },
  {
    // A table no guest should be given: by the kitchen, the toilets or the doors, or "the worst in the place".
    test: /\b(?:seated|sat|put|placed|given|led|escorted|shoved|stuck)\b[^.]{0,40}\b(?:next to|by|beside|near|in front of|outside) the (?:kitchen|bathrooms?|restrooms?|toilets?|front door|doors?|entrance|mall doors|bins|trash)\b|\b(?:worst|terrible|awful|horrible|lousy) (?:table|seat|seats)\b|\bgiven the worst (?:\w+ )?in the (?:place|house|restaurant|room)\b/,
    groups: VENUES,
    clause: 'you were given such a poor table',
    also: ['the table you were given was not good enough'],
    service: true,
    topic: 'table',
    weight: 1,
  },
  {
    // A room or a place in bad repair: "the room was generally in bad shape".
    test: /\b(?:room|rooms|suite|hotel|motel|building|property)\b[^.]{0,25}\bin (?:such |very |really |pretty )?(?:bad|poor|rough|terrible|awful|horrible|sad|sorry) (?:shape|condition|repair|state)\b/,
    groups: VENUES,
    clause: 'the room was not in the condition it should have been',
    also: ['the room was in such poor shape', 'the room had not been kept up as it should'],
    topic: 'room',
  },
  {
    // Dishes the reviewer loved that no longer taste as they did: "no longer has a hint of the same taste".
    test: /\bno longer (?:has|have|tastes?|is|are) (?:\w+ ){0,4}?(?:the )?same (?:taste|flavou?rs?)\b|\b(?:doesn't|does not|don't|do not) taste (?:\w+ )?(?:the same|like (?:it|they) used to)\b|\b(?:menu|recipes?|dishes|food) (?:has|have) changed (?:for the worse|and not for the better)\b/,
    groups: VENUES,
    clause: 'the dishes you came back for no longer taste the way they did',
    also: ['the food is not what it was when you last came'],
    topic: 'food',
    weight: 1,
  },
  {
    // A dish served unlike the menu said, waved off as the menu's error: "it came scrambled, and the waitress told her
    // the menu was a typo". What came, not the menu, is the grievance.
    test: /\b(?:told|said|claimed|insisted|explained)\b[^.]{0,40}\b(?:menu|description|listing) (?:was|is|had|has) (?:just |simply |only )?(?:a |an )?(?:typo|misprint|mistake|error|wrong|outdated|out of date)\b/,
    groups: VENUES,
    clause: 'what came was not what the menu described',
    also: ['your dish did not match what the menu said'],
    service: true,
    topic: 'menu-differs',
    weight: 1.5,
  },
  {
    // A place the reviewer knew as better: "what used to be a friendly place now seems mediocre", "has gone downhill".
    test: /\b(?:has|have|had) (?:really |definitely |certainly |totally |completely |gone )?(?:gone )?(?:way |really |completely |totally )?downhill\b|\b(?:isn't|is not|not|no longer) (?:\w+ )?(?:what it used to be|as good as it used to be)\b|\bused? to be (?:an? |so |really |very )?(?:\w+, )?(?:\w+ )?(?:place|spot|restaurant|hotel)?\b[^.]{0,30}\bnow (?:seems|is|it's|feels|looks)\b|\bi remember when\b[^.]{0,40}\bwas (?:so |really )?(?:good|great|amazing|incredible|excellent|wonderful)\b[^.]{0,20}\bbut\b/,
    groups: VENUES,
    clause: 'we have not kept to the standard you knew from us',
    also: ['things here have slipped from what you knew'],
    general: true,
    dwelt: true,
    topic: 'decline',
  },
];
