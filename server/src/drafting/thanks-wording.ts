/**
 * Wording of thank-you notes to happy reviewers, first person of the contact who signs ("I"; `say` turns it to "we"
 * for a team). Placeholders: {p} what they praised as noun phrases ("the fish tacos and the view"), {h} how they
 * described it ("how clean the room was"), {P}/{H} the same with a capital, {person}, {s} who hears of it ("the
 * kitchen", "our bartender"), {c} a quibble as a clause, {n} a quibble as a noun phrase, {thing} ("your stay"),
 * {item} ("the headphones"). Rules: only the opening says "thank you" (a quibble line may say "thank you too"),
 * nothing claims praise the reviewer did not give, nothing offers anything, and a business's page of twenty replies
 * shares no sentence: every pool is large, and a line recently used by the business is passed over.
 */

// Opening thanks that name what was praised, as noun phrases.
export const praisedOpen = [
  'Thank you for the kind words about {p}.',
  'Thank you for singling out {p}.',
  'Thank you for taking the time to write about {p}.',
  'Many thanks for the shout-out to {p}.',
  'Thank you for speaking so well of {p}.',
  'Thank you for what you wrote about {p}.',
  'Thank you for the warm review, and for picking out {p}.',
  'Thank you for sharing your thoughts on {p}.',
  'Thank you for such a kind review, and for the nod to {p}.',
  'Thank you for the good word about {p}.',
  'Thank you for the generous words on {p}.',
  'Thank you for writing this, and especially for the words on {p}.',
  'Thank you for praising {p}; it means a lot.',
  'Thank you for highlighting {p}.',
  'Thank you for a generous review, and for mentioning {p}.',
  'Thank you for the mention of {p}.',
  'Thank you for telling people about {p}.',
  'Thank you for the review, and for the kind mention of {p}.',
  'Thank you for the lovely things you said about {p}.',
  'Thank you for taking a moment to praise {p}.',
  'Thank you for the warm words on {p}.',
  'Seeing {p} praised like this is a joy; thank you.',
  'I loved reading what you said about {p}; thank you.',
  'Your words on {p} are much appreciated.',
  'Many thanks for putting in a good word for {p}.',
  'What a lovely thing to say about {p}, thank you.',
  'Thanks for the kind mention of {p}.',
  'It was great to read your thoughts on {p}; thank you.',
  'It means a lot that {p} stood out for you; thank you.',
  'Thank you for rating {p} so highly.',
  'Your praise for {p} is much appreciated.',
  'Thank you for the good word about {p}.',
  'Thank you for putting {p} in the spotlight.',
  'Thank you for the thumbs-up for {p}.',
];

// Opening thanks that tell back how the reviewer described something: {h} is "how clean the room was".
export const describedOpen = [
  'Thank you for telling everyone {h}.',
  'Thank you for saying {h}.',
  'Thank you for letting others know {h}.',
  'Thank you for writing about {h}.',
  'Thank you for the review, and for noticing {h}.',
  'Thank you for taking the time to say {h}.',
  'Thank you for sharing {h}.',
  'Thank you for the kind review and for mentioning {h}.',
  'Many thanks for describing {h}.',
  'Thank you for putting into words {h}.',
  'Thank you for the review; it is a joy to read {h}.',
];

// The described thing told back on its own, with no thanks in it.
export const describedGlad = [
  'I am so glad to hear {h}.',
  'It is lovely to read {h}.',
  'It is a joy to hear {h}.',
  'I was delighted to read {h}.',
  'It is good to know {h}.',
  'I am pleased you noticed {h}.',
  'It is great to hear {h}.',
  'It is so nice to read {h}.',
  'It warms my heart to hear {h}.',
  'I enjoyed reading {h}.',
];

// A short thanks after a first sentence that already named the praise.
export const plainThanks = [
  'Thank you for taking the time to write.',
  'Sharing it with everyone was kind of you; thank you.',
  'Thank you for the review.',
  'Thank you for putting it in writing for others.',
  'Thank you for such kind words.',
  'It was kind of you to take a moment to say so; thank you.',
  'Thank you for putting it so well.',
  'Thank you for the stars and the write-up.',
  'Saying so publicly is a generous thing to do; thank you.',
  'I am glad you put this online for others to see.',
  'Thank you for adding your voice to the reviews.',
  'Thank you for letting us know.',
  'I am grateful you found the time to write.',
  'It was good of you to write, thank you.',
];

// Thanks folded into the end of a glad sentence, so not every note has a sentence of its own thanking for writing.
export const foldedThanks = [
  ', and thank you for saying so.',
  ', and thank you for taking the time to write.',
  '; thank you for putting it into words.',
  ', and many thanks for the review.',
];

// Opening thanks when nothing can be named safely.
export const genericOpen = [
  'Thank you for the wonderful review!',
  'Thank you so much for taking the time to write this.',
  'What a lovely review to read, thank you.',
  'Thank you for the lovely review.',
  'Thank you for sharing this, it is much appreciated.',
  'Thank you for writing this review.',
  'Many thanks for the kind review.',
  'Thank you for such a kind write-up!',
  'Telling others about us is the best help a shop could ask for; thank you.',
  'Thanks for sharing how it went.',
  'Thank you so much for this.',
  'Thank you, this was lovely to read.',
  'Thank you for taking the time to review us.',
  'Your review brightened the day here; thank you.',
  'Thank you for writing this up.',
  'Many thanks for writing this up.',
  'Thank you for posting this.',
  'Thank you for this review.',
  'Thanks a million for the review.',
  'Thank you for the lovely review.',
];

// The kind of experience, at the level the reviewer wrote about, when no single thing can be named safely. None says
// it "lived up to" what they hoped: a guest who expected little, or whose pasta was not as good as expected, did not
// have their hopes met, and the line would contradict them.
export const gladThing = [
  'It is lovely to hear {thing} went so well.',
  'It is a real pleasure to read about {thing}.',
  'I am so glad {thing} pleased you.',
  'I am really glad {thing} turned out so nicely.',
  'It is great to hear {thing} went well.',
  'I am glad {thing} left you happy.',
  'I am so pleased {thing} gave you plenty to enjoy.',
  'I am delighted {thing} was a happy one.',
  'Hearing {thing} went without a hitch is a real pleasure.',
  'I am pleased {thing} left such a good impression.',
  'It means a great deal that {thing} went the way it should.',
];

// Glad of a regular's pleasure, for a review that tells of visit after visit ("every week", "a member for years",
// "never disappoints"): none makes one visit the success, since to a regular it was one day among many.
export const gladRegular = [
  'It is good to know we keep getting it right for you.',
  'Keeping a regular happy is the best measure we have.',
  'Hearing we still please you, visit after visit, means a great deal.',
  'Keeping things right for the people who know us best matters most to us.',
  'Knowing we are still getting it right for you is the best news.',
  'Coming back as often as you do is the nicest compliment we get.',
];

// Glad of the reviewer's pleasure when the review tells of no visit of their own to be glad of: a present they were
// given, an order sent to them, someone else's appointment, or a membership of long standing.
export const gladNoVisit = [
  'It is a joy to read how pleased you were.',
  'Knowing we made you this happy means a great deal to us.',
  'I am delighted we won you over.',
  'Words as warm as yours are the best thing we could hope to read.',
];

// The experience as a whole beside a point the reviewer raised: glad of what went well, claiming no more, since "so
// pleased your stay lived up to what you hoped" above a note on the cleaning reads as not having read the review.
export const gladMostly = [
  'I am glad so much of {thing} went well.',
  'It is good to hear the best of {thing} stood out.',
  'I am pleased most of {thing} was to your liking.',
  'Good to know the main things about {thing} were right for you.',
];

// For a trade's job: {thing} is "the work".
export const gladWork = [
  'It is great to hear the work turned out so well.',
  'I am so glad the job came out the way you wanted.',
  'It is a real pleasure to hear the finished job pleased you.',
  'I am delighted the work did what you needed.',
  'Good to know the work was what you were after.',
  'It is always satisfying to hear a job went to plan.',
  'I am pleased the work came out well for you.',
  'Hearing the finished job suits you is the best part of the work.',
  'Nothing beats a job that leaves the customer happy.',
  'That the job went smoothly for you is lovely to hear.',
  'We always hope a job ends like this one did.',
  'It is good to know the work was just what you needed.',
];

// The product as a whole: {subj} is what the sentence is about ("the Koss headphones", "they"), {item} the same as an
// object ("them"); each line opens its own way, so a shop's page of thank-yous does not run "It is good to know…"
// twenty times.
export const gladProduct = [
  'It is great to hear {subj} {are} doing such a good job for you.',
  'Good to know {subj} {are} working so well for you.',
  'I am pleased you are getting so much out of {item}.',
  'Knowing {subj} suit{s} you so well is great news.',
  'Sounds like {subj} {are} a great fit for you.',
  'I am glad {subj} turned out to be the right choice.',
  'Everyone here likes to hear {subj} {are} earning {its} keep.',
  'Picking {item} was clearly a smart move.',
  'You clearly picked well with {item}.',
  'It sounds like {subj} {are} a keeper.',
  'Clearly {subj} {are} a good match for what you needed.',
  'Hearing good things about {item} is a real pleasure.',
  'It is good news that {subj} {are} pulling {its} weight.',
  '{subj} {are} clearly just the ticket for you.',
  'It is nice to hear {subj} {are} making life easier for you.',
  '{subj} sound{s} like a fine addition to your kit.',
];

// True of any happy reviewer, so safe where naming the relationship would disclose it.
// How a review pleases us rather than anything about the reviewer: a feel-good line (see `feelGood`).
const gladFeelGood = [
  'Reading this has made our day.',
  'Good news like this never gets old.',
  'Your words have given the whole team a lift.',
];
export const gladGeneral = [
  'It is a real delight that you were pleased.',
  'I am so glad it went well.',
  'How wonderful that things went so smoothly.',
  'It is lovely to hear it all came together for you.',
  // Openings other than "I am…" and "It is…", so a practice's page, where these are most of the pool, varies.
  'Glad to hear everything went to plan.',
  'Everything going smoothly is just what we hope for.',
  'Good to know it all went the way it should.',
  'Smooth from start to finish is exactly how it should be.',
  // Glad the reviewer liked it, never that "everything was just right": a "pretty good" visit was not.
  'That you liked it so much is wonderful to hear.',
  'Hearing it all went to plan makes my day.',
  // Glad only that the reviewer was pleased, which any happy review tells: for a note whose review says nothing of
  // how smoothly it went.
  'Knowing you came away happy means a great deal to all of us.',
  'It is good to hear you left pleased.',
  'Hearing you were happy with us is lovely news for the whole team.',
  'It is a real pleasure to know you came away pleased with us.',
  'Knowing we got it right for you makes the work worthwhile.',
  'I am so glad you were pleased with us.',
  'Good to know you left with a smile.',
  'That is just what we like to hear.',
  'It is a pleasure to know you were well looked after.',
];

/**
 * Lines about the whole that claim more than that the reviewer was pleased: that it all went smoothly or to plan, or
 * that a product has served them over time. Such a line is said only where the review itself tells of it ("no
 * hassle", "so easy", "still going after a year"); otherwise it puts words in the reviewer's mouth.
 */
export const CLAIMS_SMOOTH = /\bsmooth|\bwithout a hitch\b|\bto plan\b|\bwent the way\b|\bcame together\b/i;
/** A line that says the product makes life easier: said only where the review praises its ease or convenience. */
export const CLAIMS_EASE = /\bmaking life easier\b/i;
export const CLAIMS_USE = /\bserving you well\b|\bearning \{its\} keep\b|\bpulling \{its\} weight\b/i;

/**
 * Families of near-same wording that a reader of a page hears as one line however the words around them change
 * ("mention the prices", "comment on the prices"; "tell others", "letting others know"): a line of a family one of
 * the business's latest notes used is passed over while another fits.
 */
export const stockFamilies: readonly RegExp[] = [
  /\bmention(?:s|ed|ing)?\b|\bcomment(?:s|ed)? on\b|\bshout-out\b|\bnod to\b|\bthumbs-up\b|\bspotlight\b|\bgood word\b/i,
  /\byour (?:kind )?(?:words|praise) (?:about|on|for)\b|\bmuch appreciated\b/i,
  /\bA (?:note|review|message) like (?:this|yours)\b|\b(?:notes|reviews|messages) like (?:this|yours)\b/i,
  /\bwill (?:both )?be (?:beaming|so pleased|thrilled|delighted|chuffed|proud)\b/i,
  /\b(?:tell(?:ing)?|told) (?:others|everyone|people)\b|\blett?(?:ing)? (?:others|everyone) know\b|\bspreading the word\b|\bwith everyone\b|\bfor others to\b|\bsaying so publicly\b/i,
  /\bfrank\b|\bcandid|\bhonest (?:comment|word|feedback)\b|\bhonest about\b|\bstraight with\b/i,
  /\bstars\b|\bwrite-up\b/i,
  /\bsay hello\b/i,
  /\benjoy\b/i,
  /\byour (?:note|point)\b|\bfair (?:point|one)\b|\buseful one\b/i,
  /\bhow kind of you\b/i,
  /\bthe kind review\b|\bkind review\b/i,
  /\bmore than any advert\b|\bvouch for\b|\bword of mouth\b|\btelling a friend\b|\bsending friends\b/i,
  /\bmade (?:our|my) day\b|\blift\b|\bbrightens\b|\bheartening\b|\bsmile\b|\bnever gets old\b/i,
  /\bnote to find\b|\breview to come across\b|\ba treat to read\b|\bnice thing to find\b/i,
  /\bpop in\b|\bdrop (?:by|in)\b|\bstop by\b/i,
  /\bwhenever you (?:like|are|need)\b/i,
  /\bhow (?:it|[\w ]{1,30}) went\b/i,
  // "You clearly chose well", "you picked well": one compliment on the choice, however it is worded.
  /\bpicked well\b|\bchose well\b|\bsmart move\b/i,
  /\bwhat you (?:said|wrote) (?:about|on)\b/i,
  /\bgenerous\b/i,
  // A sentence that ends on a thanks tacked on after a semicolon or a comma ("It was kind of you to say so; thank you").
  /[;,] thank you\.(?=\s|$)/,
  // The reviewer's recommendation taken as a compliment, however it is worded.
  /\brecommend(?:ation|ing|ed)?\b|\bsuggest (?:\{item\}|it|them) to others\b|\bvote of confidence\b|\bvote for it\b/i,
  // An exclamation that opens a sentence: "What a welcome review.", "What a pleasure this was to read."
  /(?:^|[.!?]\s+)What an?\b/,
];

/**
 * Praise frames a reader hears as one shape whatever fills them, in neighbouring notes only: "Knowing you came away
 * happy…" beside "Knowing we got it right…", "Hearing your visit went…" beside "Hearing good things…", "It was kind of
 * you to…" beside "It was good of you to…". Each is common enough that a page needs it again before long.
 */
export const shapeFamilies: readonly RegExp[] = [
  /(?:^|[.!?;]\s+)Knowing\b/,
  /(?:^|[.!?;]\s+)Hearing\b/,
  /\b(?:kind|good) of you\b/i,
];

/**
 * Short lines that open a note on a general exclamation rather than on the reviewer's words ("What a lovely note…",
 * "How kind of you…", "Reading this has made our day"): two of them stacked in one note read as a form.
 */
export const STOCK_OPENER =
  /^(?:What (?:a|heartening)\b|How (?:kind|wonderful)\b|Reading this\b|A review like this\b|It is always a treat\b|Good news like this\b|Your words have given\b|Well, this was\b|I read this one with real interest\b|Now here is\b|This made for\b|I was glad to read this\b|Some reviews are\b|An honest account like this\b|Such a fair-minded review\b)/;

// The product as a whole beside a point the reviewer raised: glad of the whole, never waving the point away. The line
// comes before the point is answered, so it never opens on a concession ("Even so, …") with nothing before it. None
// says it was worth the money or a good buy: the point raised is often the price itself.
export const gladProductOverall = [
  'It is good to hear {subj} {are} doing well for you on the whole.',
  'All told, {subj} seem{s} to suit you, and I am glad.',
  'Good to hear the strong points win out for you.',
  'I am glad {subj} {are} doing the main job well for you.',
  'It is good to know {subj} {are} serving you well.',
  'The good points clearly carry the day, and I am pleased for you.',
  'Most of all, {subj} {are} doing what you wanted, which is what counts.',
  'On balance, {subj} seem{s} to be doing right by you, which is good to hear.',
  // Qualified without weighing the good against the bad, for a note whose point goes untold: a shop's page has enough
  // of them that none comes round again within a few notes.
  'Overall, {subj} seem{s} to be proving useful to you.',
  'By and large, {subj} seem{s} to be pulling {its} weight for you.',
  'For the most part, {subj} seem{s} to be earning {its} keep.',
  // Never a claim the reviewer did not make ("getting plenty of use").
  'All in all, {subj} seem{s} to be working out for you.',
];

// The product as a whole when the review does not say what it is: "it".
export const gladProductGeneric = [
  'It is great to hear it is doing such a good job for you.',
  'Good to know it is working so well for you.',
  'Sounds like just what you needed.',
  'I am pleased it turned out to be the right choice.',
  'Good to hear it does exactly what you wanted.',
  'It is lovely to hear it has been such a good buy.',
  'I am happy to hear it is serving you well.',
  'Glad to hear it has been a good choice for you.',
  'Nice to know it is doing its job for you.',
  'I am pleased it has been worth the money for you.',
  'You clearly chose well.',
  'A good buy is always worth hearing about.',
  'That is a purchase you can be pleased with.',
  'Clearly a good match for what you needed.',
  'That sounds like money well spent.',
  'That is exactly the kind of result we like to hear about.',
];

// Thanks and the hand-on in one sentence, so a page of notes does not all run "thank you… I will pass this on…".
export const praisedOpenPassed = [
  'Thank you for the kind words about {p}; I have passed them on to {s}.',
  'Thank you for what you said about {p}; {s} will hear it from me today.',
  'Your words about {p} will make {s} proud, and thank you for them.',
  'Thank you for singling out {p}; {s} will be delighted.',
  'Thank you for picking out {p}, and I know {s} will be proud to read it.',
  'Thank you for the kind words about {p}, which I am sharing with {s} today.',
];

// An invitation that names the dish the reviewer praised: {p} is "the ramen", "the fish tacos".
export const inviteFood = [
  'Do come back for {p} again soon.',
  'Next time you are in, {p} will be ready for you.',
  'We hope to serve you {p} again before long.',
  'Come back for {p} whenever the craving strikes.',
];

// A second thing the reviewer praised, for a note that would otherwise be short: {p} is "the garlic bread".
export const secondPraise = [
  'I am pleased you liked {p} as well.',
  'It is nice that {p} caught your eye too.',
  'I am glad {p} did not go unnoticed either.',
  'It is good to know you enjoyed {p} too.',
];

// The same, told back as the reviewer described it: {h} is "how crisp the garlic bread was".
export const secondDescribed = [
  'It is good to hear {h} as well.',
  'I was pleased to read {h} too.',
  'Hearing {h} is a bonus.',
  'Nice to know {h}, too.',
];

// For a reviewer who praised the price ("good value", "for the price").
export const valuePraised = [
  'It is good to hear the price felt fair for what you got.',
  'Good value is something we work hard at, so that is lovely to read.',
  "Knowing you felt you got your money's worth matters to us.",
  'A fair price is part of a good experience, and I am glad it showed.',
];

// For a product note still short just after a note that said how a review pleases us: the praise goes on to whoever
// chooses what the shop stocks. {item} is "the Slate tablet" or "it".
export const productHandOn = [
  'I will pass this on to our buyer, who chose {item} for the shelves.',
  'Our buyer will be glad to know {item} was worth stocking.',
  'I will make sure the person who orders our stock sees what you wrote about {item}.',
];

// For a product's owner who tells how long they have used it: {d} is "a year", "six months".
export const inUseFor = [
  'Still going strong after {d} is the best report a product can get.',
  'Holding up well after {d} says more than any spec sheet.',
  '{d} of use is a real test, and it is good to hear it passed.',
  'A verdict given after {d} is worth a great deal to other shoppers.',
];

// One sentence of thanks for the kind of experience, when no single thing can be named: {thing} is "your stay".
export const genericWhole = [
  'Thank you for writing about {thing}; I am glad you enjoyed it.',
  'Thank you for taking the time to tell others about {thing}.',
  'Thank you for sharing how {thing} went, and for taking a moment to leave the stars.',
  'It was a real pleasure to read about {thing}, and thank you for writing.',
  'Thank you for letting everyone know how {thing} turned out; it is lovely to read.',
  'Thank you for taking a moment to tell us about {thing}.',
  'Thank you for the kind write-up of {thing}.',
];

// True of any review, glad of nothing in particular: for a note still short when nothing else fits.
export const noteExtra = [
  'Every review gets read here, and yours was a pleasure to read.',
  'A note like yours brightens the whole day here.',
  'The time you took to write this is much appreciated.',
  'It is always good to hear from the people who come to us.',
  'This was a nice thing to find at the start of the day.',
];

// The praise handed on to whoever earned it: {s} is "the kitchen", "housekeeping", "our bartender".
export const handOn = [
  'I will pass your kind words on to {s}.',
  'I will make sure this reaches {s}.',
  'This will mean a great deal to {s}.',
  'I have shared this with {s} already.',
  'It is lovely for {s} to be recognised like this.',
  '{S} will be thrilled to read this.',
  'I will be sure to share this with {s}.',
  '{S} will be chuffed when they see this.',
  'I know {s} will enjoy reading this.',
  'Your words are going up where {s} can see them.',
  'I cannot wait to show this to {s}.',
  'It is just the kind of note I love to pass on to {s}.',
  'I will read this out to {s} at our next briefing.',
];

// Said when no one and no part of the business can be named: the praise goes to the people who earned it.
export const team = [
  'I will share this with the whole team.',
  'The team will be so pleased to read this.',
  'I have passed your words on to everyone here.',
  'I know the team will love reading this.',
  'Everyone here will be proud to read your kind words.',
  'It is a real boost for everyone here.',
  'The whole team will be glad to hear it.',
  'I am going to pin this up where the whole team can see it.',
  'I will be reading this one out to the team.',
  'It is the kind of message the team loves to get.',
  'I have made sure everyone here has seen it.',
  'Words like these go a long way with our team.',
  'The team will be chuffed to read this.',
  'I have sent this round to everyone here.',
  'Everyone here will be smiling at this one.',
  'It has already done the rounds with the team.',
];

export const person = [
  'I will make sure {person} sees this.',
  '{person} will be thrilled to read this, and I will pass it on.',
  'I have shared your words with {person}, who will be delighted.',
  'It is lovely to see {person} mentioned by name.',
  '{person} will be so pleased you noticed.',
  'I will be sure to tell {person} what you wrote.',
  '{person} takes real pride in the job, so your words will mean a lot.',
  'I am showing this to {person} first thing.',
  '{person} will be beaming when I read this out.',
  'It is lovely that {person} made such an impression.',
  '{person} has more than earned this praise.',
];

// Two people the reviewer thanked by name, both thanked: {person} is "Darouny and Jim".
export const persons = [
  'I will make sure {person} both see this.',
  '{person} will both be thrilled to read this.',
  'I have shared your words with {person}, who will be delighted.',
  'I will be sure to tell {person} what you wrote.',
  'It is lovely that {person} made such an impression.',
  '{person} have more than earned this praise.',
  'I am showing this to {person} first thing.',
];

// A reviewer who tells how many years they have been coming to us: {y} is "twenty-five years".
export const yearsWithUs = [
  '{Y} of your custom is something none of us take lightly.',
  'After {y}, it means the world that you still choose us.',
  'Having you with us for {y} is rare, and it means a great deal.',
  'To keep coming back for {y} is the best compliment there is.',
];

// What we did for a reviewer after an accident, glad of nothing that happened to them.
export const gladAfterAccident = [
  'It means a lot that we could take some of the stress out of a hard time.',
  'After a shock like that, I am glad we could make things a little easier.',
  'Knowing we could help when it mattered means a great deal.',
];

// A reviewer who lived through an accident: said before anything glad.
export const safeAfterAccident = [
  'Above all, I am so glad you are safe.',
  'First of all, I am relieved to hear you came through the accident safely.',
  'Most importantly, I am glad you are safe after the accident.',
];

// The close for a reviewer who says they are moving away: a send-off, never "see you soon".
export const movingAwayClose = [
  'Good luck with the move, and do look us up whenever you are back this way.',
  'All the best in your new home; you will always be welcome here if you are passing.',
  'Wishing you well with the move, and thank you for choosing us while you were here.',
];

// The praised thing first, with no thanks in it; a short thanks follows. {p} is "the tiramisu".
export const praisedFirst = [
  'It is lovely to see {p} singled out.',
  'It is clear {p} made an impression, which is lovely to hear.',
  'So pleased {p} stood out for you.',
  'I am glad you liked {p}.',
  'It makes me very happy that you liked {p}.',
  'I am delighted you were so pleased with {p}.',
];

// A short personal line before the thanks, so not every note on a page opens "Thank you for…". None is breezy ("a
// pleasure to open"): it opens replies to 4-star reviews that tell of a cold welcome as well.
export const personalFirst = [
  'What a nice review to come across.',
  'I was glad to read this.',
  'What a treat to read.',
  'What a pleasure this was to read.',
  'What a welcome review.',
];

// The same, for praise given in measured words ("pretty good", "nothing out of this world"): only there, since
// calling a glowing review fair-minded reads as faint praise of it.
export const personalFirstMeasured = [
  'An honest account like this is worth having.',
  'Such a fair-minded review is a real help.',
];

export const returning = [
  'Having you back again and again means a great deal to us.',
  'It is always a pleasure to see a familiar face.',
  'It means a lot that you keep choosing us.',
  'Regulars like you are the heart of what we do.',
  'It is wonderful to have you with us time after time.',
  'It is lovely to hear you keep coming back.',
  'It is always good to see you back with us.',
  'Knowing you keep returning is the best compliment there is.',
];

// A quibble told back as a clause ("the pillows were lumpy"), with who will hear of it ({s}).
export const quibbleClause = [
  'Your point that {c} is a fair one, and I will share it with {s}.',
  'Thank you for being straight with us that {c}; I will pass it on to {s}.',
  'Thanks for telling us {c}; I will make sure {s} knows.',
  'I am grateful you told us {c}, and I will mention it to {s}.',
];

// A quibble told back as a noun phrase ("the limited hours").
export const quibbleNoun = [
  'Your point about {n} is a fair one, and I will share it with {s}.',
  'Thank you too for the honest word on {n}; I will pass it on to {s}.',
  'I hear you on {n}, and I will mention it to {s}.',
  'Thank you for mentioning {n}; I will talk it over with {s}.',
  'Along with your kind words, I will share the point about {n} with {s}.',
  'The point about {n} is useful too, and {s} will hear it with the rest of your review.',
];

// A fault the reviewer suffered at our hands (slow service, a long wait, a rude word, a wrong order): a short
// sorry-to-hear and who will hear of it, never a remedy and never more than the one sorry. {n} and {c} as above.
export const quibbleSufferedNoun = [
  'I am sorry to hear about {n}, and I will pass it on to {s}.',
  'Sorry to hear about {n}; {s} will hear about it from me.',
  'I am sorry {n} took the shine off your visit, and I will share it with {s}.',
];
export const quibbleSufferedClause = [
  'I am sorry to hear {c}, and I will pass it on to {s}.',
  'Sorry to hear that {c}; I will make sure {s} knows.',
];
export const quibbleSufferedNounPlain = [
  'I am sorry to hear about {n}, and thank you for saying so.',
  'Sorry to hear about {n}; it is not how we want a visit to go.',
];
export const quibbleSufferedClausePlain = [
  'I am sorry to hear {c}, and thank you for saying so.',
  'Sorry to hear that {c}; it is not how we want a visit to go.',
];

// A quibble about something that is not ours to change (the neighbourhood, the maker's design, the prices): the
// point is acknowledged and the reviewer thanked for it, never turned into advice to other readers.
export const quibbleNotOurs = [
  'Your note about {n} is a fair one, and I appreciate you mentioning it.',
  'Thank you too for the honest word on {n}.',
  'Fair point about {n}, and thank you for raising it.',
  'I hear you on {n}, and thank you for saying so.',
  'I appreciate you telling us about {n}.',
  'Thank you as well for being candid about {n}.',
  'Thank you for mentioning {n} as well.',
];
export const quibbleClauseNotOurs = [
  'Your note that {c} is a fair one, and I appreciate you mentioning it.',
  'It is a fair point that {c}, and a useful one.',
  'Fair point that {c}; thank you for saying so.',
  'I appreciate you adding that {c}.',
  'Thank you for pointing out that {c}.',
];

// A point about the product itself, acknowledged as it stands: a shop that promised to pass every quibble to the
// maker would be making a promise it cannot show it keeps, and a page of such promises reads as a form. These say
// what the point is worth to the reviewer and to the next shopper, and promise nothing.
export const quibbleProductClause = [
  'Other shoppers will be glad of your note that {c}.',
  'Your point that {c} is useful to anyone weighing one up.',
  'Thank you too for mentioning that {c}.',
  'Your note that {c} is worth knowing, and I appreciate you saying so.',
  'It was good of you to add a note that {c}.',
  'I take the point that {c}.',
];
export const quibbleProductNoun = [
  'Your note on {n} will help the next person choosing.',
  'Thank you too for the note about {n}.',
  'A fair mention of {n}, too, which other shoppers will value.',
  'Good to know about {n}, too.',
  'Knowing about {n} will help anyone weighing one up.',
  'Mentioning {n} as well will help other shoppers decide.',
  'Your word on {n} is useful to other shoppers too.',
];

// A quibble that cost the reviewer real trouble (a return, a repair sent away, "a hassle"): one gracious line that is
// sorry for the bother and passes the point on, never a remedy. {n} is the thing, when it reads cleanly.
export const quibbleHassle = [
  'I am sorry for the hassle with {n}, and I have passed your note on.',
  'The trouble with {n} is not what anyone wants, and your point has gone to the right people.',
  'Sorry that {n} put you to some bother; I have passed your comments along.',
];
export const quibbleHassleUntold = [
  'I am sorry for the hassle along the way.',
  'The bother you had along the way is not what anyone wants, and I am sorry for it.',
];

// A quibble the reviewer stated plainly whose words cannot be told back (a slip of the pen, a clause that does not
// read cleanly): welcomed in our own words, naming nothing, admitting nothing and never claiming it was passed on.
export const quibbleStatedUntold = [
  'I am grateful for the frank comment alongside the kind ones.',
  'Your honest comment is welcome too, and it is fair to hear.',
  'Thank you as well for the frank comment; it is good to have it.',
  'I appreciate you including the critique alongside the praise.',
  'Your critique is as welcome here as the praise.',
];

// A reservation the reviewer said cost a star, whose words the note cannot tell back cleanly: answered without naming
// it, without a number (the star may be the product's or the shop's), and without the complaint desk's "noted".
export const quibbleStarUntold = [
  'Thank you too for explaining what held back a star; I have passed it on.',
  'I am grateful you spelled out what cost the star, and I have shared it with the team.',
  'I am glad you said what kept it from full marks, and it has been passed on.',
];

// A quibble read but not to be told back (its words do not read cleanly, or the business may not quote the review):
// a short acknowledgement that admits nothing, names nothing, and would still read well had the reading been wrong.
export const quibbleUntold = [
  'Thank you too for the balanced account; the less rosy parts matter to us as much as the rest.',
  'Every part of your review is useful to us, the critical parts included.',
  'It is good to have the whole picture, and I appreciate you giving it.',
  'Your candour is appreciated; a review that gives the full picture helps us most.',
  'Thank you as well for being even-handed in what you wrote.',
  'The whole of your review is welcome here, the less glowing parts as much as the kind ones.',
];

// Invitations back, by the kind of business; never a reward, never a deadline.
export const inviteBack = {
  stay: [
    'We look forward to welcoming you back on your next trip.',
    'We hope to have you stay with us again soon.',
    'It would be lovely to see you again when you are next in town.',
    'We would love to host you again.',
    'Safe travels, and we hope to see you on your next stay.',
    'Come and stay whenever you are back this way.',
    'Next time you are in the area, we would be glad to have you back.',
    'Do book with us again when your travels bring you back.',
    'We hope our paths cross again on your next visit to town.',
    'It would be a pleasure to have you with us again.',
    'Here is hoping we see you again before long.',
    'Whenever you are next passing through, do stay with us.',
    'We would be delighted to have you as our guest again.',
    'Travel well, and do come back.',
    'We hope your travels bring you our way again.',
    'The door is always open for your return.',
  ],
  meal: [
    'We hope to welcome you back soon.',
    'Come back and see us whenever you are passing.',
    'We look forward to having you with us again.',
    'See you again soon, we hope.',
    'Do drop in again before long.',
    'Your table will be ready whenever you are back.',
    'There is always a seat for you here when you return.',
    'Come back and try something new on the menu.',
    'We would be glad to feed you again any time.',
    'We hope you will be back at our tables soon.',
    'Hope to catch you for another meal before long.',
    'We will keep a seat warm for your return.',
    'Pop in again whenever you are hungry.',
    'Looking forward to cooking for you again.',
    'We hope the next visit comes round soon.',
    'Next time you are nearby, do come in.',
    'Do say hello when you next come in.',
    'Whenever you fancy a bite, we are here.',
  ],
  // A meal that came to the door: the next order, never a table or a welcome back.
  delivery: [
    'We look forward to cooking your next order.',
    'Whenever the craving strikes again, we are only an order away.',
    'Here is to the next night in, and we will be ready when you order.',
    'We hope to be on your doorstep again before long.',
    'Next time you order, we will make sure it arrives just as quickly.',
  ],
  shop: [
    'We hope to see you again soon.',
    'We are here whenever you need anything else.',
    'Come and see us again soon.',
    'It was a pleasure to serve you.',
    'Hope to see you back soon.',
    'Do pop in again whenever you are passing.',
    'We look forward to your next visit.',
    'The door is always open for your next shopping trip.',
    'Happy shopping, and see you next time.',
    'See you on your next browse.',
    'Do stop by again when you are nearby.',
    'Always good to see you in the shop.',
  ],
  trades: [
    'We will be here whenever you need us next.',
    'It was a pleasure, and we hope to see you again.',
    'We are always glad to help again.',
    'You know where to find us whenever you need us.',
    'We look forward to helping you again.',
    'Do get in touch whenever you need us.',
    'Whenever the next job comes up, just give us a call.',
    'If anything else needs doing, we are only a call away.',
    'Keep our number handy for the next job.',
    'We would be glad to come out again whenever you need us.',
    'Whenever something else needs fixing, just give us a ring.',
  ],
  car: [
    'We will be here whenever the car needs us next.',
    'Whenever the car is due a check, we will be glad to see you.',
    'We are always glad to help keep you on the road.',
    'Whenever the car needs looking at, you know where we are.',
    'We look forward to seeing you and the car again.',
    'Safe driving, and see you next time.',
    'Drive safely, and we are here whenever you need us.',
    'Here whenever the car needs a hand.',
    'Keep the car running well, and see you next time.',
  ],
  appointment: [
    'We look forward to seeing you at your next appointment.',
    'See you next time, and enjoy the new look.',
    'We cannot wait to see you again.',
    'We hope to see you back in the chair soon.',
    'Looking forward to your next visit.',
    'See you again soon.',
    'We will be ready for you whenever you are due again.',
    'Book in whenever you are ready for the next one.',
    'We will keep a spot for you.',
  ],
  class: [
    'See you at your next class.',
    'We look forward to seeing you again soon.',
    'Enjoy the rest of your week, and see you soon.',
    'We cannot wait to see you back.',
    'See you next time.',
    'See you on the mat again soon.',
  ],
  professional: [
    'We look forward to working with you again.',
    'We are here whenever you need us again.',
    'It was a pleasure to help, and we are here whenever you need us.',
    'We hope to see you again soon.',
    'Do get in touch whenever we can help again.',
    'It would be a pleasure to help again whenever you need.',
  ],
  // For a business whose trade the review does not show: nothing about jobs, meals or appointments.
  general: [
    'We hope to see you again soon.',
    'We would love to welcome you back.',
    'Do come and see us again before long.',
    'It would be a pleasure to see you again.',
    'Looking forward to seeing you again.',
    'Here is hoping we see you again soon.',
    'Do come back whenever you like.',
    'We will be glad to see you back.',
  ],
  software: [
    'We are always keen to hear how it is working for you.',
    'Keep the ideas coming.',
    'We hope it keeps making things easier for you.',
  ],
  health: [
    'Do get in touch whenever we can help again.',
    'Please do reach out any time you need us.',
    'We will be glad to help again whenever the time comes.',
    'Should anything come up, you know where to find us.',
    'Our phone line is always open if questions come up.',
    'Kind words like these mean a great deal to the whole team, and we are always here when you need us.',
    'Messages like this are why the team does what it does; our door is always open.',
    'It is lovely to be able to share words like these with the team, and we are here whenever you need us.',
  ],
};

// For a regulated practice, where the note must not confirm anyone is a patient or client.
export const regulatedExtra = [
  'If there is ever anything more we can do, just ask.',
  'It is always good to hear from the people we serve.',
  'We are always glad to hear from you.',
];

// For a product the store sold but did not make; {item} is "the headphones" or "it". Every close asks the reviewer
// back into the shop: a support line alone ("our inbox is always open") reads as a help desk, not a thank-you.
export const productInvite = [
  'We would be glad to see you again in the shop whenever it suits.',
  'We hope to see you back in the store before long.',
  'Come and say hello if you are ever passing the shop.',
  'The team are always glad to talk through what is new, so do come in.',
  'Do come in to see what is new on the shelves.',
  'You are always welcome back at the shop.',
  'We hope you will visit us again soon.',
  'Do call in again; it is always a pleasure to help.',
  'Come in and tell us how it is going any time.',
  'Do visit again whenever something new takes your fancy.',
  'Drop by whenever you are near the shop; it would be good to see you.',
  'You are welcome to stop in any day of the week.',
  'Any time you want to compare models, come and ask.',
  'Come back and browse soon; there is always something new on the shelves.',
  'Whatever you are after, come in and we will point you right.',
  'We would love to see you in the shop again.',
  'Our door is open whenever you fancy a browse.',
  'Do drop in again when there is something else on your list.',
  'We hope to have you at the counter again soon.',
  'Here is hoping we see you again soon.',
];

// Closes that offer help with settings or setting up: only for kit that has them (a router, a camera, a phone).
export const productInviteSettings = [
  'Questions about settings or set-up are always welcome; just come in and ask.',
  'If a setting on {item} ever needs checking, come in and we will take a look.',
  'Should you want a hand getting more out of {item}, come in and ask.',
  'Should any setting on {item} puzzle you, pop in and we will go through it together.',
];

// Closes that offer what goes with a device: a case, a cable, a charger. Only for kit that takes them.
export const productInviteAccessory = [
  'If you need a cable, a case or a spare for {item}, come in and we will sort you out.',
  'Should you need anything to go with {item}, do pop in and ask us.',
];

// A wish that the product lasts: only where the reviewer raised no fault with it; the invitation comes with it.
export const productInviteLasting = [
  'I hope {subj} serve{s} you well for years, and that you will call in again.',
  'Long may {subj} keep working for you; do come and see us again.',
];

// Asking a buyer back for what they will need next, with no trip to the shop in it: a page where every note asks the
// reviewer to call in reads as one form, however the words change.
export const productInviteNext = [
  'Whenever the next piece of kit is due, we would be glad to help you choose it.',
  'Should you need anything else down the line, we hope you will think of us.',
  'We would be glad to help with whatever you need next.',
  'If anything else is on your list, we would be happy to help you find it.',
  'When the time comes for an upgrade, we hope we can help with that too.',
  'Whatever you are after next, let us know and we will track it down.',
  'Whenever you are after something new, you know where we are.',
];

// A close that asks nothing of the reviewer, for a note just after one that asked them back: a page where every note
// ends on "come and see us" or "we look forward to your next visit" reads as one form, however the words change.
// None thanks (the opening does), none offers anything.
export const wishClose = [
  'Best wishes to you from everyone here.',
  'All the very best to you and yours.',
  'Take good care, and have a lovely week.',
  'Wishing you a lovely rest of the year.',
  'Warm regards from all of us.',
  'Sending our warmest wishes your way.',
  'Every good wish to you from the team.',
  'Kind regards to you from the whole crew.',
  'Our best wishes go with you.',
  'Have a wonderful week, from all of us here.',
];

// Only for a purchase the review does not place at another shop.
export const productInviteOurs = [
  'Enjoy {item}, and do come back and see us.',
  'It means a lot that you chose us; we hope to see you again.',
  'It was a pleasure to supply {item}; come back soon.',
  'It is good to know you found {item} with us, and we hope to see you again.',
  'It was good to have your custom, and we hope to see you again.',
];

// Only for a reviewer who says they bought locally ("picked it up at a local store"), in place of the plain thanks
// for choosing us: said to one who ordered online, it invents a choice they never made.
export const productInviteLocal = ['It means a lot that you chose a local shop; we hope to see you again.'];

// For a review written after a loss: thanks and condolence in one, never "glad it went well".
export const lossOpen = [
  'Thank you for sharing something so personal with us, and please accept our heartfelt condolences.',
  'Our hearts go out to you, and thank you for taking the time to write at such a painful time.',
  'Thank you for writing to us during what must have been an incredibly hard time; our thoughts are with you.',
  'Please accept our deepest condolences, and our thanks for taking a moment to write this.',
];
export const lossMiddle = [
  'Knowing the team could make a heartbreaking day a little gentler means more than I can say.',
  'It matters a great deal to us that you felt cared for when it counted most.',
  'Your words about the care you received will stay with everyone here.',
  'We know how hard that day was, and it means a lot that our care helped even a little.',
];
export const lossClose = [
  'Please take good care of yourself.',
  'We are thinking of you and your family.',
  'Wishing you comfort in the days ahead.',
  'We are here for you if you ever need us.',
];
export const lossPerson = [
  'I will make sure {person} reads your words.',
  '{person} will be touched that you took the time to write.',
  'I have passed your message on to {person}.',
];

// A member of staff the reviewer faulted by name, answered graciously in one sentence, with no promise of a remedy.
// The name is not said back: a public reply does not put a colleague in the dock.
export const quibblePerson = [
  'I am sorry one of our team did not make your visit what it should have been; I will talk it through with them personally.',
  'I am sorry the welcome you had from one of the team fell short, and I will have a word about it myself.',
  'I am sorry about the part of your visit you describe with one of our staff, and I will follow it up myself.',
  'I am sorry one of our team let you down, and I will speak with them.',
];

// The happy occasion the reviewer came for: {o} is "the birthday", "the wedding". A happy reviewer has said how it went,
// so no line hopes it went well.
export const occasion = [
  'We are glad you chose us for {o}.',
  'It is lovely to have played a small part in {o}.',
  'We are honoured to have been part of {o}.',
  'What a nice way to mark {o}.',
  'It sounds like {o} went off beautifully.',
];

// For a reviewer who recommends us to others. No line here or below thanks them: the note's opening has done so, and a
// second "Thank you for…" beside it reads as a form.
export const recommended = [
  'It means a lot that you would vouch for us.',
  'Word of mouth like yours is how new people find their way to us.',
  'Being recommended by you means a great deal to us.',
  'It is kind of you to send people our way.',
];

// For a product's owner who recommends it: {item} is "it" or "them", so it is only ever an object ("them has" reads
// as broken English). No line ranks the recommendation ("high praise
// indeed", "the highest mark an owner can give"): said to one who only passed the product on, it reads as puffed up.
export const recommendedProduct = [
  'Good to hear you would recommend {item} to others.',
  'Your vote for {item} will help other shoppers.',
  'We are glad to have your backing for {item}.',
  'It is good of you to speak up for {item}.',
  'Recommending {item} to others is a fine vote of confidence.',
  'We are glad you are passing the word on about {item}.',
  'It is good to know you would point others to {item}.',
  'That recommendation carries real weight.',
  'Knowing you would suggest {item} to others is lovely.',
  'We will take that recommendation as the compliment it is.',
  'We are pleased you think {item} worth recommending.',
];

// For someone new to us.
export const firstTime = [
  'For a first time with us, that is wonderful to read.',
  'It is lovely when someone new to us has such a good time.',
  'What a way to start, and I hope it is the first of many.',
  'First impressions count, so this is lovely to hear.',
];

// The close for a reviewer who has not been in yet (the cake was a present, the order came to the door): asked in
// for a first time, never "back", "again" or "when you next come in".
export const inviteFirstVisit = [
  'We would love to welcome you in person one day.',
  'If you are ever nearby, do come in and say hello.',
  'We hope you will come and see us for yourself before long.',
  'Whenever you fancy a visit, we would be delighted to meet you.',
];

// The close for a reviewer who already says they will come back: it answers their plan, it does not invite.
export const returnPlanned = [
  'We are so glad you plan to come back, and we look forward to it.',
  'Knowing you will be back is lovely; we will be ready for you.',
  'We will be delighted to welcome you back.',
  'Glad to hear you will be back; do say hello when you come in.',
  'We will look forward to seeing you when you are back.',
  'Since you plan to come back, we will keep an eye out for you.',
];

// The same, for a trade that comes to the customer: nobody "comes back" to a plumber.
export const returnPlannedCall = [
  'We look forward to next time, and we will be ready.',
  'Whenever the next job comes up, we are only a call away.',
  'It would be a pleasure to work for you again.',
  'Keep our number handy; we will be glad to come out again.',
];

// A quibble stated plainly whose words cannot be told back cleanly: acknowledged in one line, nothing invented.
// For a product note that is still short: true of any owner's review, and about its use to other shoppers.
export const productExtra = [
  'The whole shop likes hearing how things get on once they are home.',
  'Notes from everyday use like yours are the ones I read twice.',
  'A note like this is a real lift for everyone in the shop.',
  'Reviews like this help other shoppers choose with confidence.',
  'Your review tells us what to keep on the shelves.',
  'A report from day-to-day use is the most useful kind of review.',
  'It is the sort of review I would want to read before buying.',
  'Reports like yours shape what we recommend to others.',
];

/**
 * Lines about how a review pleases us rather than about the reviewer ("Reading this has made our day", "A note like
 * yours brightens the whole day here", "Reviews like this help other shoppers"): one on every note of a page is the
 * stock beat readers notice first, so a page carries them on a minority of its notes.
 */
export const feelGood = [...gladFeelGood, ...noteExtra, ...productExtra];
