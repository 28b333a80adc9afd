import type { Evidence, IncidentKind, SectorGroup } from '@rebound/shared';
import type { Sentence } from './sentences.ts';

/** Whole-word, case-insensitive pattern; `'` in the source also matches a curly apostrophe. */
const words = (source: string): RegExp => new RegExp(`\\b(?:${source.replace(/'/g, "['’]")})\\b`, 'i');

const PERSON =
  'me|us|him|her|them|my (?:son|daughter|wife|husband|kid|child|mother|mom|dad|father|friend|partner|boyfriend|girlfriend|sister|brother|baby|family)|my \\w+';
/** Parts of a person's body, as a pattern source: "a cut on my hand", "burned her scalp". */
export const BODY =
  'hands?|fingers?|thumbs?|arms?|legs?|feet|foot|toes?|tongue|mouth|lips?|face|skin|scalp|head|neck|back|eyes?|ears?|palms?|wrists?|chest|stomach';
const POSSESSIVE = "my|his|her|their|our|your|the child's|my (?:son|daughter|wife|husband|kid)'s";

type Rule = {
  kind: IncidentKind;
  /** Wording that signals the incident in one sentence. */
  match: RegExp;
  /** Wording in the same sentence that makes it a figure of speech or someone else's story. */
  unless?: RegExp;
  /** Wording that must also appear in this sentence or the next two for the match to count. */
  needsNearby?: RegExp;
  /** Wording that must appear somewhere in the review. */
  needsInReview?: RegExp;
  /** Wording that must appear within two sentences either side: the danger told with the failure, not elsewhere. */
  needsAround?: RegExp;
  /** Wording in this sentence, the one before or the two after that makes the match something else after all. */
  unlessNearby?: RegExp;
  /** Sector groups whose own trade uses the wording innocently ("my attorney" in a law firm's reviews). */
  notIn?: readonly SectorGroup[];
};

const LOVED_ONE =
  'cat|dog|pet|puppy|kitten|kitty|horse|rabbit|bird|baby|son|daughter|mother|mom|mum|father|dad|husband|wife|grandmother|grandma|grandfather|grandpa|brother|sister|boy|girl';
/** A death in the reviewer's own family, a pet included: never a battery or a phone that "died". */
const DEATH = `(?:(?:he|she|my (?:${LOVED_ONE})|our (?:${LOVED_ONE})|one of (?:my|our) (?:${LOVED_ONE})s?)(?: \\w+){0,2} (?:died|passed away|passed on|did not make it|didn't make it)|(?:was|were|had to be|got) (?:humanely )?(?:euthani[sz]ed|put (?:down|to sleep))|(?:had to|have to|decided to) (?:put|have) (?:him|her|them|my (?:${LOVED_ONE})) (?:down|to sleep|euthani[sz]ed)|(?:lost|losing) (?:him|her|my (?:${LOVED_ONE})|our (?:${LOVED_ONE})))`;
const DIED = words(DEATH);
/** True when the words tell of a death in the reviewer's family, a pet included. */
export const describesDeath = (text: string): boolean => DIED.test(text);
// What a patient is given or has done to them, which can be given in error: "the wrong vaccine", "the wrong tooth".
const GIVEN_IN_ERROR =
  'prescriptions?|medications?|medicines?|meds|doses?|dosages?|vaccines?|vaccinations?|injections?|shots?|pills?|drugs?|tooth|teeth|eye drops';
// Words that tie a death to the care given: a discharge, a missed diagnosis, a turn for the worse.
const AFTER_CARE = words(
  "released|discharged|sent (?:him|her|them|us|me|my \\w+|our \\w+) home|never (?:\\w+ ){0,3}(?:mentioned|told|said|diagnosed|caught|noticed|tested)|misdiagnos\\w*|missed|turned out|necropsy|autopsy|took a turn|icu|intensive care|surgery|procedure|treatment|(?:their|your|the vet's|the doctor's) care|anesthe\\w*|anaesthe\\w*|overdose|wrong (?:medication|dose|drug)|no answers|lack of communication",
);

/** A pet left in a groomer's, kennel's, sitter's or day care's hands. */
const PET_CARE = words(
  'groom\\w*|boarding|boarded|kennels?|daycare|day care|doggy|pet sitter|dog sitter|dog walker',
);

const RUNS_HOT = words(
  'overheat\\w*|(?:gets?|got|getting|became|becomes|runs?|running) (?:very |extremely |really |so |dangerously |too |way too )+hot|too hot to (?:touch|hold|handle)|hot enough to (?:burn|melt|scald)',
);

// Goods (or what they fed) found very hot: "it was incredibly hot", "got so hot", "too hot to touch".
const HEATED = words(
  'overheat\\w*|(?:incredibly|extremely|very|really|so|super|dangerously|insanely|ridiculously|scorching|burning|blazing|way too|too) hot|hot to the touch|too hot to (?:touch|hold|handle)',
);
// Devices a charger, a cord or an adapter feeds, which its heat can ruin.
const FED_DEVICE =
  'ipods?|iphones?|phones?|laptops?|notebooks?|computers?|pcs?|cameras?|camcorders?|mp3 players?|players?|ipads?|tablets?|pdas?|gps|radios?|consoles?|motherboards?|(?:hard )?drives?';
// Another device left dead beside the heat: "killed my iPod", "I tried to restore the iPod, but it is toast".
const HEAT_DAMAGED = words(
  `(?:killed|fried|cooked|ruined|destroyed|damaged|toasted|bricked|melted|burn(?:ed|t) out) (?:my|our|the|his|her) (?:[\\w-]+ )?(?:${FED_DEVICE})|(?:my|our|the) (?:[\\w-]+ )?(?:${FED_DEVICE})\\b[^.!?]{0,60}?\\b(?:is|was|are|were|now|it's) (?:\\w+ )?(?:toast|fried|cooked|dead|ruined|destroyed|bricked|melted)\\b`,
);

const EATING = words(
  'ate|eat|eating|eaten|food|meal|dinner|lunch|breakfast|brunch|dish|dishes|order|ordered|takeout|take-out|delivery|chicken|fish|seafood|sushi|oysters?|shrimp|burger|salad|pizza|buffet|restaurant|menu',
);

// Peoples a bigoted remark sneers at, as the adjective before "thugs" or "way".
const GROUP =
  'chinese|japanese|korean|vietnamese|filipino|asian|mexican|hispanic|latino|latina|black|arab|muslim|jewish|indian|african|middle eastern|immigrant|foreign|gay';
// "Trash" said of people, not of the bags and bins.
const TRASH = 'trash(?! (?:bags?|cans?|bins?|barrels?|compactors?|chutes?|collection|pick-?ups?|day|talk))';
// Slurs for a people, a faith, a sexuality or a gender, which no review uses innocently.
const SLURS = 'n[i1]gg(?:er|a|ah|az)s?|wetbacks?|spics|kikes?|chinks?|gooks?|towel-?heads?|faggots?|beaners?';
// Bigoted words: a slur, a people called thugs or trash, "you people" as a sneer, "go back to your country". A
// people's "way" is not among them here: staff who call something "the Korean way" speak of their own custom.
const BIGOTED = `(?:${GROUP}) (?:thugs|${TRASH}|gangsters|criminals|savages|animals|illegals)|white ${TRASH}|you people (?:always|never|are|all|don't|do not|think|expect|want|need|should)|(?<=["“”])you people(?=["“”])|go (?:back )?(?:home )?to (?:your|their|his|her) (?:own )?country|${SLURS}`;
// Someone working for the business, as the subject of what was said or done.
const STAFF =
  "(?:he|she|they|the (?:\\w+ )?(?:staff|employee|worker|cashier|clerk|server|waiter|waitress|manager|owner|bartender|host|hostess|receptionist|chef|cook|guard|bouncer|security|driver|attendant|tech|technician|stylist|barber|trainer|instructor|doctor|nurse|dentist|agent|associate|salesman|saleswoman|lady|woman|man|guy)|(?:one of )?(?:the|their|an?) (?:staff|employees?|workers?)|(?:the )?owner's \\w+)";
// A person or a people treated as the subject of a complaint: refused, ignored, followed, charged more, talked down to.
const TREATED =
  'refus\\w*|denied|deny|ignor\\w*|treat\\w*|serv(?:e|ed|ing)|seat(?:ed|ing)?|kick\\w*|threw|thrown|asked (?:us|me|him|her|them) to leave|told (?:us|me|him|her|them) to leave|turn\\w* (?:us|me|him|her|them) away|follow\\w*|watch\\w*|charg\\w*|stopp?\\w*|accus\\w*|search\\w*|question\\w*|singl\\w* out|profil\\w*|mock\\w*|insult\\w*|laugh\\w*|overlook\\w*|skipp?\\w*|ban\\w*|barr\\w*|help\\w*|greet\\w*|spoke|speak\\w*|talk\\w*|look\\w* at|made (?:me|us|him|her|them)';

// Someone a stranger or a member of staff might follow or watch: the reviewer, someone with them, other guests.
const WATCHED_PERSON =
  'me|us|her|him|my (?:wife|girlfriend|daughter|son|husband|partner|friend|mother|mom|mum|sister|kids?|children|child)|women|girls|ladies|other (?:women|members|guests|men|people)|people|everyone|members';
// Following, watching or filming a person; filming needs no one named ("someone was filming in the showers").
const PURSUED = `(?:follow(?:ed|ing|s)?|watch(?:ed|ing|es)?|(?:star(?:ed|ing|es|e)|leer(?:ed|ing)|gawk(?:ed|ing)|ogl(?:ed|ing)|glar(?:ed|ing)) at|ogled|spied on|spying on|(?:peep|peek)(?:ed|ing)? (?:at|in|into|through|under|over)) (?:${WATCHED_PERSON})|filming|filmed|recording|photographing|photographed|(?:took|taking) (?:photos|pictures|videos?|a (?:photo|picture|video)) of (?:${WATCHED_PERSON})|(?:walked|came|barged) in on (?:${WATCHED_PERSON})|(?:was|were|got|being) (?:followed|watched|stared at|leered at|ogled|filmed|recorded|photographed)`;
// Where and when people undress: locker and changing rooms, showers, saunas, toilets, getting changed.
const UNDRESSING =
  "locker ?rooms?|changing ?rooms?|change ?rooms?|changing (?:area|cubicle|stall)s?|dressing rooms?|fitting rooms?|showers?|showering|sauna|steam ?rooms?|restrooms?|bathrooms?|toilets?|(?:ladies|women's|men's) (?:room|toilets?)|(?:get|got|getting) (?:changed|dressed|undressed)|undress\\w*|naked|changing (?:clothes|out of|into)";

// Someone's belongings stolen, taken or swiped, thieves, break-ins. "Missing" alone is often a lost sock, "robbed" a
// high price, "a steal" a bargain, and "taken" a person shown the way ("I was taken to the changing room").
const THEFT =
  "stolen|stole|(?<!a )steal(?:s|ing)?|(?:my|our|his|her|their|someone's|people's|members'?) (?:\\w+ ){0,2}(?:was|were|got|had been|has been|have been) (?:taken|swiped|nicked)|thefts?|thie(?:f|ves)|robbery|robberies|broke(?:n)? into|break-?ins?";
// Lockers and the rooms where people change, at a gym, a pool, a spa or a shop's fitting rooms.
const CHANGING_PLACE =
  'locker ?rooms?|lockers?|changing ?rooms?|change ?rooms?|changing (?:area|cubicle|stall)s?|dressing rooms?|fitting rooms?';

// "Harassed" over money: calls, letters or a billing office chasing a balance. A collections complaint, not harassment.
const MONEY_OWED =
  'balances?|bills?|billing|payments?|pay|paying|debts?|invoices?|co-?pays?|collections?|owed?|owing|arrears|fees?|charges?|the money|rent|deductibles?|outstanding|overdue|late fees?';
const HOUNDED_FOR_MONEY = `harass\\w*(?: \\w+){0,6}? (?:to|about|over|for|regarding|with) (?:\\w+ ){0,4}?(?:${MONEY_OWED})\\b|(?:billing|collections?|debt collect\\w*|collection agenc\\w*|accounts (?:receivable|department|office))\\b[^.!?]{0,40}\\bharass\\w*`;

// Foul names said to the customer by someone there ("he yelled 'you f***ing idiot'"). The same words in the reviewer's
// own mouth, about the staff or the place, are the reviewer's profanity, answered as the complaint they come with.
const SWORE_AT_CUSTOMER =
  '(?:said|says|saying|told (?:me|us|him|her|them)|yelled|yelling|shouted|shouting|screamed|screaming|muttered|mumbled|called (?:me|us|him|her|my \\w+)|calling (?:me|us|him|her|my \\w+))(?: at (?:me|us|him|her|my \\w+))?\\W{1,3}(?:\\w+\\W{1,3}){0,4}?(?:(?:f+u+c+k+|f\\*+k?)(?:ing|in)? (?:idiots?|morons?|losers?|bitch\\w*|assholes?|scum\\w*|retard\\w*)|cunts?)';

// A mishap the reviewer owns ("totally my fault", "clumsy me") or had elsewhere, often the reason for the visit (a
// bike crash, a car that hit them): nothing the business did, so not a matter for the owner to handle in person.
// "Not my fault", or staff who "told me it was my own fault", is the opposite, and is kept out by the lookbehinds.
const OWN_MISHAP = words(
  "(?<!(?:not|n't|never|no) (?:\\w+ )?)(?<!(?:said|says|claimed|claims|told (?:me|us|him|her)|insisted|implied|acted like|as if|blamed)[^.!?]{0,15})(?:my|our) (?:own )?(?:fault|doing|mistake)|my own (?:feet|clumsiness|carelessness|stupidity)|clumsy|clumsiness|not (?:their|the (?:staff|store|shop|hotel|restaurant|gym|salon)'s|your|anyone's) fault|(?:bike|bicycle|car|cycling|ski(?:ing)?|motorcycle|motorbike|scooter|skateboard(?:ing)?|snowboard(?:ing)?|work|sports?|football|soccer|rugby|hockey) (?:accident|crash|wreck|fall|injury)|fell off (?:my|a|the|his|her) (?:bike|bicycle|horse|skateboard|scooter|motorcycle|motorbike)|(?:was|were|got) (?:hit|struck|rear-ended|t-boned) by (?:a |an |another )?(?:car|truck|van|bus|drunk|driver|vehicle|cyclist)",
);

// Masks left off by staff or other guests, where the rules or an outbreak called for them. The reviewer's own mask,
// worn or forgotten, and a door where no one got in without one, are not a breach to report.
const MASK = '(?:face ?)?masks?|face coverings?';
const UNMASKED = `unmasked|mask-?less|without (?:a |any |their |his |her |wearing (?:a |any )?)?(?:${MASK})|(?:not|never|isn't|aren't|wasn't|weren't|don't|didn't|doesn't|no one|nobody|(?:none|not one|not a single one) of (?:the|them)(?: \\w+)?) (?:\\w+ ){0,2}(?:wearing|wear|wore|had on|have on|put on) (?:a |any |their |his |her )?(?:${MASK})|(?:${MASK}) (?:pulled )?(?:down )?(?:below|under|around|off) (?:the|their|his|her) (?:noses?|chins?|faces?|mouths?)`;
const OWN_OR_ENFORCED_MASK = `(?:i|we) (?:\\w+ )?(?:was|were|walked|came|went|showed up|arrived)\\b[^.!?]{0,20}\\bwithout (?:a |my |our |any )?(?:${MASK})|(?:i|we) (?:was|were|am|are) not wearing|(?:i|we) (?:wasn't|weren't|didn't|did not|don't|do not) (?:wear|have)\\w* (?:a |my |our |any )?(?:${MASK})|forgot (?:my|our) (?:${MASK})|(?:no one|nobody|not one \\w+|not a single \\w+|never saw anyone)[^.!?]{0,30}\\bwithout|(?:wouldn't|would not|won't|will not|didn't|did not|don't|do not|can't|cannot) (?:let|allow) (?:you|anyone|anybody|us|people|customers|guests) (?:in|inside)`;
// Distancing or a capacity limit ignored. Tables set close together, said as a matter of comfort, are not this.
const CROWDED = `(?:no|zero|without|ignor\\w*) (?:any |the )?(?:social )?distancing|(?:not|wasn't|weren't|isn't|aren't) (?:\\w+ )?(?:socially|properly) distanced|(?:ignor\\w*|exceed\\w*|violat\\w*|flout\\w*|over|above|beyond|past) (?:the )?(?:\\w+ )?(?:capacity|occupancy) (?:limits?|restrictions?|rules?)|(?:capacity|occupancy) (?:limits?|restrictions?|rules?)\\b[^.!?]{0,40}\\b(?:ignored|exceeded|violated|broken|not (?:enforced|followed|kept))`;
// Words that make a mask or a crowd a public-health rule broken: a rule, an order, an outbreak, others put at risk.
const HEALTH_RULES = words(
  "mandat\\w*|requir(?:e|es|ed|ement|ements)|guidance|guidelines?|rules?|regulations?|laws?|(?:health|stay[- ]at[- ]home|executive|mask|emergency|state|county|city|governor's|public health) orders?|ordinances?|protocols?|breach\\w*|violat\\w*|flout\\w*|(?:didn't|did not|never|wouldn't|would not|refused to|avoided|failed to) (?:\\w+ )?(?:enforc|remind|ask|tell|requir)\\w*|health (?:department|dept|inspector)|department of health|cdc|covid\\w*|pandemic|coronavirus|outbreak|supposed to|should (?:have )?be(?:en)? (?:wearing|masked)|safety of|put (?:us|me|everyone|others|customers|guests|people) at risk",
);
// Someone serving or treating customers, working while plainly ill: coughing or sneezing over people or food.
const AT_WORK =
  'servers?|waiters?|waitress(?:es)?|cooks?|chefs?|cashiers?|bartenders?|baristas?|staff|employees?|workers?|clerks?|hostess|managers?|owners?|stylists?|barbers?|(?:nail )?techs?|technicians?|therapists?|masseuses?|masseurs?|nurses?|hygienists?|receptionists?|attendants?|(?:guy|girl|lady|woman|man|person) (?:behind the counter|at the (?:counter|register)|making (?:my|our|the) \\w+)';
const ILL = `coughing|sneezing|coughed(?! up)|sneezed|blowing (?:his|her|their) nose|(?:visibly|obviously|clearly) (?:sick|ill)`;
const ILL_AT_WORK = `(?:${AT_WORK})\\b[^.!?]{0,60}?\\b(?:${ILL})|should(?:n't| not) (?:have )?(?:been )?(?:working|at work|serving)\\b[^.!?]{0,60}?\\b(?:${ILL}|sick|ill)\\b|(?:working|serving|came (?:in|to work)|at work|on shift) (?:while |when |even though (?:\\w+ )?(?:was|were) )?(?:visibly |obviously |clearly |so |very )?(?:sick|ill)\\b(?! of| and tired)`;
// Food handled by someone who did not wash their hands or wear gloves.
const HANDLES =
  '(?:(?:handl|touch|prepar|mak|grabb|mix|cutt|slic|assembl|roll|pick|scoop|stuff|wrapp|serv)\\w*|made|cut)';
const UNWASHED_HANDS = `(?:didn't|did not|never|not|without|no one|nobody) (?:even )?(?:bother(?:ing|ed)? to )?(?:wash|washing|washed) (?:his|her|their) hands|${HANDLES}[^.!?]{0,60}\\b(?:without|not wearing|wasn't wearing|weren't wearing|no) (?:any )?gloves|(?:without|no|not wearing|wasn't wearing|weren't wearing|didn't wear|did not wear|never wore|didn't use|did not use|never used) (?:any )?gloves[^.!?]{0,60}\\b${HANDLES}`;
const FOOD_HANDLED = words(
  'food|sandwich\\w*|bread|buns?|meat|chicken|ice|burgers?|burritos?|tacos?|tortillas?|salads?|pizzas?|sushi|fries|dough|toppings|fruit|vegetables|produce|deli|kitchen|grill|cook\\w*|chef|plates?|money|cash|register',
);

// The customer's own things that a product or a job can wreck: devices, a car, a home and its furniture, clothes.
const BELONGINGS =
  'laptops?|computers?|pcs?|macbook|desktop|phones?|iphone|smartphone|ipad|tablet|kindle|cameras?|lens|tvs?|television|monitor|motherboard|graphics card|console|xbox|playstation|speakers?|amp|amplifier|receiver|stereo|router|modem|printer|(?:hard|external) drive|ipod|headphones|fridge|refrigerator|freezer|washer|dryer|dishwasher|oven|stove|microwave|appliances?|cars?|truck|van|suv|vehicle|motorcycle|bumper|fender|hood|doors?|oil pan|engine|transmission|radiator|exhaust|undercarriage|tires?|tyres?|wheels?|seats?|interior|paint ?(?:job|work)?|rims?|windshield|dashboard|upholstery|furniture|table|desk|dresser|couch|sofa|chairs?|bed ?frame|headboard|mattress|cabinets?|counter ?tops?|floors?|flooring|hardwood|carpets?|rugs?|walls?|ceiling|door ?frames?|banister|piano|mirror|lamp|artwork|painting|bookcase|wardrobe|fence|driveway|roof|gutters?|pipes|coat|jacket|shirt|blouse|dress|sweater|suit|pants|trousers|jeans|scarf|purse|handbag|shoes|boots|sneakers|gown|luggage|suitcase|clothes|clothing|belongings';
const WRECKED =
  'fried|blew (?:out|up)|burn(?:ed|t) out|shorted(?: out)?|short-circuited|destroyed|ruined|damaged|wrecked|killed|bricked|broke|cracked|shattered|scratched|dented|chipped|gouged|stained|bleached|tore|ripped|melted|scorched|smashed|dinged|keyed|flooded|scuffed';
const WRECKED_PASSIVE =
  'fried|destroyed|ruined|damaged|wrecked|broken|cracked|shattered|scratched|dented|chipped|gouged|stained|bleached|torn|ripped|melted|scorched|smashed|dinged|keyed|flooded|scuffed';
const THEIRS = `(?:my|our|his|her|their) (?:[\\w-]+ ){0,2}(?:${BELONGINGS})\\b(?!['’]s battery| battery| ride| trip| keys?)`;
const DAMAGE_MARKS =
  '(?:damage|dents?|scratch(?:es)?|dings?|cracks?|chips?|gouges?|stains?|burns?|tears?|holes?|scuffs?)';
const PROPERTY_DAMAGED = `(?:${WRECKED}) ${THEIRS}|${THEIRS} (?:was|were|got|had been|has been|have been|ended up|came back|was returned) (?:\\w+ ){0,2}?(?:${WRECKED_PASSIVE})(?: \\w+){0,3}? (?:by|during|in the (?:move|delivery|process|wash)|while (?:in their|at the|being))|(?:spilled|spilt|splashed|poured|dropped) (?:[\\w-]+ ){0,6}?(?:on|onto|all over|over) ${THEIRS}|${THEIRS} (?:came back|was returned|was handed back|was given back|back)\\b[^.!?]{0,40}\\bwith (?:\\w+ ){0,2}${DAMAGE_MARKS}|new ${DAMAGE_MARKS} (?:on|to|in) ${THEIRS}`;
// What makes damage a claim: a cost, a bill, repairs to pay for, cover refused.
const DAMAGES_CLAIM = words(
  "(?<=[$£€] ?)\\d|quot(?:e|ed|es|ing)|\\d+ (?:dollars|bucks|pounds|euros|grand)|cost (?:me|us|them)|costs? (?:of|to) (?:repair|replac|fix)\\w*|(?:had|have|has|need(?:ed|s)?|going|want(?:ed)?|asked (?:them )?|expect(?:ed)?) to (?:replace|repair|fix|buy|get|pay|cover)|(?:pay|paid|paying) (?:for|to)|reimburs\\w*|compensat\\w*|(?:refus\\w*|won't|wouldn't|will not|would not|didn't|did not|never) (?:\\w+ )?(?:to )?(?:pay|cover|reimburse|compensate|replace|repair|fix|take responsibility|accept responsibility|own up)|claims?|insurance|liab\\w*|responsib\\w*|damages|deductible|dry[- ]clean\\w*|(?:repair|replacement) (?:bills?|costs?|quotes?|estimates?)|estimates?",
);
// Damage the reviewer or their household did, a surge or a storm, or damage that nearly happened: not this business's.
const NOT_THEIR_DAMAGE = words(
  `(?:i|we|my (?:son|daughter|kids?|dog|cat|toddler|husband|wife)) (?:\\w+ )?(?:${WRECKED})|(?:${WRECKED}) (?:it|them|my \\w+|our \\w+)(?: \\w+)? (?:myself|ourselves)|(?:i|we) (?:accidentally |then )?dropped|(?:my|our) (?:own )?fault|(?:didn't|did not|never|not|won't|wouldn't|no|without|almost|nearly|could have|could've|would have|might have|may have|afraid (?:it|they) (?:would|might)) (?:\\w+ )?(?:${WRECKED}|${WRECKED_PASSIVE})|power (?:surge|outage|cut)|lightning|storm`,
);

// Goods that feed or sit inside another device: a charger, an adapter, a cord, a battery; or goods bought to guard
// the device they then wrecked ("this thing would protect my computer").
const FEEDER = words(
  'adapters?|adaptors?|chargers?|charging|power (?:supply|supplies|adapter|cord|cable|brick|pack|bank)|cords?|cables?|batter(?:y|ies)|surge protectors?|power strips?|inverters?|transformers?|plugged (?:in|it|into)|plugging|ups|uninterruptible|battery back-?ups?|backup power|protect(?:s|ed|ing|ion)? (?:for )?(?:my|our|the|your) (?:[\\w-]+ ){0,2}(?:computers?|pcs?|electronics|equipment|devices?|tvs?|systems?)',
);
// Another device of the customer's, which goods plugged into it or feeding it can wreck.
const FED_BY =
  'cameras?|camcorders?|handycams?|laptops?|notebooks?|computers?|pcs?|macbooks?|powerbooks?|ipods?|iphones?|phones?|smartphones?|cell ?phones?|mp3 players?|ipads?|tablets?|kindles?|pdas?|gps|radios?|consoles?|xbox|playstation|motherboards?|(?:hard|external) drives?|tvs?|televisions?|monitors?|printers?|routers?|modems?|remotes?|flashlights?|speakers?|headphones?|receivers?|amps?|amplifiers?|stereos?|(?:dvd|cd|blu-?ray) players?|devices?|electronics';
// "It killed my camera", "the batteries leaked and ruined the remote": the goods wrecked another device, not died
// themselves. A device's battery drained ("kills batteries") is not another device.
const DEVICE_WRECKED = `(?:killed|fried|ruined|destroyed|damaged|blew (?:out|up)|burn(?:ed|t) out|shorted(?: out)?|bricked|wrecked|cooked|toasted|corroded) (?:my|our|his|her|the|both) (?:[\\w-]+ ){0,2}?(?:${FED_BY})\\b(?!['’]s? batter| batter)|(?:killed|fried|ruined|destroyed|damaged|wrecked) (?:my|our|his|her|the) (?:[\\w-]+ ){1,3}?(?:and|&) (?:my|our|the|both|two|2|three|3|several )?(?:[\\w-]+ )?(?:${FED_BY})\\b|(?:my|our|the) (?:[\\w-]+ ){0,2}?(?:${FED_BY}) (?:was|were|got|is|are|has been|have been) (?:\\w+ )?(?:fried|ruined|destroyed|damaged|bricked|wrecked|corroded|killed|toast)\\b[^.!?]{0,40}\\b(?:by|from|because of|thanks to) (?:the|this|that|it|these|their)\\b|(?:leaked|leaking|leak)\\b[^.!?]{0,60}\\b(?:ruin|destroy|damag|corrod|kill)\\w* (?:my|our|the) (?:[\\w-]+ ){0,2}?(?:${FED_BY})\\b`;

// Crime against a guest at the table or on the premises: stolen goods or drugs offered, belongings snatched, a
// weapon drawn. "Highway robbery" prices and a "steal" of a deal are not this.
const CRIME_AT_VENUE = `(?:asked|offered|offering|tried to sell|trying to sell|wanted to sell|selling|sell|sold|peddl\\w*|hawk\\w*)\\b[^.!?]{0,50}\\bstolen (?:jewel\\w*|goods|items|stuff|phones?|watches|rings?|necklaces?|merchandise|property|electronics|bikes?)|(?:tried to|trying to|wanted to|offered to|asked if (?:i|we) wanted to) (?:sell|buy) (?:me|us|my \\w+)? ?(?:drugs|weed|crack|meth|cocaine|coke|heroin|pills)|offered (?:me|us) (?:drugs|crack|meth|cocaine|heroin|pills)|(?:someone|somebody|a (?:man|guy|woman|kid|stranger|customer|patron)|one of the (?:patrons|customers|guests)) (?:\\w+ )?(?:stole|snatched|grabbed|swiped|took) (?:my|our|his|her) (?:purse|wallet|phone|cell ?phone|handbag|bag|backpack|laptop|jacket|coat|keys|tips?)\\b|(?:my|our|his|her) (?:purse|wallet|handbag|backpack|laptop) (?:was|were|got) (?:stolen|snatched|swiped)|(?:held|robbed) at (?:gun|knife) ?point|pulled (?:a|his|her) (?:gun|knife) on`;

// A disability named for someone in the reviewer's party, or a mobility aid they use.
const DISABILITY_NAMED =
  "muscular dystrophy|multiple sclerosis|cerebral palsy|parkinson['’]?s|paraplegic|quadriplegic|amputee|prosthetic (?:leg|limb)|spina bifida|(?:uses?|using|in) (?:a |her |his |my )?(?:wheelchair|walker|mobility scooter)|wheelchair[- ](?:bound|user)|(?:is|am|are|was|being) (?:disabled|handicapped|blind)|disabled (?:friend|guest|son|daughter|husband|wife|mother|father|mom|mum|dad|child|veteran|sister|brother)";
// Sent upstairs or away from the level they could reach: "a forced invitation to the upstairs lounge", "moved us to
// the second floor", "made us climb the stairs".
const SENT_UP = `(?:forc\\w*|made|make|moved|move|sent|send|push\\w*|put|seated|sat|insist\\w*|cut off|no choice|only option|wouldn't let|would not let|refus\\w*|told)\\b[^.!?]{0,60}\\b(?:upstairs|up the stairs|up (?:a|two|three) flights?|(?:second|third|top|upper) (?:floor|level)|the stairs|climb)`;

// The police called about neighbours or other guests, not on the business or by it on the reviewer.
const NEIGHBOURS = 'neighbou?rs?|next door|upstairs|downstairs|other (?:guests?|tenants?|residents?)';
const CALLED_POLICE = '(?:call(?:ed|ing)?|phoned|rang) (?:the )?(?:police|cops)(?! on (?:me|us|my|our))';
const POLICE_ON_NEIGHBOURS = `(?:${NEIGHBOURS})\\b[^.!?]{0,80}\\b${CALLED_POLICE}|${CALLED_POLICE}[^.!?]{0,80}\\b(?:${NEIGHBOURS})`;

// A customer's private matters given away: their details shared with others or posted, patients' affairs talked
// over where others can hear, or a privacy law named as broken.
const PRIVATE_THINGS =
  '(?:personal |private |medical |health |confidential |credit card |bank )?(?:information|info|details|data|records?|files?|charts?|diagnos[ie]s|conditions?|test results|results|medical history|prescriptions?|medications?|(?:home )?address|(?:phone|cell|mobile) numbers?|social security numbers?|photos?|pictures?)';
const OUTSIDERS =
  'another|other|a stranger|strangers|everyone|anyone|third part(?:y|ies)|marketers|my (?:employer|boss|ex|neighbou?r|family|landlord|co-?workers?)';
const GIVEN_AWAY = `(?:shared|disclosed|gave out|gave away|released|leaked|sold|posted|read out|announced|shouted|yelled|called out|discussed) (?:(?:my|our|his|her|their) (?:own )?${PRIVATE_THINGS}|(?:photos?|pictures?|videos?) of (?:me|us|(?:my|our) \\w+))\\b[^.!?]{0,50}?\\b(?:(?:to|with) (?:${OUTSIDERS})|in front of|out loud|loudly|for (?:everyone|all|the whole \\w+) to hear|in the (?:waiting room|lobby|hallway|reception)|on (?:facebook|instagram|social media|the internet|their (?:page|website|instagram|facebook))|online|without (?:my|our|his|her|their) (?:consent|permission|knowledge))`;
const PRIVACY_LAW =
  "hipaa (?:violations?|breach(?:es)?|laws?)|violat\\w* (?:of )?(?:hipaa|(?:my|our|patient|patients'|client) (?:privacy|confidentiality))|(?:breach|violation) of (?:my |our |patient |client )?(?:privacy|confidentiality)|(?:privacy|confidentiality) (?:breach|violation)s?";
const PATIENTS_OVERHEARD =
  '(?:talk|talks|talking|talked|laugh|laughs|laughing|laughed|gossip|gossips|gossiping|gossiped|jok(?:e|es|ing|ed)|chatting|chatted) (?:\\w+ ){0,3}?about (?:other |their |the |his |her )?patients';

// Fire and smoke said of food, music, a fireplace or a smoking area, or denied: no danger told.
const NOT_A_FIRE = words(
  "(?:not|never|didn't|did not|failed to|no risk of|won't|wouldn't|without) (?:\\w+ )?(?:catch(?:ing)?|burst(?:ing)?|caught|burn(?:ing)?|smok(?:e|ing))|the (?:sauce|food|chicken|wings|music|band|dj|deal|show|set) (?:was|is|were|are) (?:on )?fire|(?:chef|team|kitchen|cooks?) (?:was|were|is) on fire|fire pit|fireplace|smoking (?:area|section|room|patio)|non[- ]smoking|smoked (?:meat|brisket|salmon|ribs)|wood[- ]fired|cigarette",
);

const rules: readonly Rule[] = [
  {
    kind: 'food_poisoning',
    match: words('food poisoning|food-poisoning|salmonella|e\\.? ?coli|norovirus|listeria'),
    unless: words("(?:no|not|wasn't|without) (?:any )?food poisoning|fear of food poisoning"),
  },
  {
    kind: 'food_poisoning',
    match: words(
      `(?:i|we|he|she|they|everyone|all of us|both of us|my \\w+|our \\w+)(?: \\w+){0,3} (?:got|getting|became|felt|were|was|been|get|had) (?:both |all )?(?:so |very |really |violently |deathly |terribly )?(?:sick|ill|stomach (?:cramps|pains?|bug|issues|problems)|an upset stomach|diarrh\\w*)(?! of| and tired)|made (?:${PERSON}|everyone|all of us|both of us) (?:so |very |really |violently )?(?:sick|ill)|(?:became|got|gotten|felt|was|were|ended up|end up) (?:so |very |really |violently |deathly |terribly )?(?:sick|ill) (?:from|after)|(?:end(?:ed)? up|have gotten|i've gotten|we've gotten) (?:so |very |really )?sick|(?:i|we|he|she|they|my \\w+|our \\w+|everyone|all of us|both of us|the whole family)(?:'ve| have| had| was| were| been| spent| kept| started| \\w+ing| \\w+ed)*(?: the \\w+(?: \\w+)?)? (?:vomit\\w*|threw up|throwing up|puking|puked|diarrh\\w*|sick to (?:my|our) stomachs?)`,
    ),
    unless: words(
      "sick of|sick and tired|(?:was|were|been|felt) sick (?:with|before|already)|(?:the|a|my) (?:smell|sight|attitude|way|service|price)s? (?:made|makes|make)|makes? me sick to think|(?:almost|nearly) (?:vomit\\w*|threw up|puked)|wanted to (?:vomit|throw up|puke)|could(?:n't| not)? (?:have )?(?:vomit\\w*|throw up|puke)|enough to make (?:me|you) (?:sick|vomit|puke)|vomit on|vomit in the|puke on|smelled like (?:vomit|puke)|felt sick (?:just )?(?:looking|thinking|reading)|(?:not|n't|never) (?:\\w+ )?(?:felt|got|gotten|been|get) (?:sick|ill)|sick yet",
    ),
    needsInReview: EATING,
    // Patients arrive with these symptoms; in a clinic's reviews they describe why someone came, not what we caused.
    notIn: ['health'],
  },
  {
    // A stomach ache the reviewer puts down to what they ate.
    kind: 'food_poisoning',
    match: words(
      '(?:got|had|have|gave (?:me|us|him|her|them)|left (?:me|us) with|ended up with|woke up with|still got) (?:a |an )?(?:bad |terrible |horrible |awful |really bad )?(?:tummy ?ache|stomach ?ache|belly ?ache|upset stomach|stomach upset)',
    ),
    unless: words(
      '(?:almost|nearly) (?:got|gave)|(?:the|a|this) (?:bill|wait|price|service|noise|music)s? (?:gave|left)',
    ),
    needsInReview: EATING,
    notIn: ['health'],
  },
  {
    kind: 'allergen',
    match: words(
      'allergic reaction|anaphyla\\w*|epi-?pens?|went into (?:anaphylactic )?shock|broke out in hives|hives|throat (?:closed|closing|swell\\w*|started swelling)|reaction to the (?:nuts?|peanuts?|shellfish|gluten|dairy|dye|product)',
    ),
    unless: words('no allergic reaction|without (?:an |any )?(?:allergic )?reaction'),
  },
  {
    kind: 'allergen',
    match: words('allerg\\w+|celiac|coeliac|intoleran\\w+'),
    needsNearby: words(
      "send (?:it|them) back|sent (?:it|them) back|changed (?:my|it|the)|switched|swapped|substitut\\w*|asked for (?:no|it without)|still (?:came|served|had|brought|put|contained|got)|anyway|despite|even though|regardless|contained|came with|was (?:in|on|covered)|were (?:in|on)|sprinkled|(?:had|has) (?:nuts|peanuts|shellfish|gluten|dairy|shrimp)|ignored|didn't care|did not care|cross[- ]contaminat\\w*|made (?:me|him|her|my \\w+) (?:sick|ill)|reaction",
    ),
    unless: words('allergic to (?:bad|rude|poor|stupid|slow|waiting|lines|people)|not allergic|no allergies'),
  },
  {
    kind: 'burn',
    match: words(
      `(?:burn(?:ed|t|s|ing)?|scald(?:ed|ing|s)?|blister(?:ed|s)?) (?:${POSSESSIVE}) (?:${BODY})|(?:${POSSESSIVE}) (?:${BODY}) (?:was|were|got|is|are) (?:badly |severely )?(?:burn(?:ed|t)|scalded|blistered)|(?:first|second|third)[- ]degree burns?|chemical burns?|(?:my|his|her) (?:eyes?|eyelids?|lashes|scalp|skin|face|lips?) (?:burned|burnt|(?:was|were|started|kept) burning)|burns? (?:on|to) (?:${POSSESSIVE}) (?:${BODY})|(?:got|was|were) (?:badly |severely )?(?:burned|burnt|scalded) (?:by|from|when|while|on)|scalded`,
    ),
    // A burn the reviewer came in to have treated, or an abrasion from their own fall, is why they visited, not
    // something that happened to them there.
    unless: words(
      'sunburn\\w*|burnt? (?:my|his|her) (?:toast|food|rice|tongue on (?:the )?(?:pizza|coffee|soup))|(?:brush|rug|road|friction|carpet|mat) burns?|(?:went|came|go|going|brought (?:him|her|them|my \\w+)) in (?:for|with) (?:a |an |the |my |his |her |some )?(?:[\\w-]+ ){0,3}burns?|(?:bike|bicycle|car|cycling|ski(?:ing)?|motorcycle|scooter) (?:accident|crash|fall)',
    ),
  },
  {
    kind: 'fire_smoke',
    match: words(
      'caught (?:on )?fire|catch(?:es|ing)? (?:on )?fire|burst into flames|went up in flames|(?:was|were|is) on fire|flames? (?:shot|came|coming|burst)|(?:started|began|starts) (?:to )?(?:smok(?:e|ing)|burn(?:ing)?|spark(?:ing)?)|smok(?:e|ing) (?:came|coming|poured|pouring|billow\\w*) (?:out|from)|(?:smoke|smoking|sparks?) (?:out of|from) the (?:unit|charger|plug|outlet|device|battery|motor|cord|back|base|vent|engine|hood)|electrical fire|fire hazard|(?:battery|charger|unit|device|it) (?:exploded|blew up)|melted (?:the |my )?(?:plug|wires?|cord|outlet|socket|cable|charger|casing|battery)|(?:plug|wires?|cord|outlet|socket|cable|charger|adapter|battery) (?:melted|sparked|sparking|caught)|(?:fill(?:ed|ing|s)?|full) (?:up )?(?:with|of) smoke|fire (?:alarm|department|truck)s? (?:came|arrived|went off|was called)',
    ),
    unless: NOT_A_FIRE,
  },
  {
    // A smell of burning alone, read only where the review tells of no smoke or fire, which is the graver telling.
    kind: 'fire_smoke',
    match: words('burning (?:plastic |electrical |rubber )?smell|smell(?:ed|s)? (?:of|like) burning'),
    unless: NOT_A_FIRE,
  },
  {
    // Breathing trouble the guest puts down to the air in the room: mould, a vent, the air conditioning, or smoke
    // drifting in. Smoke or a smell of cannabis or cigarettes in the halls with nobody made ill is a breach of house
    // rules, answered as an ordinary complaint; it becomes a health matter only when it brings on symptoms like these.
    kind: 'fumes',
    match: words(
      "(?:respiratory|breathing|asthma|sinus|lung) (?:symptoms|problems|issues|trouble|attacks?|infection)|(?:couldn't|could not|can't|cannot|hard to) breathe",
    ),
    needsNearby: words(
      'air[- ]?condition\\w*|a/?c unit|a/?c|mou?ld\\w*|vents?|ventilation|air in the room|dust|damp|smoke|smoking|smoked|cigarettes?|marijuana|weed|cannabis',
    ),
  },
  {
    // A device that runs hot enough for the reviewer to call it a hazard: a risk to report before anyone is hurt. A
    // laptop that overheats and shuts down is a fault, not this.
    kind: 'equipment_failure_risk',
    match: RUNS_HOT,
    needsNearby: words(
      'fire hazard|fire risk|risk of (?:a )?fire|(?:could|might|will|would) (?:\\w+ )?(?:catch|start|cause) (?:a )?fire|dangerous|unsafe|safety (?:hazard|issue|risk|concern)|melt(?:ed|ing)',
    ),
  },
  {
    // Goods that ran very hot and, told beside it, left another device of the reviewer's dead (a charger or a cord
    // that cooked the player it fed): heat that did damage is a safety matter, whether or not anyone was hurt. A
    // device that runs hot and shuts itself down, "hot" as praise or a hot day are not this.
    kind: 'equipment_failure_risk',
    match: HEATED,
    unless: words(
      "hot (?:item|seller|deal|product|gadget|topic|commodity|new)|hottest|(?:day|weather|summer|room|car|sun|outside) (?:was|is|gets?|got) (?:\\w+ )?hot|(?:not|never|isn't|wasn't|doesn't|didn't) (?:\\w+ ){0,2}(?:get |run |become )?(?:\\w+ )?hot",
    ),
    needsAround: HEAT_DAMAGED,
    notIn: ['food_hospitality', 'health', 'professional'],
  },
  {
    // A device with a short circuit in it, or one that blows the fuses it is plugged into: an electrical fault that
    // could start a fire, reported before anything worse happens. Protection against short circuits is not this.
    kind: 'equipment_failure_risk',
    match: words(
      '(?:blew|blown|blows|blowing) (?:out )?(?:the |a |my |both |two |all |several |every )?(?:\\w+ ){0,3}fuses?|fuses? (?:\\w+ )?(?:blew|blown|kept blowing|went)|dead short|short(?:ed|s)? out|short[- ]circuit(?:ed|ing|s)?|(?:it|the unit|the device|the charger|the adapter|the inverter|the cord|the cable) shorted',
    ),
    // A fuse of its own that went ("I realized the fuse had blown", "its fuse blew") is the unit protecting itself: a
    // fault, not a danger, unless it took another fuse with it.
    unless: words(
      "short[- ]circuit (?:protection|protected|proof)|protect\\w* (?:\\w+ ){0,3}(?:against )?short[- ]circuits?|(?:never|not|no|didn't|did not|won't|without) (?:\\w+ )?(?:blow(?:n|ing)?|blew|short(?:ed)?)|(?<!(?:blew|blown|blows) )(?:the|its|their|a) (?:internal |little |tiny |small |built-in |inline )?fuse (?:had |has |was |must have |must've )?(?:blown|blew|gone|went)(?! (?:in|on) (?:my|our|the) (?:car|house|home|kitchen|fuse ?box|panel|garage|van|truck|boat|dash))|(?:replac\\w*|chang\\w*|swap\\w*) (?:the|its|a) (?:internal |little |tiny |small |built-in |inline )?fuse",
    ),
    // Only for goods sold: in a room, a kitchen or a repair job, a tripped fuse is a fault to fix or the fix itself.
    notIn: ['food_hospitality', 'trades_repairs', 'health', 'professional', 'software'],
  },
  {
    // The same where it is left running in a child's room or by a cot, whoever the reviewer blames.
    kind: 'equipment_failure_risk',
    match: RUNS_HOT,
    needsInReview: words(
      "(?:my|our|his|her|the) (?:child|children|kids?|baby|toddler|son|daughter|grandson|granddaughter|little one)(?:'s|s')? (?:room|bedroom|nursery)|nursery|crib|cot",
    ),
  },
  {
    kind: 'fumes',
    match: words(
      'toxic (?:smell|fumes|odou?r|gas)|fumes|gas leak|leaking gas|smell(?:ed|s)? (?:of|like) gas|carbon monoxide|off-?gass\\w*',
    ),
    unless: words(
      'no fumes|without (?:the )?fumes|no chemical smell|exhaust fumes from (?:the )?(?:street|traffic)',
    ),
  },
  {
    kind: 'fumes',
    match: words(
      'chemical (?:smell|odou?r|stench)|(?:smell|odou?r|stench) of (?:chemicals|bleach|ammonia|paint|solvent)',
    ),
    needsNearby: words(
      "headaches?|dizz\\w+|nause\\w*|could(?:n't| not) breathe|trouble breathing|hard to breathe|burning (?:eyes|throat)|eyes (?:burn|water)\\w*|sore throat|coughing|made (?:me|us|him|her|my \\w+) (?:sick|ill)|toxic|poison\\w*",
    ),
  },
  {
    kind: 'shattered_glass',
    match: words(
      'shatter\\w*|explod\\w*|blew up|burst|(?:glass|shards?|pieces?) (?:of glass )?(?:flew|went flying|everywhere|in (?:my|the|our) (?:food|drink|salad|mouth|dish|meal))|(?:piece|shard|chunk|sliver)s? of glass',
    ),
    needsNearby: words(
      'glass|glasses|pyrex|carafe|lid|bowl|bowls|plate|plates|dish|mug|cup|jar|bottle|pitcher|shards?|window|windshield|mirror|shower door|table ?top',
    ),
    unless: words(
      'shattered (?:my|our|all) (?:dreams|hopes|expectations|confidence)|explod(?:ed|ing|es) with (?:flavou?r|taste)|burst(?:ing)? (?:with|of) (?:flavou?r|taste|juice)|flavou?r (?:explosion|burst)|screen (?:is|was|got) (?:cracked|shattered) (?:when|after) (?:i|we) dropped',
    ),
  },
  {
    kind: 'equipment_failure_risk',
    match: words(
      'brakes?|braking|steering|wheel|wheels|tires?|tyres?|lug ?nuts?|axle|suspension|transmission|engine|car|truck|vehicle|bike|bicycle|scooter|ladder|elevator|lift|harness|car seat|stroller|crib|heater|furnace|boiler|water heater|wiring|breaker|outlet',
    ),
    // A signal or sound that cuts out while driving (an FM transmitter, a radio) is a gadget failing, not the car.
    needsNearby: words(
      '(?:failed|failing|fail|gave out|went out|stopped working|stopped|quit|locked up|lock up|came off|fell off|came loose|fell apart|blew out|blowout|collapsed|gave way|snapped|(?<!(?:transmission|signal|sound|audio|music|radio|reception|bluetooth|connection) )cut out|died|shut off|stalled)',
    ),
    // A car accident told in another part of a long review is not the danger of this failure.
    needsAround: words(
      "scary|scared|terrifying|terrified|frightening|dangerous|unsafe|could have (?:been )?(?:killed|died|crashed|hurt|injured)|(?:almost|nearly) (?:crashed|killed|died|hit|had an accident|got hurt|lost control|went under|ended up under|came off|fell off)|accident|crash(?:ed)?|lost control|on (?:a|the) (?:first |steep |big |busy )?(?:hill|highway|freeway|interstate|motorway|expressway)|in traffic|at (?:high )?speed|(?:my|our) (?:life|lives)|safety (?:issue|hazard|risk|concern)|(?:it's|it is) a miracle|electric(?:al)? shock|electrocuted",
    ),
  },
  {
    kind: 'injury',
    match: words(
      `electrocuted|(?:experienced|felt|feel|feeling|got|get|getting|gave|giving|received|receiving) (?:me |him |her |us )?(?:a |an |some )?(?:painful |nasty |bad |small |mild |slight |little )?electric(?:al)? shocks?|(?:got|gave|giving|getting|received) (?:me |him |her |us )?(?:an? )?(?:nasty |bad |big )?(?:electric(?:al)? )?shock (?:from|when|off|while)|electric(?:al)? shock from|hurt (?:myself|himself|herself|themselves)|(?:was|were|got|been) (?:badly |seriously )?hurt|(?:cut|sliced|gashed|bruised|broke|fractured|sprained|twisted|dislocated|chipped|cracked) (?:${POSSESSIVE}) (?:${BODY}|ankle|knee|hip|rib|ribs|nose|tooth|teeth|toenail|nail)|(?:a|an) (?:\\w+ ){0,2}(?:cut|gash|wound|laceration) (?:on|in|to) (?:${POSSESSIVE}) (?:(?:left|right|big|little|index|middle|ring) )?(?:${BODY}|pinky|pinkie|knuckles?|ankles?|knees?|nail beds?|cuticles?)|(?:needed|required|got|getting) (?:\\d+ |several |a few )?stitches|concussion|(?:i|he|she|we|my (?:son|daughter|wife|husband|kid|child|mother|mom|dad|father|friend|partner))(?: \\w+)? (?:slipped|tripped|fell) (?:and|on|down|over|off|in|into|onto)|(?:was|were|got) (?:hit|bitten|struck|knocked (?:down|over)) by`,
    ),
    unless: words(
      'shock (?:when|once|after|as) (?:i|we|she|he) (?:saw|see|read|found|learned|heard|got|opened|checked)|hurt (?:my|his|her|our) (?:feelings|pride|wallet|budget|business)|(?:no one|nobody) (?:was|got) (?:hurt|injured)|fell (?:in love|asleep|apart|short|flat|through|off the (?:menu|list))|fell off (?:my|the) (?:radar|list)|(?:almost|nearly) (?:broke|cut|chipped|cracked|fell|slipped|tripped)|straw that broke|broke (?:my|the) (?:bank|heart)|(?:at|on) the (?:slopes|trail|hike|gym)|(?:was|were|am|is) (?:really |so |immediately )?struck by (?:how|the way|just how|what|its|their|his|her|the)',
    ),
    unlessNearby: OWN_MISHAP,
  },
  {
    // A workout pushed past what the body could take: limbs weak, numb or swollen for days afterwards, not the
    // soreness of a hard session.
    kind: 'injury',
    match: words(
      '(?:arms?|legs?|muscles?|shoulders?|knees?|wrists?|hands?)[^.!?]{0,80}?(?:weak|numb|swollen)(?: \\w+){0,3} for (?:\\w+ )?(?:days|weeks|a week)',
    ),
    unless: words(
      '(?:after|from) (?:moving|lifting|carrying|surgery|chemo|the flu|being (?:sick|ill)|an? (?:fall|accident|injury|illness|operation|stroke|virus))',
    ),
    needsAround: words(
      'train(?:er|ing)|session|workout|work out|exercis\\w*|class|instructor|coach|pushed (?:me|us|him|her)',
    ),
  },
  {
    // Food that hurts the one eating it: a mouth cut on hard bread, a tooth broken on a stone, a bone choked on.
    kind: 'injury',
    match: words(
      `(?:cut|cut up|sliced|scratched|scraped|tore|ripped) (?:${POSSESSIVE}|the (?:roof|inside) of (?:${POSSESSIVE})) (?:mouths?|gums?|tongues?|lips?|palates?|cheeks?)|(?:broke|chipped|cracked|lost) (?:a|my|his|her|their|our|one of (?:my|his|her|their|our)) (?:front |back )?(?:tooth|teeth|molars?|crowns?|fillings?)|(?:tooth|teeth|molars?|crowns?|fillings?) (?:broke|cracked|chipped)|chok(?:ed|ing) on (?:a |an |the |some )?(?:\\w+ )?(?:bones?|pits?|shells?|stones?)`,
    ),
    unless: words(
      "(?:almost|nearly|could have|could've|would have|would've|might have|enough to|about to|going to|afraid (?:i'd|i would|we'd|we would|to)) (?:\\w+ )?(?:cut|broke|break|chipped|chip|cracked|crack|lost|choked|choke)",
    ),
    notIn: ['health'],
  },
  {
    kind: 'injury',
    match: words(
      'injur(?:ed|y|ies|ing)|(?:was|were|started|kept|is|am|are|left) bleeding|bleeding (?:from|everywhere|badly|profusely|heavily)|bloody (?:nose|lip|finger|hand)',
    ),
    // An injury the reviewer came in with, named by the part of the body ("a foot injury"), is why they sought care,
    // not harm done by the business.
    unless: words(
      `insult to (?:to )?injury|(?:no one|nobody|no) (?:was |got )?(?:hurt|injured|injuries|injury)|(?:colou?r|dye|ink|gums?) (?:was |were |kept |started )?bleeding|bleeding (?:money|cash)|(?:dog|cat|pet|puppy|kitten|horse) (?:was |had |got )?(?:injur\\w+|bleeding)|(?:an|my|his|her|the|old|previous|sports|${BODY}|ankle|hip|knee|shoulder) injur(?:y|ies)|injured (?:my|his|her) (?:\\w+ )?(?:at|while|playing|skiing|running|before)|came down with|injured by (?:[\\w-]+ ){0,2}(?:jams?|bugs?|flaws?|problems?|issues?|glitch\\w*|errors?|shortcomings?|software|drivers?|design|price|cost)`,
    ),
    notIn: ['health'],
    unlessNearby: OWN_MISHAP,
  },
  {
    kind: 'injury',
    match: words(
      '(?:emergency room|the er|urgent care|a&e|ambulance)|(?:went|go|taken|rushed|ended up) (?:to|in) (?:the )?(?:hospital|er|emergency)',
    ),
    unless: words(
      "(?:emergency room|urgent care|er) (?:doctor|nurse|staff|team|visit)s? (?:was|were) (?:great|amazing|wonderful|kind)|(?:i am|i'm|as) an? (?:er|emergency room) (?:nurse|doctor)|near(?:by)? (?:the |a )?hospital|(?:close|next) to (?:the |a )?hospital|(?:than|instead of|rather than|not|never) (?:to )?(?:go|going|send|sending) (?:\\w+ )?to (?:the )?(?:hospital|er|emergency|urgent care)",
    ),
    // A trip to hospital is harm done here only where the review tells what sent them there: a meal, a fall, a cut,
    // a reaction. A clinic reviewed as such, a hospital recommended or a visit for an illness of its own is not.
    needsAround: words(
      'sick|ill|illness|poison\\w*|vomit\\w*|threw up|throwing up|puk\\w*|diarrh\\w*|fell|slipped|tripped|cut|burn\\w*|bleed\\w*|reaction|allerg\\w*|anaphyla\\w*|injur\\w*|hurt|bitten|bit|swell\\w*|swollen|broke|fractured?|stitches|pain|ate|eating|food|meal',
    ),
    notIn: ['health'],
    unlessNearby: OWN_MISHAP,
  },
  {
    kind: 'legal_threat',
    match: words(
      "(?:will|going to|gonna|plan to|intend to|am|are|i'll|we'll|might|may|shall|to|and|considering|thinking about|be) (?:be )?(?:su(?:e|ing)|tak(?:e|ing) (?:legal action|(?:you|them|this|it|the matter) to court)|(?:contact(?:ing)?|talk(?:ing)? to|speak(?:ing)? (?:to|with)|call(?:ing)?|consult(?:ing)?) (?:my|our|a|an) (?:lawyer|attorney|solicitor)|fil(?:e|ing) (?:a )?(?:lawsuit|suit|police report))|see you in court|lawsuit|legal actions?|take (?:this|it|them|the matter|you) to (?:a |an |my )?(?:lawyer|attorney|solicitor|court)|(?:my|our) (?:lawyer|attorney|solicitor) (?:called|contacted|wrote|sent|emailed)|small claims|class action|cease and desist|(?:my|our) (?:lawyer|attorney|solicitor)s? (?:will|is|are|has|have|'s) (?:be )?(?:contact|in touch|look|handl|review|aware|draft|send|involved)\\w*|(?:contacted|consulted|called|retained|hired|spoke(?:n)? (?:to|with)|getting) (?:my|our|a|an) (?:lawyer|attorney|solicitor)|report(?:ed|ing)? (?:you |them |this |it |the (?:business|company|clinic|shop|restaurant|hotel) )?to (?:the )?(?:bbb|better business bureau|attorney general|health department|department of health|ftc|licensing board|state board|dental board|medical board|bar association|police|authorities|trading standards|consumer protection)|fil(?:ed|ing) (?:a )?(?:complaint|report|claim) with (?:the )?(?:bbb|better business bureau|attorney general|health department|ftc|licensing board|state board|police|consumer protection|trading standards)|malpractice|next step (?:is|will be|would be|is going to be) (?:legal|(?:to )?(?:see |call |contact |hire )?(?:a |my |our )?(?:lawyer|attorney|solicitor|court))|(?:seek|seeking|sought|get|getting|take|taking|took) legal (?:advice|counsel|steps)|(?:explore|exploring|consider|considering|weigh|weighing|look(?:ing)? into|pursu(?:e|ing)) (?:my |our |all )?legal (?:options|recourse|remedies|route)|pursu(?:e|ing) (?:this|it|the matter|them) (?:legally|in court|through the courts)",
    ),
    unless: words(
      "(?:is|was|as|being) an? (?:lawyer|attorney)|who is an? (?:lawyer|attorney)|no (?:need|reason) to (?:sue|file)|not (?:going to|gonna|trying to) (?:sue|file)|won't (?:sue|file)|(?:lawyer|attorney) (?:friend|sister|brother|dad|mom) (?:said|told)",
    ),
    notIn: ['professional'],
  },
  {
    // Legal action the reviewer has already taken: sued, took the business to court, had a lawyer recover the money,
    // went to the company's legal department. Being sued by someone else, or saying they will not sue, is not this.
    kind: 'legal_threat',
    match: words(
      `(?:successfully|eventually|finally|ended up|end up|had to|have to|forced to|decided to|chose to|went on to|then|so (?:i|we)) su(?:ed?|ing)(?! by)|(?:i|we)(?: \\w+)? (?:sued|suing)(?! by)|su(?:ed|ing) (?:them|him|her|the (?:\\w+ )?(?:company|store|shop|hotel|business|landlord|owners?|restaurant|garage|dealer\\w*|clinic|office|contractor|builder|management|seller|manufacturer|retailer|firm|agency))|(?:took|taken|taking|brought|got) (?:them|him|her|it|this|the (?:\\w+ )?(?:company|store|shop|hotel|business|landlord|owners?|restaurant|garage|dealer\\w*|clinic|contractor|builder|management|seller|matter|case)) to (?:small claims |the )?(?:small claims|court|tribunal|arbitration)|(?:won|filed|lost|settled|brought|have|had) (?:a |the |my |our )?(?:court )?(?:case|claim|judgment|judgement) against (?:them|him|her|the \\w+)|(?:contacted|contacting|contact|wrote to|writing to|emailed|called|complained to|escalated (?:it |this |the matter )?to|went to|got|involved|getting) (?:their|the|your|its|the company's|the store's|the firm's) legal (?:department|dept|team|counsel)|(?:my|our) (?:lawyer|attorney|solicitor)s? (?:\\w+ )?(?:got|had to|wrote|recovered|won|took|made|forced|filed|demanded|threatened|stepped in|intervened|sorted|managed)|(?:my|our) (?:lawyer|attorney|solicitor)s? (?:is|are|has|have|'s) (?:now |already )?(?:been )?(?:involved|handling|dealing)`,
    ),
    unless: words(
      "(?:not|never|n't|no one|nobody|won't|will not|refuse to|no point|no need to|no reason to|without) (?:\\w+ )?su(?:e|ed|ing)|(?:was|were|got|been|being|is|are) (?:\\w+ )?sued|sue me|legal (?:pads?|tender|age|limit|size)|(?:lawyer|attorney|solicitor) (?:friend|sister|brother|dad|mom|mum|father|mother|husband|wife|son|daughter|cousin|uncle|aunt)",
    ),
    notIn: ['professional'],
  },
  {
    kind: 'legal_threat',
    match: words(
      "(?:will|going to|gonna|plan to|i'll|we'll) (?:be )?(?:su(?:e|ing)|tak(?:e|ing) (?:legal action|(?:you|them|this|it) to court))|see you in court|cease and desist|class action|(?:filed|filing|file) (?:a )?(?:complaint|grievance) with (?:the )?(?:bar|state bar|bar association|board|regulator)|report(?:ed|ing)? (?:you |them |him |her )?to the (?:bar|state bar|bar association|board|regulator)",
    ),
    notIn: ['retail', 'food_hospitality', 'trades_repairs', 'health', 'software'],
  },
  {
    // The reviewer names racism or discrimination, or a refusal for who they are. The reviewer's own hedge before a
    // stereotype ("call me racist, but") is their remark, not a claim against the business, and neither is their
    // rebuke of another reviewer ("get over yourself and your homophobia").
    kind: 'discrimination',
    match: words(
      'racis[mt]\\w*|discriminat\\w*|sexis[mt]\\w*|homophob\\w*|transphob\\w*|bigot\\w*|xenophob\\w*|islamophob\\w*|antisemit\\w*|(?:racial|ethnic|religious) (?:slurs?|abuse|insults?|remarks?|comments?|jokes?|profiling)|(?:racially|ethnically) (?:\\w+ )?(?:comments?|remarks?|jokes?|slurs?|language|abus\\w+|charged|motivated|offensive|insensitive|insulting)|(?:the|an?) n[- ]?word|profil(?:ed|ing) (?:us|me)|refused (?:to serve|service to) (?:us|me) because|(?:service (?:dog|animal)) (?:was )?(?:refused|not allowed|turned away)',
    ),
    unless: words(
      "(?:not|wasn't|isn't|never|no|am no|i'm no) (?:being |a |trying to be |meaning to be |trying to sound |meaning to sound |to be |to sound )?racist|call me (?:a )?racist|(?:sounds?|sounding|seem|seems|come across as|coming across as|be called|get called|labell?ed|accused of being) (?:a )?racist|(?:not|no) discrimination|discriminating (?:taste|palate|customers?|diners?)|racist (?:joke|movie|film|book)|(?:get over|check|drop|lose) (?:yourself|yourselves|your)\\b[^.!?]{0,30}(?:racis|sexis|homophob|transphob|bigot|xenophob)\\w*",
    ),
  },
  {
    // Refused, ignored or followed because the reviewer, or someone with them, is who they are. "Because I'm old" as
    // the reason for choosing a gentle class is not this, so something done to them has to be told around it.
    kind: 'discrimination',
    match: words(
      "because (?:i am|i'm|we are|we're|of (?:my|our)) (?:black|gay|lesbian|trans|disabled|muslim|jewish|asian|hispanic|latino|latina|mexican|indian|a woman|women|female|old|elderly|pregnant|in a wheelchair|race|skin|colou?r|religion|disability|age|gender|accent|wheelchair|service (?:dog|animal)|ethnicity|nationality)",
    ),
    needsNearby: words(TREATED),
  },
  {
    // The same told of someone else: only where the sentence says what was done to them for it. "The food is bland
    // because they are Indian" is the reviewer's own generalisation, not a claim against the business.
    kind: 'discrimination',
    match: words(
      `(?:${TREATED})\\b[^.!?]{0,60}\\bbecause (?:he is|he's|she is|she's|they are|they're|of (?:his|her|their)) (?:black|gay|lesbian|trans|disabled|muslim|jewish|asian|hispanic|latino|latina|mexican|indian|a woman|female|old|elderly|pregnant|in a wheelchair|race|skin|colou?r|religion|disability|gender|wheelchair|service (?:dog|animal)|ethnicity)`,
    ),
  },
  {
    kind: 'harassment',
    match: words(
      "(?<!(?:not|n't|never|no one|nobody) (?:to )?|(?:don't|didn't) want to )harass\\w*|stalk(?:ed|ing)|groped|grop(?:e|ing)|touched (?:me|her|my) (?:inappropriately|without)|inappropriate(?:ly)? (?:touch\\w*|comments?|remarks?|advances?|behaviou?r)|(?:hit|hitting) on (?:me|my (?:wife|daughter|girlfriend))|sexual (?:comments?|advances?|remarks?|harassment)|kept (?:calling|texting|messaging) (?:me|my)|won't stop (?:calling|texting)|propositioned (?:me|her|my (?:wife|daughter|girlfriend|son))|followed (?:me|her|my (?:wife|daughter|girlfriend|son)) (?:in)?to the (?:locker ?rooms?|changing ?rooms?|dressing ?rooms?|showers?|restrooms?|bathrooms?|ladies(?:'|’)? room|women(?:'|’)s room|men(?:'|’)s room)",
    ),
    // A salesman "stalking" shoppers round the floor is pushy selling, and calls to renew or to pay, or being
    // "harassed" over a balance, are a sales or billing complaint, not a person pursued.
    unless: words(
      `${HOUNDED_FOR_MONEY}|not (?:harass\\w*|pushy)|(?:had|have|having|need|needed) to (?:keep )?harass|harass(?:ing)? (?:the|them|him|her|their) (?:vet|doctor|office|staff|company|store|manager|pharmacy)|stalk\\w* (?:\\w+ ){0,2}(?:around|round|through(?:out)?) the (?:store|shop|floor|showroom|lot|aisles?|dealership|mall)|stalk\\w* (?:you|us|me|customers|shoppers) (?:the (?:moment|minute|second)|as soon as|from the moment|when you)|(?:sales ?(?:people|person|men|man|women|staff|associates?|reps?)|salesm[ae]n)[^.!?]{0,30}stalk|(?:kept|keeps|keep|won't stop|wouldn't stop|constantly|continually) (?:calling|texting|emailing|messaging) (?:me|my \\w+)(?: \\w+){0,6}? (?:to (?:renew|sign|upgrade|buy|pay|sell|book|schedule|confirm|rate|review|collect|come back)|about (?:(?:my|the|a|an|their|our) )?(?:renewal|membership|bill|balance|payment|account|offer|deal|upgrade|contract|appointment|survey|review|debt|invoice|policy|warranty))`,
    ),
  },
  {
    // Followed, watched or filmed where people undress, or followed to a car, a room or home: a safety matter the owner
    // handles in person, whoever did it and however many stars the review gives. "Followed up with me", "followed the
    // instructions" or a dirty locker room name no one pursued.
    kind: 'harassment',
    match: words(
      `(?:${PURSUED})[^.!?]{0,60}?\\b(?:${UNDRESSING})|(?:${UNDRESSING})\\b[^.!?]{0,60}?\\b(?:${PURSUED})|follow(?:ed|ing|s)? (?:${WATCHED_PERSON}) (?:all the way |out )?(?:to (?:my|our|her|his|their) (?:car|room|hotel room|door|house)|home|(?:in)?to the (?:parking lot|car park|parking garage|elevator|lift))`,
    ),
    unless: words(
      '(?:i|we) (?:was |were )?(?:\\w+ )?(?:filming|filmed|recording|recorded|photographing|photographed|took (?:photos|pictures|videos?)|taking (?:photos|pictures|videos?))|no (?:filming|photos|photography|cameras|phones)|watch(?:ed|ing)? (?:my|our|the) (?:kids|children|son|daughter|things|bags?|stuff|belongings) (?:for|while)|(?:to|so (?:he|she|they) could) (?:give|hand|return|bring) (?:me|us|her|him)|(?:i|we) (?:was |were )?watch(?:ed|ing) (?:my|our) (?:kids|children|son|daughter|family)|(?:i|we) (?:watched|saw|was watching|were watching) (?:him|her|them|the \\w+|an? \\w+|one of (?:the|them)) (?:\\w+ ){0,3}(?:wash\\w*|leav\\w*|left|com\\w*|came|go|going|went|us(?:e|ed|ing)|walk\\w*|clean\\w*|touch\\w*|handl\\w*|tak\\w*|took|put\\w*|mak\\w*|made|prepar\\w*)',
    ),
  },
  {
    // Touched sexually, groped, exposed to, or secretly filmed: reported in any review, in any sector but software.
    kind: 'harassment',
    match: words(
      '(?:touched|touching|grabbed|grabbing|groped|fondled|squeezed|cupped|caressed|slapped|pinched|felt) (?:my|her) (?:breasts?|boobs?|butt|bum|buttocks?|backside|ass|crotch|groin|genitals?|private (?:parts|areas?)|privates|nipples?|inner thighs?)|(?:touched|touching) (?:me|her) (?:in (?:a|an) (?:sexual|inappropriate|intimate) (?:way|manner)|(?:in|on) (?:my|her) (?:private|intimate) (?:areas?|parts))|exposed (?:himself|herself|themselves)|indecent(?:ly)? expos\\w*|masturbat\\w*|sexual(?:ly)? (?:assault\\w*|harass\\w*|touch\\w*)|molest(?:ed|ing|er|ers|ation)|peeping toms?|(?:tried|try|trying|attempted) to kiss (?:me|her|my \\w+)|felt (?:me|her) up|rubb(?:ed|ing) (?:himself|herself|his (?:body|crotch|groin)|up) (?:against|on) (?:me|her|my)|unwanted (?:touch\\w*|advances?|sexual \\w+|physical contact)|(?:found|discovered|spotted|noticed) (?:a )?(?:hidden |secret )?cameras? (?:hidden )?(?:in|inside) (?:the|our|my) (?:room|bathroom|shower|locker ?room|changing ?room|dressing room|fitting room|smoke detector)|hidden cameras? (?:in|inside) (?:the|our|my) (?:room|bathroom|shower|locker ?room|changing ?room|dressing room|fitting room)',
    ),
    notIn: ['software'],
  },
  {
    kind: 'abuse',
    match: words(
      `(?:pushed|shoved) (?:me|us|him|her|my \\w+) (?:down|over|aside|away|out of the way|against|into|to the (?:ground|floor)|out the door)|(?:shoved|grabbed|slapped|punched|kicked|spat on|spit on|assaulted|attacked|threw (?:\\w+ )?at) (?:me|us|him|her|my (?:son|daughter|wife|husband|kid|child|mother|mom|dad|father|friend|partner|boyfriend|girlfriend|arm|hand))|(?:he|she|they|staff|employee|manager|bouncer|security|guard|owner|driver|worker) (?:physically )?(?:assaulted|attacked|hit|punched|shoved) (?:me|us|him|her|my)|physically (?:assault\\w*|attack\\w*|threw|removed|grabbed|pushed|abus\\w*)|forcefully (?:placed|put|held|pushed|grabbed|restrained|pinned)|(?:put|placed|clamped|held) (?:his|her|a) hand (?:over|on) (?:my|her|his) (?:mouth|face)|threatened (?:to (?:hit|hurt|kill|beat|call (?:the )?police on)|me|us|my)|(?:called|calling) (?:me|us|my \\w+) (?:a|an) (?:bitch|whore|slut|retard\\w*|\\w*(?:fucking|f\\*+ing) \\w+)|(?:i|we)(?:'ll| will| am going to| are going to|'m going to|'re going to|'m gonna) (?:kill|hurt|find|get|burn|smash|destroy) (?:you|them|the place|this place|your)|watch your back|${SWORE_AT_CUSTOMER}`,
    ),
    unless: words(
      'over the edge|(?:no|not|never|without) (?:been )?(?:physically|assault\\w*)|physically (?:fit|able|demanding|impossible|challeng\\w*|tired|exhausted)|(?:the|this) (?:heat|sun|cold|traffic) was (?:an )?assault|assault on (?:the|my|our) (?:senses|ears|nose|eyes|taste ?buds)|hit (?:me|us) (?:up|with)',
    ),
  },
  {
    // A contract that will not be ended for someone called up for military service: servicemembers have a legal
    // right to end many contracts on deployment, so a refusal is a legal matter, not a billing quarrel.
    kind: 'legal_threat',
    match: words(
      '(?:military|army|navy|air force|marines?|national guard|overseas) (?:deployment|orders|duty|service)|deployed|deployment|active duty|pcs orders|servicemembers? civil relief|scra',
    ),
    needsNearby: words(
      'cancel\\w*|terminat\\w*|end (?:the|my|our) (?:contract|lease|service|plan)|break (?:the|my|our) (?:contract|lease)|out of (?:the|my|our) (?:contract|lease)',
    ),
    unless: words(
      '(?:no|without any) (?:problem|issue|fuss|hassle)|(?:were|was) (?:very )?(?:understanding|helpful|great)',
    ),
  },
  {
    // Police called on or by the business, extortion, fraud or theft alleged, the business said to be liable for
    // damages or to belong in prison: a matter with legal weight, however calm. Police called on noisy neighbours or
    // other guests are not called on the business, and a bill said to 'extort' a second payment, with no threat made,
    // is a billing complaint.
    kind: 'legal_threat',
    match: words(
      "(?:called|call|calling|phoned|ring|rang) (?:the )?(?:police|cops|sheriff)|(?:police|pd|cops|sheriff) (?:were|was|had to be|got) (?:called|involved)|(?:got|get|getting) the (?:police|cops) involved|police report|extort\\w*|(?:this is|that is|it is|it's|that's|committing|committed|pure|outright|plain) fraud|fraudulent (?:billing|practices?|business)|(?:blatant|outright|pure|plain|sheer) theft|held (?:\\w+ )?liable|belongs? in (?:an? )?(?:\\w+ )?(?:prison|jail)",
    ),
    unless: words(
      `extort\\w* into paying|extort\\w* (?:\\w+ ){0,2}(?:payments?|money|fees?|charges?|more)(?![^.!?]*\\b(?:threat\\w*|unless|blackmail\\w*|or else))|extortionate|extortion prices|${POLICE_ON_NEIGHBOURS}|(?:no need|didn't|did not|don't|do not|never) (?:have )?(?:to )?call (?:the )?(?:police|cops)|(?:almost|nearly) called (?:the )?(?:police|cops)`,
    ),
  },
  {
    // Something of value offered for a better review or for taking one down ("offered me a refund if I removed my
    // review", "a discount for a five-star review"): incentives for reviews break platform rules and consumer law, so
    // the owner answers it, not a drafted reply.
    kind: 'legal_threat',
    match: words(
      "(?:offer(?:ed|ing|s)?|promis(?:ed|ing)|gave|give|giving|sent|send|would (?:give|send|refund)) (?:me |us |him |her )?(?:a |an |some |the |my |our )?(?:\\$\\d+ |\\d+% |partial |full )?(?:discount|refund|rebate|voucher|coupon|gift card|store credit|credit|money back|free \\w+|cash|payment) (?:\\w+ )?(?:if|once|as long as|provided|in exchange for|in return for|to) (?:i |we |he |she )?(?:would |'d |agreed to |agree to )?(?:change|changed|changing|remove|removed|removing|delete|deleted|deleting|take down|took down|taking down|edit|edited|update|updated|revise|revised|raise|raised|bump|bumped|improve|improved|retract|retracted|withdraw|withdrew) (?:my|our|his|her|the|this) (?:\\w+ )?(?:review|rating|stars?|post)|(?:a |an |some |the |my |our )?(?:\\$\\d+ |\\d+% |partial |full )?(?:discount|refund|rebate|voucher|coupon|gift card|store credit|credit|money back|free \\w+|cash|payment) (?:for|in exchange for|in return for) (?:a |an )?(?:better|good|positive|great|glowing|5[- ]star|five[- ]star|higher) (?:review|rating)",
    ),
    unless: words(
      "(?:not|never|won't|will not|didn't|did not) (?:\\w+ )?(?:ask(?:ed)? me to|offer(?:ed)?|promis(?:ed)?)",
    ),
  },
  {
    // Fraud alleged against the business's billing, an insurer's above all, or its billing or practices called
    // illegal: a legal matter, however calmly it is told. The bank's own fraud team catching a stranger's charges is
    // not this, and neither is a practice said not to be illegal.
    kind: 'legal_threat',
    match: words(
      '(?:illegal|unlawful)(?:ly)? (?:in (?:their|its|his|her|the) )?(?:business |billing |collection )?(?:practices?|billing|charg(?:es|ing)|debt collection)|(?:billing|charg(?:es|ing)|business practices?|collections?) (?:\\w+ ){0,8}(?:illegal|unlawful)(?:ly)?|(?:insurance|billing|medicare|medicaid) fraud|fraud (?:on|against|with|to) (?:my|our|the|their|his|her) (?:insurance|insurer|insurance company|bills?|billing)|defraud\\w*|fraudulent(?:ly)? (?:bill(?:ed|ing|s)?|charg(?:ed|ing)|claims?|submitted|coded)|(?:bill(?:ed|ing)?|charg(?:ed|ing)|submitted) [^.!?]{0,40}fraudulent(?:ly)?',
    ),
    unless: words(
      "(?:not|no|never|nothing) (?:\\w+ )?(?:fraud|illegal|unlawful)|(?:isn't|wasn't|aren't|weren't) (?:\\w+ )?(?:illegal|unlawful)|fraud (?:alerts?|department|dept|team|protection|prevention|unit)",
    ),
  },
  {
    // A practice that bills for care the patient never agreed to or never had: a legal matter for the practice, not a
    // slip in the bill. An ordinary mistake (a double charge, the wrong amount) is answered as a billing complaint.
    kind: 'legal_threat',
    match: words(
      "(?:charg(?:e|ed|es|ing)|bill(?:ed|s|ing)?|owe[ds]?|owing|pay for|paid for)[^.!?]{0,80}(?:never|not|didn't|did not) (?:even )?(?:approved?|authori[sz]ed?|consent(?:ed)? to|agreed? to|asked for|requested|had|got|received any)|(?:service|procedure|treatment|test|x-?rays?|cleaning|exam|work|scan|filling)s? (?:that |which )?(?:were|was) never (?:done|performed|provided|given|taken|approved|authori[sz]ed)",
    ),
    needsNearby: words(
      'services?|procedures?|treatments?|tests?|x-?rays?|cleanings?|exams?|fillings?|scans?|lab ?work|labs|insurance|insurer|deep clean\\w*|scaling|crowns?|injections?|shots?',
    ),
    unless: words(
      'mistakes?|errors?|(?:was|were|is) wrong|mix-?up|mixed up|glitch|by accident|accidentally|(?:refunded|credited|reversed|fixed|corrected|removed) (?:it|the charge|the bill)',
    ),
    notIn: ['retail', 'food_hospitality', 'trades_repairs', 'professional', 'software'],
  },
  {
    // A product or a job that damaged the customer's other things (a charger that fried a laptop, movers who broke a
    // table, a car handed back with new dents, dye that ruined a coat), told with a cost or a claim: a damages
    // matter the owner settles in person. The product failing on its own is an ordinary fault.
    kind: 'legal_threat',
    match: words(PROPERTY_DAMAGED),
    unless: NOT_THEIR_DAMAGE,
    needsAround: DAMAGES_CLAIM,
    unlessNearby: words(
      '(?:previous|last|other|another|old|first|original|former|different) (?:company|movers?|shop|garage|mechanic|body shop|contractor|cleaners?|stylist|salon|place|plumber|electrician|dealer\\w*|installer)',
    ),
  },
  {
    // Damage the customer reports, denied by staff who call them a liar or a scammer: a disputed damages claim the
    // owner settles in person. Being called a liar over a bill or a booking is a rude-staff complaint, not this.
    kind: 'legal_threat',
    match: words(
      '(?:called|calling|call|calls) (?:me|us|him|her|them|my \\w+|our \\w+) (?:a )?(?:liars?|scammers?|thie(?:f|ves))|accus(?:ed|ing|es) (?:me|us|him|her|them|my \\w+|our \\w+) of (?:lying|being (?:a )?liars?|scam\\w*|fraud|stealing|theft)|labell?ed (?:as )?(?:a )?(?:scammers?|liars?)',
    ),
    needsAround: words(
      'damag\\w*|scratch(?:es|ed)|dent(?:s|ed)|paint chips?|chipped|cracked|(?:was|were|had been|got|been) (?:broken|knocked (?:out|off|loose)|ruined|bent|torn|smashed)|already (?:like that|there|broken|damaged|scratched|dented)',
    ),
  },
  {
    // Bigoted words said by staff to or about a customer: a slur, a people called thugs, "you people", a people's
    // "way" sneered at. The same words in the reviewer's own mouth, about other customers or about the owners, are
    // not a claim against the business: such a review is answered as the complaint it comes with.
    kind: 'discrimination',
    match: words(
      `${STAFF}(?: \\w+){0,3} (?:called|call|calls|calling|said|say|says|saying|told|tell|muttered|mumbled|yelled|shouted|screamed|remarked|joked|commented|whispered|referred to|refer to|used|laughed|sneered)\\b[^.!?]{0,60}?(?:${BIGOTED})|(?:${BIGOTED})\\W{0,3} (?:${STAFF}) (?:said|yelled|shouted|muttered|told|screamed|called)`,
    ),
    unless: words('chinks? (?:in|of) (?:the|their|its|his|her|light)'),
  },
  {
    // A guest with a disability moved or sent upstairs although stairs were beyond them: an access matter. A
    // wheelchair or a bad knee mentioned with nobody sent anywhere is not this.
    kind: 'discrimination',
    match: words(DISABILITY_NAMED),
    needsAround: words(SENT_UP),
  },
  {
    // Goods that wrecked another device of the customer's (an adapter that killed a camera, a charger that fried a
    // phone, batteries that leaked and ruined a remote): a damages claim the owner settles in person, costed or not.
    // A device that simply died, or drained its own batteries, is an ordinary fault.
    kind: 'legal_threat',
    match: words(DEVICE_WRECKED),
    unless: NOT_THEIR_DAMAGE,
    needsAround: FEEDER,
    notIn: ['food_hospitality', 'health', 'professional'],
  },
  {
    // The goods named as the cause of another device dying ("Because of this product, my camera stopped working",
    // "this adapter made my laptop shut down for good"): a damages claim, told without a word for how.
    kind: 'legal_threat',
    match: words(
      `because of (?:this|the|these|that|their) (?:[\\w-]+ ){0,2}?(?:product|item|unit|thing|adapter|adaptor|charger|cable|cord|battery|batteries|device|gadget)s?,? (?:my|our) (?:[\\w-]+ ){0,2}?(?:${FED_BY}) (?:has |have )?(?:stopped working|died|quit working|no longer works?|will not turn on|won't turn on|is dead|went dead|broke)|(?:this|the|these|that) (?:[\\w-]+ ){0,2}?(?:product|item|unit|thing|adapter|adaptor|charger|cable|cord|battery|batteries|device|gadget)s? (?:made|caused) (?:my|our) (?:[\\w-]+ ){0,2}?(?:${FED_BY}) (?:to )?(?:stop working|die|quit working|break|fail for good)`,
    ),
    unless: NOT_THEIR_DAMAGE,
    notIn: ['food_hospitality', 'health', 'professional'],
  },
  {
    // Software or an installer that froze or crashed the customer's computer, which now will not start ("the
    // installation program froze my PC completely… now it does nothing when I turn it on"): damage to their other
    // property, claimed of the goods. A freeze that a restart cleared is an ordinary fault.
    kind: 'legal_threat',
    match: words(
      '(?:install(?:ation|er|ing)?|set-?up|software|driver|program)\\b[^.!?]{0,60}?\\b(?:froze|crashed|killed|bricked|fried|corrupted|wiped|trashed|disabled) (?:my|our|the) (?:[\\w-]+ ){0,2}?(?:pc|computer|laptop|desktop|hard drive|system)',
    ),
    needsInReview: words(
      "(?:now|since then),? (?:it|the (?:pc|computer|laptop|desktop|machine|system)) (?:does nothing|(?:won't|will not|doesn't|does not) (?:boot|start|turn on|power (?:on|up))|is dead)|(?:won't|will not|wouldn't|would not|doesn't|does not) (?:boot|start up|turn on|power (?:on|up)) (?:again|anymore|any more)",
    ),
    notIn: ['food_hospitality', 'health', 'professional'],
  },
  {
    // A tape adapter or a disc left jammed in the car's player and the player now broken: damage to the reviewer's
    // other property, claimed of the goods. A deck that was broken before ("my tape deck is broken, so I bought this")
    // is why they bought it, not what it did.
    kind: 'legal_threat',
    match: words(
      "(?:jammed|stuck|lodged) in (?:my|our|the) (?:car'?s? )?(?:tape deck|cd deck|cassette deck|car stereo|stereo|cd player|dvd player|disc drive)|(?:tape deck|cd deck|cassette deck|car stereo|cd player|dvd player|disc drive)(?: (?:on|in) (?:my|our|the) [a-z ]{1,20}?)? (?:is|was|are|were) now (?:broken|ruined|destroyed|dead|useless)",
    ),
    needsInReview: words('(?:broke|broken|ruined|destroyed|no longer (?:works?|have a)|jammed|stuck)'),
    notIn: ['food_hospitality', 'health', 'professional'],
  },
  {
    // A disability or access request the business ignored or refused.
    kind: 'discrimination',
    match: words(
      "wheelchairs?|disabilit\\w*|disabled (?:person|guest|customer|son|daughter|husband|wife|mother|father|mom|dad|child|veteran|access|room|parking)|(?:i am|i'm|he is|she is|is|am) disabled|handicap(?:ped)? (?:accessible|room|access|parking|ramp)|mobility (?:issues?|problems?|scooter|aid)|accessible (?:room|entrance|bathroom|toilet|parking)|accessibility|\\bada\\b (?:room|compliant|accessible)|(?:near|close to) (?:the )?(?:exit|elevator|lift) because|(?:can't|cannot|can not|couldn't|could not|unable to) walk (?:very )?(?:far|long distances|for long|much)|crutches",
    ),
    needsNearby: words(
      "ignored|refused|denied|turned (?:us|me|him|her) away|(?:didn't|did not|wouldn't|would not|couldn't|could not|won't|will not|never) (?:\\w+ )?(?:accommodate|help|care|honou?r|give|let|allow|provide|assist|listen)|no (?:ramp|elevator|lift|accessible)|not accessible|inaccessible|despite|even though|anyway|regardless|instead|as far (?:away )?as (?:they|he|she|you) (?:possibly )?could|(?:put|gave|placed|sent|moved|seated|sat) (?:me|us|him|her|them) (?:\\w+ ){0,2}(?:farthest|furthest|as far)",
    ),
    unless: words('disabled (?:the|my|it|alarm|account|card|feature|wifi|cookies)'),
  },
  {
    // Doors and locks that do not secure a room or a building: anyone could walk in.
    kind: 'security',
    match: words(
      "(?:doors?|locks?|gates?|windows?|deadbolts?)(?: \\w+){0,3} (?:would not|wouldn't|won't|will not|didn't|did not|doesn't|does not|don't|do not|could not|couldn't|can't|cannot|never|not) (?:even |properly |fully )?(?:lock|close|shut|latch|secure)|(?:broken|no|missing) (?:locks?|deadbolts?|door locks?)|(?:lock|deadbolt)s? (?:was|were|is|are) broken|no security(?! deposit)|(?:security |exit |side |back |fire |emergency |front )?(?:doors?|exits?|entrances?|gates?) (?:was|were|is|are|left|kept|always|constantly)(?: \\w+)? propped open|squatters?|(?:everyone's|all the|our|my|the) (?:keys?|key cards?|keycards?) (?:\\w+ )?(?:worked|work|opened|open|fit|fits) (?:on )?(?:every|everyone's|all|any|other|each other's) (?:\\w+ )?(?:doors?|rooms?|units?|apartments?)",
    ),
    notIn: ['retail', 'trades_repairs', 'software'],
  },
  {
    // Given the key to a room someone else was already in.
    kind: 'security',
    match: words(
      "(?:key|keys|key card|keycard) (?:to|for) (?:a |an )?(?:occupied|someone else's|another guest's) room|(?:key|keys|key card|keycard) (?:to|for) (?:a |the )?room (?:with|that had) (?:people|someone|guests?|a (?:man|woman|couple|family)) (?:already )?(?:in|inside|sleeping|staying)|(?:walked|walk) in on (?:a |another |other )?(?:guests?|people|someone|a couple|a man|a woman)|room (?:was )?already (?:occupied|taken)|(?:people|someone|a man|a woman|guests?|a family|a couple) (?:already )?(?:sleeping in|staying in|in) (?:our|my) (?:assigned )?room|(?:people|someone|guests?) (?:were |was )?already in (?:the|our|my) room",
    ),
    notIn: ['retail', 'software', 'professional', 'trades_repairs', 'health'],
  },
  {
    // Malicious software on a disc or device that was sold sealed; the reviewer's own anti-virus program is not it.
    kind: 'security',
    match: words('(?<!anti-)(?:viruses|virus)|malware|trojans?|spyware|ransomware|a worm'),
    needsNearby: words(
      'disc|disk|cd|dvd|software|install\\w*|came with|shipped with|preloaded|pre-loaded|sealed|usb|drive|card',
    ),
    notIn: ['food_hospitality', 'health'],
  },
  {
    // Mistreatment the reviewer puts down to who they are: "as an Asian girl I don't deserve to be greeted",
    // "a slam on the elderly".
    kind: 'discrimination',
    match: words(
      'as an? (?:asian|black|hispanic|latina|latino|mexican|indian|muslim|jewish|gay|lesbian|trans|disabled|deaf|older|elderly|african american|arab) (?:\\w+ )?(?:girl|woman|man|guy|person|customer|lady|couple|family|people)|(?:slam|insult|attack) on (?:the )?(?:elderly|old people|seniors|disabled|deaf)|(?:take|took|taking|taken) advantage of (?:an? )?(?:elderly|old|older|deaf|hearing-impaired|disabled) (?:woman|man|lady|person|customer|people|mother|father|mom|dad)',
    ),
    needsInReview: words(
      'greeted|ignored|ignore|deserve|treated|served|helped|waited on|overlooked|passed over|taken advantage|charged|slam|insult|attack',
    ),
  },
  {
    // Mistreatment the reviewer puts down to being a woman or a girl: "trying to prey on a young girl because they
    // assume I'm uninformed", "talked down to because I'm a woman". A young woman at the till, or "because I'm a girl
    // who loves cake", is not this: the review must say how they were treated.
    kind: 'discrimination',
    match: words(
      "prey(?:s|ed|ing)? on (?:an? )?(?:young |single |elderly |older |old )?(?:girls?|wom[ae]n|lad(?:y|ies)|females?|seniors?|the elderly)|(?:because|since|cause|just because) (?:i'm|i am|she's|she is|we're|we are|my (?:wife|daughter|mother|mom) is) (?:an? )?(?:young |single )?(?:wom[ae]n|girls?|lady|ladies|female)\\b",
    ),
    needsInReview: words(
      'treated|talked down|talk down|condescend\\w*|patroni[sz]\\w*|prey\\w*|upsell\\w*|ripped? (?:me )?off|overcharg\\w*|assum\\w*|ignored|dismiss\\w*|sweetheart|honey|uninformed|clueless',
    ),
  },
  {
    // Children or pets said to be held "for ransom" or "hostage" until a bill is paid: a coercion claim the owner
    // answers in person. A car or a deposit held back over a bill is an ordinary billing complaint.
    kind: 'legal_threat',
    match: words(
      '(?:held|holding|hold|holds|kept|keeping|keep) (?:our|my|his|her|their) (?:\\w+ ){0,2}(?:kids|children|child|sons?|daughters?|bab(?:y|ies)|dogs?|cats?|pets?|pupp(?:y|ies)|kittens?) (?:\\w+ ){0,2}(?:for ransom|hostage)',
    ),
  },
  {
    // A patient, or a pet in a vet's care, who died after being treated or sent home: a clinical matter the practice
    // looks into privately, whatever else the review says about bills or manners.
    kind: 'patient_safety',
    match: DIED,
    needsNearby: AFTER_CARE,
    unless: words('old age|natural causes|years ago'),
    notIn: ['retail', 'food_hospitality', 'trades_repairs', 'software'],
  },
  {
    // A pet's vaccinations or medication left to lapse by its vet: an animal-health matter for the practice.
    kind: 'patient_safety',
    match: words(
      '(?:rabies|vaccin\\w*|shots?|boosters?)(?: \\w+){0,4} (?:\\d+ |one |two |three |four |five |six |several )?(?:months? |weeks? )?overdue|(?:scripts|prescriptions?|medications?|medicines?|meds) (?:are |were |was |is )?(?:not|never) (?:re-?filled|renewed)|vaccination schedules? (?:are |were |is |was )?not (?:maintained|kept)',
    ),
    notIn: ['retail', 'food_hospitality', 'trades_repairs', 'software'],
  },
  {
    // Hair cut off or out against the client's wishes: a damages matter the salon owner handles in person.
    kind: 'injury',
    match: words(
      '(?:cut|chopped|shaved|ripped|pulled) (?:out |off )?(?:chunks?|clumps?|handfuls?|so much|most|half) (?:of )?(?:my |her |his )?hair|(?:chunks?|clumps?|handfuls?) of (?:my |her |his )?hair (?:came|fell|were|was) (?:out|off)|how much hair (?:\\w+ ){0,4}(?:cut|pulled|ripped) (?:out|off)',
    ),
    notIn: ['retail', 'food_hospitality', 'software'],
  },
  {
    // A pet's care that ended in a vet's bill ("now I'm paying a $400 vet bill"): a groomer's, kennel's or sitter's
    // review, never a clinic's own bill, whose reviews name no grooming or boarding.
    kind: 'injury',
    match: words('(?:vet|veterinary|emergency vet|animal hospital) (?:bills?|visits? (?:cost|costing))'),
    unless: words('(?:than|like|as much as|cheaper than) (?:a |an |my |the |our |any )?(?:vet|veterinary)'),
    // The bill told as the outcome of the care, not the yearly shots mentioned beside a sitter's visit.
    needsAround: words(
      'because|after|due to|caused|ended up|now|left (?:with|us|me)|injur\\w*|hurt|cut|broken|broke|sores?|bleeding|infection|infected|limping|wounds?|burn\\w*',
    ),
    needsInReview: PET_CARE,
  },
  {
    // A pet's nail, paw, leg or tooth broken or torn in the business's care.
    kind: 'injury',
    match: words(
      "(?:nails?|claws?|paws?|legs?|tooth|teeth|tail) (?:was |were |got |had been )?(?:broken|ripped off|torn off|torn out|quicked)|(?:broke|ripped off|tore off|cut into the quick of) (?:her|his|their|my (?:dog|cat|pet)'s|one of (?:her|his|their)) (?:nails?|claws?|paws?|legs?|tooth|teeth|tail)",
    ),
    needsAround: words('dog|dogs|cat|cats|pet|puppy|kitten|groom\\w*|boarding|kennel|daycare|vet|paw|paws'),
    needsInReview: PET_CARE,
  },
  {
    // A pet hurt in the business's care.
    kind: 'injury',
    match: words(
      "(?:dog|cat|pet|puppy|kitten)(?:'s)? (?:\\w+ )?(?:was |got |came (?:home|back) )?(?:injured|hurt|cut|burned|burnt|bleeding|limping|wounded)|(?:rushed|take|took|taking) (?:him|her|them|my (?:dog|cat|pet)) to the (?:vet|emergency vet|animal hospital)|(?:had been|was|got|been) nicked|nicked (?:him|her|them|my (?:dog|cat|pet))|found (?:a |an |two |several )?(?:\\w+ )?(?:cut|cuts|wound|wounds|gash|nick|nicks) (?:on|behind|under|near|in) (?:his|her|their|one of)",
    ),
    // A pet that hurt itself and was brought in for it ("our dog injured herself and I wanted the wound looked at"):
    // the injury is why the owner came, not harm done in the business's care.
    unless: words('(?:injured|hurt|cut) (?:herself|himself|itself|themselves)'),
  },
  {
    // Crime against a guest on the premises: offered stolen goods or drugs at the table, belongings snatched, a weapon
    // drawn. A safety matter for the owner, however lightly told.
    kind: 'security',
    match: words(CRIME_AT_VENUE),
    notIn: ['software'],
  },
  {
    // Crime at the premises: break-ins, theft from rooms or cars, vandalism, violence.
    kind: 'security',
    match: words(
      'broke(?:n)? into|break-?ins?|break ins|burglar(?:y|ies|ized|ised|s)?|vandali[sz]\\w*|murder(?:ed|s)?|(?:was|were|got|been) (?:mugged|stabbed|shot)|(?:stolen|stole \\w+) from (?:our|my|the) (?:room|car|cars|unit|apartment|locker|vehicle)',
    ),
    unless: words(
      'burglar alarm|murder mystery|broke into (?:tears|a (?:smile|sweat|run))|broken into (?:pieces|two)|break-?in["”]? (?:period|time)|(?:after|before|during|with|without|hours of|needs? (?:a )?|requires? (?:a )?|the) break-?in|(?:break|breaking) (?:them|it|these|the \\w+) in',
    ),
  },
  {
    // A home or a room anyone can get into: keys that open other people's doors, squatters, strangers sleeping in the
    // halls, a broken entrance lock that lets the street in, a room entered while the guest was out. Told this way it
    // is a tenant's or a guest's safety, in any trade that houses people, a property manager's included.
    kind: 'security',
    match: words(
      `squatters?|(?:my|our|the|everyone's|every|all the|one|a|any) (?:\\w+ )?(?:keys?|key ?cards?|keycards?|fobs?)(?: \\w+(?:'\\w+)?){0,4}? (?:worked|works|work|opened|opens|open|fit|fits|unlocked|unlocks|unlock) (?:on )?(?:(?:every|everyone's|all|any|other|each other's|someone else's|another|(?:my|our|the|a) neighbou?rs?'s?|(?:my|our|the|a) (?:neighbou?ring|next-door|next door)|other people's)(?: \\w+(?:'\\w+)?)? (?:doors?|rooms?|units?|apartments?|flats?|suites?|lockers?|mailbox(?:es)?)|(?:the|a) (?:room|unit|apartment|flat|suite|door)s? next door|the next (?:room|unit|apartment|door))|(?:strangers|homeless (?:people|men|man|woman|women|person)|vagrants|drug (?:users|addicts)|addicts|people we did(?:n't| not) know|(?:a|some) (?:strange|random) (?:man|men|woman|guy|people)) (?:were |was |are |is |kept |keep )?(?:sleeping|living|camping|staying|squatting|hanging out|shooting up|doing drugs|using drugs|passed out) (?:in|on|under|at) (?:the|our|my) (?:stairwells?|stairs|staircases?|hallways?|halls?|lobby|basement|laundry(?: room)?|garage|corridors?|elevators?|lifts?|entryway|entrance|foyer|vestibule|roof|courtyard|building)|(?:our|my) (?:room|unit|apartment|flat|suite|cabin|house|home) (?:was|had been|has been|got) (?:entered|gone through|searched|rifled through|opened) (?:while|when) (?:we|i) (?:were|was) (?:out|away|gone|at|asleep|sleeping|not there)|(?:someone|somebody|a stranger|strangers|a man|a woman) (?:had )?(?:been|was|were|came|went|got|let (?:himself|herself|themselves)) (?:in|into|inside) (?:our|my) (?:room|unit|apartment|flat|suite|house|home) (?:while|when) (?:we|i) (?:were|was) (?:out|away|gone|at|asleep|sleeping|not there)`,
    ),
    unless: words(
      'housekeeping|maid|turndown|to clean|cleaning (?:crew|staff|lady)|master key|(?:which|that|just) (?:is |was )?what (?:i|we) (?:wanted|asked for|needed)',
    ),
    notIn: ['software'],
  },
  {
    // Anyone walking in off the street: a security failure where the entrance door, gate or lock is told as broken or
    // left open, not where a shop or a restaurant simply welcomes walk-ins.
    kind: 'security',
    match: words(
      '(?:any ?one|anybody|strangers|random people|people off the street) (?:can |could |just |simply |would |will |is able to |are able to )*(?:walks?|walked|walking|comes?|came|coming|wanders?|wandered|gets?|got|getting|let themselves) (?:in|into the building)(?! for| to (?:eat|shop|buy|order|browse))',
    ),
    needsAround: words(
      "(?:doors?|locks?|gates?|entrances?|buzzers?|intercoms?|deadbolts?)(?: \\w+){0,4} (?:(?:has|have|had) been |is |are |was |were |stays? |left |kept )?(?:broken|busted|propped|(?:left|wide|kept) open|unlocked|missing|not working|never fixed|(?:do|does|did|would|will|could|can)(?:n't| not) (?:lock|close|shut|latch|work))|(?:broken|no|missing|busted) (?:front |entrance |building |main |security )?(?:locks?|doors?|gates?|buzzers?|intercoms?|deadbolts?)|no security(?! deposit)|(?:no|without (?:a|any)) (?:key ?cards?|keycards?|keys?|fobs?|codes?) (?:access|needed|required|to get in)",
    ),
    notIn: ['software'],
  },
  {
    // Belongings stolen from a locker, a locker room or a changing room, or theft there told as common: the club's or
    // the shop's security to answer for. Buying or forgetting a lock is not this.
    kind: 'security',
    match: words(
      `(?:${THEFT})\\b[^.!?]{0,40}?\\b(?:${CHANGING_PLACE})|(?:${CHANGING_PLACE})\\b[^.!?]{0,40}?\\b(?:${THEFT})`,
    ),
  },
  {
    // A car broken into or stolen counts only where it was left with the business, not a theft elsewhere told in passing.
    kind: 'security',
    match: words('(?:car|truck|van|vehicle|bike) (?:was|got|had been) (?:broken into|stolen|vandali[sz]ed)'),
    needsNearby: words(
      'parking|car park|(?:the|your|their) (?:lot|garage|premises|valet)|overnight|while (?:we|i) (?:stayed|slept|were (?:inside|staying|eating))|(?:at|outside) (?:the|this|your) (?:hotel|motel|restaurant|shop|store|garage)',
    ),
  },
  {
    // "Robbed" is often a figure of speech for a high price; it counts only with a theft or a thief nearby.
    kind: 'security',
    match: words('(?:was|were|got|been) robbed'),
    needsNearby: words(
      'police|stole|stolen|thief|thieves|gun|gunpoint|knife|wallet|purse|handbag|phone|car park|parking (?:lot|garage)|in (?:our|my|the) room',
    ),
  },
  {
    // Food sold or served past its date, spoiled or mouldy. Stock 'slightly past' its date, told as a tip to check, is
    // a shopping note, not this.
    kind: 'food_safety',
    match: words(
      '(?:sold|selling|sells|served|serving|gave|shelves?|shelf|stock|stocked|display|bought|purchased) [^.!?]{0,40}(?:expired|out of date|out-of-date|past (?:its|their|the) (?:date|sell[- ]by|use[- ]by|expiration|expiry))|(?:expired|out-of-date|out of date|spoiled|spoilt|rotten|rotting|mou?ldy|rancid|maggot\\w*) (?:food|milk|meat|fish|chicken|bread|cheese|eggs|yogh?urt|produce|fruit|vegetables|groceries|items|products|goods|stock|seafood|salad|sandwich\\w*)|(?:sell[- ]by|use[- ]by|expiration|expiry|best[- ]before) dates? (?:of|from|was|were|in|back in) [^.!?]{0,20}(?:19|20)\\d\\d|(?:food|milk|meat|fish|chicken|bread|cheese|eggs|yogh?urt|produce|fruit|seafood|items|products) (?:was|were|is|are|had|has) (?:\\w+ )?(?:expired|out of date|past (?:its|their|the) (?:date|sell[- ]by|expiration)|mou?ldy|rotten|spoiled|spoilt|rancid|maggot\\w*)',
    ),
    unless: words(
      'expired (?:coupons?|warrant\\w*|cards?|licen[cs]es?|registration|passports?|membership|promotions?|promo|offers?|deals?|vouchers?|gift cards?|certificates?|links?|codes?|subscriptions?|insurance|tags?)|rotten (?:service|attitude|experience|luck|customer service|day)|(?:slightly|a little|a bit|barely|just) past|on the verge of',
    ),
  },
  {
    // Poultry, pork or shellfish served raw or undercooked: a food-safety matter for the kitchen, whether or not
    // anyone fell ill. Fish and oysters served raw are often meant so, a burger cooked pink is often asked for, and raw
    // chicken handled in the kitchen is only how cooking starts: none of them is this.
    kind: 'food_safety',
    match: words(
      '(?:chicken|pork|shrimp|prawns?|turkey|sausages?|scallops|mussels) (?:(?:was|were|is|are|came out|arrived|came) )?(?:still |completely |totally |partly |partially |half )?(?:raw|uncooked|undercooked|under-cooked|pink (?:inside|in the middle)|bloody|not (?:fully |properly |even )?cooked)',
    ),
    notIn: ['retail', 'trades_repairs', 'software', 'professional', 'health'],
  },
  {
    // A medicine, a vaccine or a tooth given, dispensed or pulled in error, or a needle used again or unclean: a
    // patient-safety matter for the practice or the pharmacy, however calmly told. Drinks ("the wrong shots") are not.
    kind: 'patient_safety',
    match: words(
      `(?:gave|given|giving|give|prescribed|dispensed|filled|injected|administered|pulled|extracted|removed|drilled|got|received) (?:(?:${PERSON}) )?(?:the |a |an )?wrong (?:${GIVEN_IN_ERROR})|wrong (?:${GIVEN_IN_ERROR}) (?:was |were |had been |got )?(?:given|prescribed|dispensed|filled|injected|administered|pulled|extracted)|(?:filled|dispensed|mixed up) (?:my|our|his|her|their|the) (?:prescriptions?|medications?|meds) (?:wrong|wrongly|incorrectly)|(?:dirty|used|reused|re-used|unsterile|unsteril[iy][sz]ed|non-sterile|contaminated) needles?|(?:reused|re-used|reusing|re-using|reuse) (?:the same |a |an old |old )?needles?`,
    ),
    notIn: ['food_hospitality', 'trades_repairs', 'software', 'professional'],
  },
  {
    // A clinician who dismissed severe symptoms: a patient-safety matter for a practice to look into privately.
    kind: 'patient_safety',
    match: words(
      "dismiss(?:ed|ive|ing)|turn(?:ed|s)? (?:me|us|someone|him|her|my \\w+) away|(?:refused|declined|would not|wouldn't) (?:to )?(?:see|treat) (?:me|us|him|her|my \\w+)|brushed (?:me|it|us|her|him|my \\w+) off|brushed off|(?:didn't|did not|wouldn't|would not|refused to|never) (?:even )?(?:take (?:me|it|my \\w+|us) seriously|listen|examine|check|test|look at)|sent (?:me|us|her|him|my \\w+) home|misdiagnos\\w*|told (?:me|us|her|him) (?:it was|nothing was) (?:nothing|fine|wrong)|cancel(?:l)?ed (?:on )?(?:me|us|her|him|my (?:appointment|extraction|surgery|procedure|root canal))|(?:ran )?out of (?:antibiotics|pain (?:meds|medication|killers))",
    ),
    needsNearby: words(
      "severe|excruciating|unbearable|chest pains?|bleeding|(?:couldn't|could not|can't|cannot) breathe|high fever|fever|infection|emergency|the er|hospital|ambulance|urgent care|turned out|diagnosed|(?:in|with) (?:so much |a lot of |terrible |extreme )?pain|symptoms|seizures?|faint\\w*|passed out",
    ),
    notIn: ['retail', 'food_hospitality', 'trades_repairs', 'professional', 'software'],
  },
  {
    // A reviewer who says the work on their brakes, steering or tyres put their safety at risk: a safety matter for the
    // owner to look into, even when the fault was later put right.
    kind: 'equipment_failure_risk',
    match: words(
      "(?:little|no|zero|without any|without) (?:concern|care|regard) (?:for|about) (?:my|our|his|her|their|the customer's|customers'?) (?:own )?safety|disregard for (?:my|our|his|her|their) safety|put (?:my|our|his|her) (?:life|lives|safety|family|kids|children) (?:at risk|in danger)|negligen(?:t|ce)",
    ),
    needsInReview: words(
      'brakes?|braking|rotors?|steering|tires?|tyres?|lug ?nuts?|wheels?|axle|suspension|airbags?|seat ?belts?|gas line|fuel line|wiring|breaker',
    ),
    notIn: ['food_hospitality', 'software', 'health'],
  },
  {
    // A product the reviewer calls unsafe or says could kill: a safety claim the owner answers in person, whether or
    // not it is borne out. Said of a neighbourhood or a price it is not this, so only for goods and jobs.
    kind: 'equipment_failure_risk',
    match: words(
      "(?:is|are|was|were|it's|they're) (?:clearly |very |extremely |downright |really |genuinely |actually )?(?:unsafe|dangerous|a (?:safety|fire) hazard)|(?:could|can|might) (?:prove |be )?(?:fatal|deadly)|(?:could|can|might) (?:have )?(?:kill(?:ed)?|electrocute[ds]?) (?:someone|somebody|a child|my (?:son|daughter|child|kid|baby|wife|husband))",
    ),
    unless: words(
      "(?:not|never|isn't|aren't|wasn't) (?:\\w+ )?(?:unsafe|dangerous)|dangerous(?:ly)? (?:good|addictive|delicious|cheap|easy)|(?:price|prices|area|neighbou?rhood|parking lot|street|road) (?:is|are|was|were) (?:\\w+ )?(?:unsafe|dangerous)",
    ),
    notIn: ['food_hospitality', 'health', 'professional', 'software'],
  },
  {
    // A lift or door that moves or closes on people: a danger whether or not anyone was hurt.
    kind: 'equipment_failure_risk',
    match: words(
      '(?:elevator|lift)s? (?:\\w+ )?(?:moves?|moving|moved|starts? to move|started moving|dropped|drops|fell|falls|shook) (?:\\w+ )?(?:with|while|when|even when|before) (?:the )?doors? (?:is |are |was |were )?(?:still )?open|(?:elevator|lift) (?:dropped|fell|plunged)|(?:door|gate)s? (?:closed|slammed) on (?:my|our|me|us|him|her)',
    ),
  },
  {
    // Mould where guests sleep or wash, food handled carelessly, masks ignored where they were required: health.
    kind: 'hygiene',
    match: words(
      "sewage|(?:washing|washed|rinsing|rinsed|cleaning|cleaned) (?:a |the |his |her )?(?:stool|chair|mop|bucket|shoes?|floor mats?|trash can)s? in (?:the (?:food|prep|kitchen|dish|hand)|(?:a|the) sink (?:near|next to|beside|by|in) (?:where )?(?:the )?(?:food|kitchen|prep))|black (?:mold|mould)|(?:mold|mould) (?:all over|everywhere|on the (?:walls?|ceiling|shower|bathroom|food|bread))|(?:with|using) (?:their |his |her )?bare hands|(?:no|without) gloves (?:on )?(?:while|when|handling)|(?:touched|handled|grabbed|picked up) (?:the |my |our )?(?:food|bread|ice|fruit|sandwich|drink)\\w* with (?:their |his |her )?(?:bare|dirty|ungloved) hands|(?:didn't|did not|weren't|were not|not) (?:wearing|wear) (?:a |any )?masks?|masks? (?:were |was )?(?:not )?(?:required|mandated)[^.!?]{0,60}(?:no one|nobody|staff|employees|they) (?:\\w+ )?(?:wore|wearing|enforc)",
    ),
    notIn: ['retail', 'software', 'trades_repairs'],
  },
  {
    // Bedding a guest finds used by the one before (a condom or its wrapper in the sheets, blood on them, sheets not
    // changed since the last guest): a health matter where people sleep. Hair or a stain alone is housekeeping.
    kind: 'hygiene',
    match: words(
      "used condoms?|condom wrappers?|condoms? (?:in|between|under|on) (?:the )?(?:sheets|bed|covers|pillows?)|blood(?:stains?| stains?| spots?)? (?:on|in) (?:the |our |my )?(?:sheets|pillows?|pillowcases?|bed|bedding|mattress|linens?)|(?:sheets|bedding|linens?|bed|blankets?) (?:had|hadn't|had not|have not|haven't|were not|weren't|was not|wasn't) (?:even )?(?:been )?changed (?:from|since|after) (?:a |the )?(?:prior|previous|last|other) (?:guests?|occupants?|people)|(?:not|never) (?:been )?changed from (?:a |the )?(?:prior|previous|last) guests?",
    ),
    needsAround: words('sheets?|bed(?:s|ding)?|blankets?|pillows?|pillowcases?|covers|linens?|mattress|room'),
    notIn: ['retail', 'software', 'trades_repairs', 'health', 'professional'],
  },
  {
    // Tools not cleaned between clients, or an infection handled bare-handed: a health risk in a salon or clinic.
    kind: 'hygiene',
    match: words(
      "(?:didn't|did not|never|don't|do not|doesn't|does not) (?:even )?(?:sanitize|sanitise|disinfect|sterilize|sterilise|clean|change) (?:the |her |his |their |any )?(?:tools|instruments|implements|clippers|files|equipment|foot ?(?:bath|tub|bowl|spa)s?|basins?|tubs?|bowls?)|(?:improper(?:ly)?|poor(?:ly)?|no|never) (?:cleaning|cleaned|sanitizing|sanitized|disinfecting|disinfected) (?:of )?(?:the )?(?:foot ?(?:bath|tub|bowl|spa)s?|pedicure (?:bowls?|tubs?|stations?|chairs?)|tools|instruments|implements)|(?:rinsed?|rinsing|wiped?|wiping) (?:out )?the (?:dirty |used )?(?:bowl|tub|basin|foot ?bath)|(?:no|any|little|zero) effort (?:into|in|to) (?:sanitiz|sanitis|disinfect|steriliz|sterilis|clean)\\w* (?:\\w+ ){0,2}(?:tools|instruments|implements|clippers|files|equipment|foot ?(?:bath|tub|bowl|spa)s?|basins?|tubs?|bowls?)|(?:tools|instruments|implements|clippers|files|foot ?(?:bath|tub|bowl|spa)s?|basins?|tubs?|bowls?) (?:were not|was not|weren't|wasn't|did not get|didn't get|never got|were never|was never) (?:\\w+ )?(?:washed|cleaned|sanitized|sanitised|disinfected|sterilized|sterilised)|(?:the )?same (?:tools|instruments|implements|clippers|files) (?:that )?(?:she|he|they) (?:had )?used on (?:me|my \\w+|someone else|the (?:last|previous|other) (?:customer|client)s?)",
    ),
    notIn: ['retail', 'software', 'trades_repairs', 'food_hospitality'],
  },
  {
    kind: 'hygiene',
    match: words('fungus|fungal|infection|infected|open sores?|warts?'),
    needsNearby: words(
      'gloves|bare hands|(?:sanitiz|sanitis|disinfect|steriliz|sterilis)\\w*|same (?:tools|files?|clippers|implements)',
    ),
    unless: words(
      '(?:no|not|without) (?:any )?(?:infection|fungus)|(?:to|would|could|might) (?:prevent|avoid) (?:an? )?(?:infection|fungus)',
    ),
    notIn: ['retail', 'software', 'trades_repairs', 'food_hospitality'],
  },
  {
    // A public-health rule broken where people gather: masks left off, distancing or a capacity limit ignored, told
    // with the rule, the outbreak or the risk to others. A reviewer's own mask, a mask worn in praise or tables too
    // close for comfort are not this.
    kind: 'hygiene',
    match: words(`${UNMASKED}|${CROWDED}`),
    unless: words(OWN_OR_ENFORCED_MASK),
    needsAround: HEALTH_RULES,
    notIn: ['software'],
  },
  {
    // Staff working while plainly ill, and food handled with unwashed or ungloved hands: a health matter anywhere
    // customers are served.
    kind: 'hygiene',
    match: words(ILL_AT_WORK),
    notIn: ['software'],
  },
  {
    kind: 'hygiene',
    match: words(UNWASHED_HANDS),
    needsAround: FOOD_HANDLED,
    notIn: ['software'],
  },
  {
    // An owner or staff member shouting and cursing at a customer.
    kind: 'abuse',
    match: words(
      '(?:yelling|yelled|screaming|screamed|shouting|shouted) and (?:cursing|cussing|swearing)|(?:cursing|cussing|swearing) and (?:yelling|screaming|shouting)|(?:cursed|cussed) (?:me|us) out',
    ),
  },
  {
    // Staff who square up to a customer: "she got in my face, waved her hands at me, got very aggressive". Said of a
    // member of staff nearby, not of a dog or a product.
    kind: 'abuse',
    match: words(
      '(?:got|gets|getting|came|stood) (?:right |all )?(?:up )?in (?:my|our|his|her) face|(?:got|became|getting|turned|was|were) (?:very |really |so |extremely |quite |physically )?(?:aggressive|threatening|physical) (?:with|towards?|at) (?:me|us|my \\w+)|(?:she|he|they) (?:got|became|turned) (?:very |really |so |extremely |quite )?(?:aggressive|threatening)',
    ),
    needsAround: words(
      'manager|owner|server|waiter|waitress|staff|employee|cashier|clerk|bartender|host|hostess|receptionist|security|bouncer|guard|chef|technician|stylist|barber|driver|attendant|supervisor|salesman|saleswoman|associate',
    ),
  },
  {
    // Bed bugs, bites or vermin where people sleep or eat: a health matter, handled privately like other incidents.
    kind: 'pests',
    match: words(
      'bed ?bugs?|bed-bugs?|(?:bug|flea|spider|mosquito) bites|bitten (?:by|all over)|covered in bites|(?:woke up|waking up|woken up) (?:with|covered in) (?:\\w+ )?(?:a few |some |several |many |lots of )?bites|bites (?:on|in|all over) (?:my|our|his|her) (?:legs?|arms?|body|back|neck|skin)|(?:mice|mouse|rats?|roach(?:es)?|cockroach(?:es)?|maggots?|centipedes?|earwigs?|silverfish|scorpions?)(?: and (?:\\w+))? (?:in|on|under|running|crawling|everywhere|all over)|(?:saw|found|spotted|seen|caught|catching|killed|killing) (?:(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|many|live|dozens of|\\d+) )?(?:mice|mouse|rats?|roach(?:es)?|cockroach(?:es)?|maggots?|centipedes?|earwigs?|silverfish|scorpions?)|(?:mouse|rat) droppings|there (?:were|was|are) (?:so many |lots of |a lot of |a few |some |many |tons of )?(?:gnats|fruit ?flies|flies|bugs|insects|ants)(?= *(?:[.!;]|$|everywhere|all over|in (?:the|my|our) (?:food|drinks?|kitchen|dining)|on (?:the|my|our) (?:tables?|food|plates?)))|(?:gnats|fruit ?flies|flies|bugs|insects|ants) (?:were )?(?:everywhere|all over (?:the|our|my) (?:food|table|plates?))|(?:bugs|insects|ants|spiders|beetles|fleas|lice) (?:were |was )?crawling (?:all )?(?:over|on|around|in|up)\\b|(?:gnats|fruit ?flies|flies|bugs|insects|ants) (?:in|on) (?:my|our|the) (?:food|drinks?|plates?|salad|soup)|(?:bugs|beetles|insects|critters|ants|spiders|fleas) (?:in|on|under|crawling (?:in|on)) (?:the |my |our |her |his )?(?:bed|beds|sheets|mattress|pillows?|pillowcases?)|dead (?:bugs|insects|roaches|cockroaches|spiders|ants|beetles) (?:\\w+ ){0,2}(?:on|all over|in|under|around) (?:the |my |our )?(?:floor|floors|room|bathroom|bed|carpet|tub|shower|sink|window ?sills?)|(?:hire|get|call|needs?|need to call|should call) (?:an? |in an? )?(?:exterminator|pest control)|(?<!(?:crime|drug|gang)[- ]?)infest\\w*',
    ),
    unless: words(
      'no (?:bed ?bugs|roaches|mice|bugs)|(?:not|never) (?:seen|found|saw) (?:any )?(?:bed ?bugs|roaches|mice)|free of (?:bed ?bugs|bugs|pests)|checked for bed ?bugs',
    ),
    notIn: ['retail', 'software', 'professional'],
  },
  {
    // A lawyer, accountant or adviser called crooked or dishonest by a client: an allegation of misconduct the
    // partner answers in person, since a public reply can prejudice a complaint to the professional body.
    kind: 'legal_threat',
    match: words(
      '(?:is|was|are|were|as|so|very|most|totally|completely|utterly) (?:a )?(?:crooked|dishonest|unethical)|(?:a|are|were|these|those|total|complete|absolute|real) (?:crooks?|shysters?|con (?:artists?|men))|shysters?',
    ),
    unless: words(
      "(?:not|never|isn't|wasn't|aren't|weren't) (?:\\w+ )?(?:a )?(?:crook|crooked|dishonest|unethical|shyster)",
    ),
    notIn: ['retail', 'software', 'food_hospitality', 'health', 'trades_repairs'],
  },
  {
    // Treated differently for who they are, in the reviewer's own account. Another person's accent or English given
    // as the reason for a misunderstanding is the reviewer's remark about staff, not this, and "due to my age" counts
    // only where someone was refused, ignored or spoken to for it.
    kind: 'discrimination',
    match: words(
      '(?:because of|based (?:solely |only |purely )?on|due to) (?:(?:my|our|your) (?:skin(?: colou?r)?|race|colou?r|ethnicity|religion|accent|nationality|sexuality|gender|disability|age|headscarf|hijab|turban)|(?:his|her|their) (?:skin(?: colou?r)?|race|colou?r|ethnicity|religion|sexuality|headscarf|hijab|turban))',
    ),
    needsNearby: words(TREATED),
  },
  {
    // Treated differently for who they are: singled out for nothing but their skin colour, others served first,
    // remarks on a customer's skin colour. A foundation matched to someone's skin colour is not this.
    kind: 'discrimination',
    match: words(
      "for no (?:other )?reason (?:other )?than (?:my|our|your|his|her|their) (?:skin(?: colou?r)?|race|colou?r|ethnicity|religion|accent|nationality|sexuality|gender|disability|age|headscarf|hijab|turban)|(?:remarks?|comments?|jokes?) about (?:my|our|his|her|their) skin colou?r|(?:white|caucasian|black|asian|hispanic|latino) (?:customers|guests|patrons|people|clients) (?:yet|but|while|and not|got (?:served|seated|helped|greeted|waited on|their|a|the|in)|were (?:served|seated|helped|greeted|waited on|given|allowed|let|getting))|(?:unlawful|illegal) (?:business )?(?:practices?|discrimination|treatment)|(?:where|until) (?:i am|i'm|we are|we're|i will be|we will be|i'll be|we'll be) treated equally|(?:a|the) (?:white|black|asian|hispanic|latino|latina) (?:customer|lady|woman|man|guy|couple|family|person|girl)\\b[^.!?]{0,60}\\b(?:greet\\w*|help\\w*|serv(?:e|ed|ing)|ask(?:ed)? (?:her|him|them) if)",
    ),
  },
  {
    // Staff insulting a customer in words too foul to repeat, or swearing at them.
    kind: 'abuse',
    match: words(
      "(?:called|call|calling) (?:me|us|my \\w+|her|him) (?:something|names|a name|things|words)(?: that)? (?:i|we) (?:can't|cannot|can not|won't|will not|couldn't) (?:even )?(?:print|repeat|say|write|type)|(?:called|calling) (?:me|us|my \\w+) names|(?:swore|swearing|cursed|cursing|screamed obscenities|yelled obscenities|used profanity) at (?:me|us|my \\w+|her|him|customers)|(?:called|calling) (?:me|us|my \\w+) (?:a |an )?(?:slur|racial slur|the n[- ]word)",
    ),
  },
  {
    // A creepy or inappropriate clinician or staff member.
    kind: 'harassment',
    match: words(
      'creepy (?:old |male |female |young )?(?:doctor|dentist|guy|man|manager|owner|staff|employee|worker|tech|technician|clerk|server|waiter|bartender|driver|stylist|receptionist|nurse|therapist|masseuse|masseur|physician|dr)|(?:doctor|dentist|physician|dr\\.? \\w+|manager|owner|employee|worker|technician|tech|guy|man|therapist|masseuse|masseur|driver|stylist|nurse|he) (?:was|is|seemed|seems|acted|felt) (?:\\w+ )?(?:creepy|a creep|a pervert|inappropriate|sleazy)|pervert\\w*|leer(?:ed|ing)|star(?:ing|ed) at (?:my (?:chest|body|breasts)|me the whole)',
    ),
  },
  {
    // A customer's privacy given away: private details shared, posted or called out, patients talked over within
    // earshot, or a privacy law named as broken. Respected privacy and a business that would not share are not this.
    kind: 'privacy',
    match: words(`${GIVEN_AWAY}|${PRIVACY_LAW}`),
    unless: words(
      '(?:no|not a|never a|without any) (?:hipaa |privacy )?(?:violation|breach)|(?:respect\\w*|protect\\w*) (?:my|our|your|patient|their) privacy',
    ),
  },
  {
    kind: 'privacy',
    match: words(PATIENTS_OVERHEARD),
    needsNearby: words(
      'hear|heard|overhear\\w*|earshot|waiting room|lobby|front desk|in front of|out loud|loud(?:ly)?|names?',
    ),
  },
];

export type FoundIncident = { kind: IncidentKind; evidence: Evidence };

/** Incidents the review describes, each with the sentence part that shows it. A kind is reported once. */
export function findIncidents(
  text: string,
  sentences: readonly Sentence[],
  sectorGroup: SectorGroup,
): FoundIncident[] {
  const found = new Map<IncidentKind, FoundIncident>();
  for (const rule of rules) {
    if (found.has(rule.kind) || rule.notIn?.includes(sectorGroup)) continue;
    if (rule.needsInReview && !rule.needsInReview.test(text)) continue;
    for (const [i, sentence] of sentences.entries()) {
      const m = rule.match.exec(sentence.text);
      if (!m) continue;
      if (rule.unless?.test(sentence.text)) continue;
      // Sentence i with `before` sentences ahead of it and two after.
      const window = (before: number): string =>
        sentences
          .slice(Math.max(0, i - before), i + 3)
          .map((s) => s.text)
          .join(' ');
      if (rule.needsNearby && !rule.needsNearby.test(window(1))) continue;
      if (rule.needsAround && !rule.needsAround.test(window(2))) continue;
      if (rule.unlessNearby?.test(window(1))) continue;
      const start = sentence.start + m.index;
      found.set(rule.kind, { kind: rule.kind, evidence: { text: m[0], start, end: start + m[0].length } });
      break;
    }
  }
  return [...found.values()];
}
