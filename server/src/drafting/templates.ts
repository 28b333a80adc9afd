/**
 * Wording for each part of a reply, written in the first person of the contact who signs ("I"); a reply signed by
 * a team is turned to "we" by `toWe`. Placeholders: {name} first name, {p} the problem or praise as words the reply
 * can carry, {P} the same capitalised, {item}, {thing} ("your order"), {person}, {remedy}, {within}, {contact},
 * {phone}, {email}, {detail} (what finds their order or visit: "your order number"). Rules every variant keeps: no
 * excuses or blame, no claim that is not true of every review it can be used for ("thank you for your patience" is
 * only true when someone waited), and contact details always after a cue word ("call me on", "email me at") and
 * never after "your" in the same sentence, so the safety check knows them as the business's own.
 * Several structurally different variants per part, so a page of replies does not read as a template.
 */
export const greetings = {
  named: ['Hi {name},', 'Hello {name},', 'Dear {name},'],
};

export const ackClause = [
  'I am sorry that {p}.',
  'I am sorry to read that {p}; that should not have happened.',
  'I was sorry to read that {p}.',
  'I apologise that {p}.',
  'I am sorry to hear that {p}.',
  'I was really sorry to learn that {p}.',
  'I am very sorry that {p}.',
  'I am sorry that {p}; that must have been frustrating.',
  'I am sorry to learn that {p}.',
  'I was sorry to see that {p}.',
  'I am truly sorry that {p}.',
  'My apologies that {p}.',
  'I am so sorry that {p}.',
  'I regret that {p}.',
  'Sorry to read that {p}; you should not have had to put up with that.',
  'I hate to read that {p}, and I apologise.',
  'Please accept my apologies that {p}.',
  'It is a real shame that {p}; I am sorry.',
  'It is disappointing to read that {p}, and I apologise.',
  // The judgement before what was read, so a page of replies does not open each on "I am sorry that"; what was read
  // follows it, where a long clause reads as it was said rather than as the subject of a sentence of ours.
  'It is not good enough that {p}, and I apologise.',
  // An opening that shares no stock words with the rest, so a long page has apologies left that it has not used.
  'You have every reason to be unhappy that {p}, and I am sorry.',
];

// What already happened that makes it worse, said once after the acknowledgement.
export const priorFailed = {
  replacement_failed: [
    'And for the replacement to fail as well only makes it worse.',
    'Having the replacement go wrong too is not acceptable.',
  ],
  repair_failed: [
    'And for it still not to be right after the repair makes it worse.',
    'It should have been fixed the first time.',
  ],
} as const;

// A second thing the reviewer described, after the acknowledgement of the first.
export const ackAlso = [
  'I am also sorry that {p}.',
  'I am sorry too that {p}.',
  'I also regret that {p}.',
  'I am sorry as well that {p}.',
  'I was sorry, too, to read that {p}.',
];

// Two grievances of different kinds, named together in one sentence; never "sorry on both counts", which reads as a
// form and miscounts a review that raised more.
export const ackTwo = [
  'I am sorry that {p}, and that {q}.',
  'I am sorry to read that {p}, and that {q}.',
  'I apologise that {p}, and that {q} as well.',
  'I was sorry to learn that {p}, and that {q}.',
  'I am sorry that {p}, and I apologise that {q}.',
  'My apologies that {p}, and that {q}.',
  'I regret that {p}, and that {q}.',
  'I hate to read that {p}, and that {q}; I am sorry.',
];

// When nothing but the second failure is sure: the replacement went wrong as the first one did.
export const ackSecondFailure = [
  'I am sorry the replacement failed as well.',
  'I am sorry that the second one let you down too.',
  'I am sorry the replacement had trouble of its own.',
];

export const ackNoun = [
  'I am sorry about {p}.',
  'I apologise for {p}; that is not what we want anyone to experience.',
  'I am sorry about {p}; it should not have happened.',
  'I am sorry you had {p} to deal with.',
  'I am sorry we let you down with {p}.',
  'My apologies for {p}.',
  'I apologise for {p}.',
  'I am truly sorry about {p}.',
  'I regret {p}.',
  'Sorry about {p}; it was not good enough.',
  'Apologies for {p}.',
];

// The subject of the grievance, when what went wrong with it could not be read: said without guessing the fault.
// {was} and {it} agree with the subject ("the cakes were", "the noodles did not go as they should").
export const ackTopic = [
  'I am sorry about the trouble with {p}.',
  'I am sorry {p} let you down.',
  'I am sorry {p} fell short.',
  'I am sorry to read about the problems with {p}.',
  'I apologise that {p} {was} not right.',
  'I am sorry {p} {was} a disappointment.',
  'My apologies that {p} did not go as {it} should.',
  'I am sorry {p} {was} not up to the mark.',
];

export const ackItem = [
  'I am sorry {item} let you down.',
  'I am sorry {item} did not live up to what you expected.',
  'I am sorry to hear about the trouble with {item}.',
  'I am sorry things went wrong with {item}.',
  'I apologise that {item} {was} not what {it} should have been.',
  'My apologies that {item} disappointed you.',
  'I am sorry {item} {was} such a letdown.',
  'I am sorry {item} caused you this trouble.',
];

// True of any unhappy review, so safe when the situation is unsure of the details.
export const ackGeneral = [
  'My apologies for letting you down.',
  'Please accept my apologies; you expected better of us.',
  'I am sorry we let you down.',
  'I am sorry this was such a disappointing experience.',
  'I am sorry we did not get this right for you.',
  'I am sorry this fell so far short of what you expected.',
  'I am really sorry to read this.',
  'I am sorry to read how disappointed you were.',
  'I am sorry this left you so frustrated.',
  'I am sorry; this is not what you should have had from us.',
  'I am sorry we fell short of what you expected.',
  'I am sorry we did not do better by you.',
  'I am sorry it turned out this way for you.',
];

// True of any unhappy visit (a meal, a stay, an appointment), never of goods bought from a shop or online: nobody
// "left" a parcel.
export const ackGeneralVisit = ['I am sorry your time with us was not what it should have been.'];

export const ackGeneralThing = [
  'I am sorry {thing} fell short.',
  'I am sorry {thing} was not what it should have been.',
  'I am sorry {thing} did not go the way it should have.',
];

export const praiseNod = ['I am glad {p} went well, at least.', 'It is good to hear you liked {p}.'];

// The people or the place the reviewer liked, beside a complaint about the rest.
export const praiseNodUnhappy = [
  'It is good to hear you liked {p}.',
  'I am glad you had a good word for {p}.',
];

// Ownership for a fault that may belong to the maker, a carrier or another firm: sorry it happened, no blame taken.
export const ownershipShared = [
  'Whoever is at fault, you bought it from us, and I want to help.',
  'You should not have to chase this on your own.',
  'Even where the maker is at fault, I would like to help sort it out.',
  '',
  '',
];

export const remedyTimed = [
  'I would like to offer you {remedy}, and I will set it up {within} of hearing from you.',
  'I would like to put this right with {remedy}, arranged {within} once I hear back.',
  'If you are willing, I can arrange {remedy}; I will have it sorted {within} of hearing from you.',
  'As a first step I would like to offer {remedy}, set up {within} after you get in touch.',
  'I can offer {remedy}, and I will have it arranged {within} once you get in touch.',
  'Let me make this right with {remedy}; I will sort it {within} of your first message.',
  'What I can offer is {remedy}, arranged {within} of hearing from you.',
  'I would like to arrange {remedy}, {within} of your message.',
  'To start putting it right, I can arrange {remedy} {within} of your reply.',
  'If it suits you, {remedy} can be set up {within} of you getting in touch.',
  'I am happy to arrange {remedy}; give me the word and it will be done {within}.',
  'One thing I can do is {remedy}, organised {within} of your message.',
  'I would like to make amends with {remedy}, which I can have in place {within}.',
  'You are welcome to {remedy}, and I will see to it {within} of hearing back.',
  // No span: said on some of a page's offers, so the days are not promised in reply after reply.
  'I can arrange {remedy} as soon as I hear from you.',
  'I can have {remedy} under way as soon as you let me know.',
  'I would like to offer {remedy}, and I can start on it the moment you say so.',
  // Offers that do not open on "I would like", heard on most pages more than once.
  'I can set up {remedy} {within} of your message.',
  'I can put {remedy} in place {within} of hearing from you.',
];

// A remedy told as what we will do ({action}: "refund you in full and cover the return postage"), with the time we
// give ourselves: an offer with no time is a promise nobody can hold us to.
export const remedyActionTimed = [
  'I can {action} {within} of hearing from you.',
  'If you would like me to {action}, let me know, and it will be done {within}.',
  'If you would like, I will {action} {within} of your reply.',
  'Say the word and I will {action} {within}.',
  'The least I can do is {action}, and I will have it done {within} of hearing from you.',
  'As soon as you let me know, I will {action}.',
  'I am ready to {action} the moment I have your details.',
];
// What follows the reviewer's message in `inviteThen` when the remedy is told as an action.
export const remedyActAction = [
  'I will gladly {action}',
  'I will make sure to {action}',
  'I will be glad to {action}',
  'I will {action}',
];
// The same told as following the reviewer's message without its days ("Once I hear from you, …"): it still says when,
// since an offer with no word of when reads as one nobody need keep; "promptly" or "be quick to" says no time at all.
export const remedyActActionNow = [
  'I will gladly {action} at once',
  'I will {action} straight away',
  'I will {action} the same day',
];

// The apology and what we will do in one sentence, joined after "I am sorry that …, and": {act} is a remedy or a
// call with its time where the remedy has one.
export const joinedRemedy = [
  'I would like to put it right with {remedy} {within} of hearing from you',
  'I can arrange {remedy} {within} of your reply',
  'I would like to offer {remedy}, set up {within} once you get in touch',
  'I can arrange {remedy} as soon as you write',
  'I can set up {remedy} {within} of your message',
];
export const joinedAction = [
  'I will {action} {within} of hearing from you',
  'I am ready to {action} {within} of your reply',
  'I would like to {action} {within} of your message',
  'I will {action} the moment you say the word',
];
export const joinedUntimed = [
  'I would like to make it up to you with {remedy}',
  'I hope you will let me offer {remedy}',
];
export const joinedCall = {
  fix: [
    'I would like to sort it out with you',
    'I would like to talk it over and put it right',
    'I am keen to put it right with you',
    'I would like to find a way to put it right',
  ],
  hear: [
    'I would like to hear more from you',
    'I would like to talk it over with you',
    'I would like to hear your side of it',
    'I am keen to talk it over with you',
    'I would like to hear the whole story from you',
  ],
  settled: [
    'I would still like to hear how it went wrong',
    'I would like to hear how it happened',
    'I am keen to learn how it came about',
    'I will take what you describe to the team myself',
    'I will make sure what you describe reaches the people who can change it',
    'I will make sure the team hears every word of it',
  ],
  charges: [
    'I would like to go through the charges with you',
    'I would like to talk the fees through with you',
  ],
  fixed_by_them: [
    'thank you for mending it yourself; should the fault ever come back, we will put it right at no cost',
  ],
  put_right: ['I am glad the replacement works as it should'],
  setup: ['I would be glad to walk you through the set-up', 'I can take you through the set-up step by step'],
  check: [
    'I would like our technicians to check it over free of charge',
    'I can have it tested free of charge to see what a repair would take',
  ],
  retry_failed: ['I would rather agree the next step with you than guess at it'],
  refund_pending: ['I will chase the refund for your return until it reaches you'],
  returned: [
    'I will make sure the refund for the goods you sent back has reached you',
    'I will check that the money for your return has come through in full',
    'I will see that you have been paid in full for the goods you returned',
  ],
  replacement_pending: ['I will chase the replacement you are waiting on until it is with you'],
  repair_pending: ['I will chase the repair you are waiting on until it is back with you'],
  stop_contact: ['I have asked the team to stop the follow-up calls and mailings to you'],
  maker: ['I would be glad to take it up with the maker for you', 'I can chase the maker on your behalf'],
  delivery: ['I will track down where your order is'],
  billing: ['I will check the charge and put right anything taken in error'],
} as const;

// What went wrong told plainly, with no "sorry" before it ({P}: "Your booking was mishandled"); the apology follows,
// folded into the offer (`statedApology`).
export const statedFault = [
  '{P}, and I will not make excuses for it.',
  '{P}, and that is not the standard you should get from us.',
];
// The apology and the offer in one sentence after a plain statement of the fault: {act} is the offer as it is told
// after "I am sorry, and".
export const statedApology = ['I am sorry for that, and {act}.', 'I apologise, and {act}.'];

// After the invitation, told alone: what follows once the reviewer gets in touch, with its time ("Once I hear from
// you, I will refund you in full within three days.").
export const afterContact = [
  'Once I hear from you, {act}.',
  'As soon as I hear from you, {act}.',
  'The moment I hear from you, {act}.',
  'Once you have been in touch, {act}.',
  // Openings outside the "once" family, so a page does not close reply after reply on "Once …". None says again that
  // the reviewer gets in touch ("When you contact me"): the invitation before it has just asked them to.
  'From there, {act}.',
  'The day you get in touch, {act}.',
  // Told only after an invitation that gives one way of contact: a call, or a message.
  'Once we have spoken, {act}.',
  'Once I have your message, {act}.',
];

// An offer told without its time, where the contact line after it gives the time instead ("I would like to offer
// you a full refund. Call me on …, and I will have it done within three days of hearing from you."). None opens on
// "My", which a team's reply would have to say as "Our".
export const remedyBare = [
  'I would like to offer you {remedy}.',
  'What I would suggest is {remedy}.',
  'I would suggest {remedy}.',
  'I can offer {remedy} to put this right.',
  'Please let me offer {remedy}.',
  'What I can offer is {remedy}.',
];
export const remedyActionBare = [
  'I would like to {action}.',
  'Let me {action}.',
  'What I can do is {action}.',
];
// The tail of a contact line that carries the offer's time, counted from the reviewer's message: it follows the
// contact details, never comes before them.
export const inviteRemedyTime = [
  ', and I will have it done {within} of hearing from you.',
  '; it can all be done {within} of your message.',
  ', and I will have it seen to {within} of you getting in touch.',
];

// Offers used on a later visit never carry a time: "within 72 hours" after them reads as a deadline for the guest.
export const remedyUntimed = [
  'I would like to offer you {remedy}.',
  'When you are ready, I would like to make it up to you with {remedy}.',
  'I would like to put this right with {remedy}.',
  'If you will let me, I would like to offer {remedy}.',
  'I hope you will accept {remedy}.',
  'To make amends, I would like to offer {remedy}.',
  'Please let me make it up to you with {remedy}.',
];

export const callToFix = [
  'I would like to hear from you and put this right myself.',
  'Tell me a little more and I will get it fixed.',
  'I would like to talk this through with you and sort it out properly.',
  'I want to look into this myself and find out where we went wrong.',
  'I would like to speak with you directly and agree how to put this right.',
  'Rather than leave it here, I would like to speak with you and make it right.',
  'I would like to get this sorted for you myself.',
  'I would like to go through it with you and find a fix that works for you.',
  'A short conversation would let me see exactly what went wrong and correct it.',
  'I would like to hear the details and see this through with you.',
  'I would like to hear exactly what happened so I can fix it.',
  'Give me the chance to put this straight with you.',
  'I would like to make this right with you.',
  'I want to see this put right for you.',
  'I would like to find out what went wrong and fix it.',
];

// Offered where the fault lies with the maker, a carrier or another firm: what we can do from our side.
export const thirdPartyHelp = [
  'I would be glad to take this up with the maker for you and see it through.',
  'I can chase the maker on your behalf, so you are not left dealing with it alone.',
  'If it helps, I will handle the warranty claim with the maker myself.',
];

export const callToHear = [
  'Can we talk about what happened?',
  'A quick conversation would help me understand what went on.',
  'Your side of it matters, and I want to hear it.',
  'Tell me more, and I will see it put right.',
  'I would like to talk this through with you and see how I can make it right.',
  'I would welcome the chance to put this right with you directly.',
  'I would like to follow this up with you personally.',
  'I want to look into this and find out how it happened.',
  'I would like to speak with you about this myself.',
  'I would be grateful for the chance to talk this through with you.',
  'I would like to pick this up with you directly.',
  'I would like to talk it through with you.',
  'I would value the chance to make this right.',
  'I am keen to hear from you directly.',
  'I would like the chance to speak with you.',
  'Could you give me a chance to discuss it with you?',
  'I would like to speak with you and agree what would put this right.',
  'Let me talk with you directly about putting this right.',
  'I would like to put this right with you properly.',
  'I would like to sort this out with you directly.',
  'I would be glad to discuss how we can make amends.',
  'I am keen to talk this over with you.',
  'Please let me hear the rest of it from you.',
];

// Offered when a correction was already tried and failed: what would put it right is agreed with the reviewer,
// never the same correction promised again.
export const callRetryFailed = [
  'Since the last attempt did not sort it, I would like to agree with you what would put it right.',
  'Rather than try the same thing again, I would like to hear from you what would put this right.',
  'The first attempt did not work, so I would like to talk through with you what would make it right.',
  'As the last attempt fell short, I would rather agree the next step with you than guess at it.',
];
export const callActRetryFailed = [
  'we can agree the way forward, and I will come back to you {within} to set it in motion',
  'I will come back to you {within} so we can agree what would put it right this time',
  'I will set aside time {within} to agree the next step with you',
];

// Something already under way, chased to its end rather than offered afresh: the refund for goods already sent back
// (or being sent back), and a replacement or repair the reviewer is still waiting on.
export const callRefundPending = [
  'Once your return reaches us, I will see the refund through myself and make sure it lands.',
  'As you are returning it to us, the least I can do is chase your refund and make sure it reaches you.',
  'From the moment the return is with us, I will follow your refund through until the money is back with you.',
  'I will personally track the refund for your return until it is back in your account.',
  'I will keep watch on the money for the goods you sent back and make sure it reaches you without delay.',
  'Once the parcel is with us, I will see the money paid back to you without any chasing on your part.',
];
export const callActRefundPending = [
  'I will check where the refund for your return stands and tell you {within} when it will land',
  'I will chase the refund for your return and confirm {within} when you will have it',
];
// Goods already sent back, with nothing said of the money since: their refund is seen home, told as a confirmation
// that it came through rather than as a hunt for money the reviewer never said was missing.
export const callReturned = [
  'As it has gone back, the refund for it should already be with you; if it is not, I will see to it straight away.',
  'Your refund for the return should have reached you by now, and if it has not, I will chase it myself.',
  'If the money for the goods you sent back has not reached you yet, I will put that right the same day.',
  'Should the refund for what you sent back still be outstanding, I will sort it out myself at once.',
];
export const callActReturned = [
  'I will confirm that the refund for your return has gone through, and tell you {within}',
  'I will make sure no money is still owed to you on the return, and confirm it {within}',
  // Told without "the refund for your return", so a page of returns does not say it in reply after reply.
  'I will see that you have been paid in full for the goods you returned, and confirm it {within}',
  'I will confirm the money for what you sent back is settled, and tell you {within}',
];
export const callReplacementPending = [
  'You should not be left waiting on a replacement; I will chase it myself and make sure it reaches you.',
  'The wait for your replacement has gone on too long, and I will chase it until it is in your hands.',
  'I will find out exactly where your replacement is and push it through, so the wait ends.',
];
export const callActReplacementPending = [
  'I will find out where the replacement you have been waiting on is and tell you {within} when it will arrive',
  'I will chase the replacement you are waiting for and confirm {within} when it will reach you',
];
export const callRepairPending = [
  'You should not be left waiting this long on the repair; I will chase it myself and see it back to you.',
  'The wait for your repair has gone on too long, and I will chase it until it is back in your hands.',
  'I will find out exactly where the repair stands and push it through, so the wait ends.',
];
export const callActRepairPending = [
  'I will find out where the repair you have been waiting on stands and tell you {within} when it will be back',
  'I will chase the repair you are waiting for and confirm {within} when you will have it back',
];

// Offered to a happy reviewer whose bill was wrong: the charge checked and put right, and nothing else offered.
export const callBillingCheck = [
  'I will check the charge myself and put right anything taken in error.',
  'I would like to go through the bill and correct any charge that should not be there.',
  'Let me check the charges on your account and put right whatever was wrong.',
  'I will look into the charge and see that any amount taken in error is put right.',
];
export const callActBillingCheck = [
  'I will check the charge and come back to you {within} with it put right',
  'I will go through the bill and come back to you {within} with any wrong charge put right',
];

// Fees set by the business's own terms (to cancel, to join, a notice period): gone through with the reviewer in a
// call, never treated as a charge taken in error.
export const callCharges = [
  'I would like to go through the charges with you on a call and explain each one.',
  'I would welcome a call to go over the fees with you, one by one.',
  'I would like to talk the charges through with you and answer any question about them.',
];
export const callActCharges = [
  'I will go through the charges with you {within}',
  'I will set aside time {within} to go over the fees with you',
];
// Goods the reviewer mended and has used since: nothing is owed, but the fix deserves thanks and the fault a hearing.
export const callFixedByThem = [
  'Thank you for taking the trouble to get it working again yourself; should the fault ever come back, send it to us and we will put it right at no cost.',
  'I am grateful you got it going again yourself, and if it gives out the same way again, we will sort it out at no charge.',
];
export const callActFixedByThem = [
  'I will come back to you {within} to thank you for mending it, and should the fault return, we will put it right at no cost',
];

// A customer followed up far more than they wanted: the calls and mailings stop at once, and nothing is offered that
// would bring more of them.
export const callStopContact = [
  'I have asked the team to take you off our follow-up calls and mailings, so nothing more will come from us unless you ask for it.',
  'I have made sure the follow-up calls and mailings to you stop now; if you ever want anything from us, you only need to ask.',
];
export const callActStopContact = [
  'I will confirm {within} that you are off every follow-up list we keep, and nothing more will come from us unless you ask',
];

// Goods already replaced with one that works: glad of it, and help should anything else go wrong; nothing offered.
export const callPutRight = [
  'I am glad the replacement you were sent works as it should; if anything else about it gives you trouble, I will sort it out myself.',
  'It is good to hear the replacement is working properly, and should anything else go wrong with it, I will put it right.',
];
export const callActPutRight = ['I will see to anything about it that is still not right {within}'];

// Goods that work but were hard to set up: help setting them up, never money.
export const callSetUp = [
  'I would be glad to go through the set-up with you step by step, on the phone or by email, until it runs as it should.',
  'Setting it up should not take an afternoon; I can take you through it on a call, at whatever pace suits you.',
  'If any part of the set-up is still giving you trouble, one call with me should clear it.',
];
export const callActSetUp = [
  'I will take you through the set-up {within}',
  'I will set aside time {within} to go through the set-up with you',
];
// A part worn out, or goods that failed after long use: checked over and put right, not refunded or sent again.
export const callCheck = [
  'If you send it in, our technicians will check it over free of charge and tell you plainly what it would take to put right.',
  'Our technicians can look it over at no charge and see whether a repair under warranty will sort it.',
  'Send it to us and we will test it free of charge, then repair it under warranty where it is covered.',
];
export const callActCheck = [
  'I will arrange a free check of it and tell you {within} how it can be put right',
  'I will set up a free check and come back to you {within} with what a repair would take',
];

// Offered when the money is already back or the item returned: nothing is left to put right, but the account is
// worth hearing.
export const callSettled = [
  'I would like to hear what went wrong, so it does not happen to anyone else.',
  'I would still like to hear how it went wrong, so it does not happen again.',
  'If you are willing, I would like to hear more about what went wrong.',
  'I would be grateful for a few minutes to hear how this happened.',
  'I would still like to understand how this went wrong.',
  'If you can spare a few minutes, I would value the full story, so it is not repeated for someone else.',
  // For a review that already tells what went wrong: nothing asked of it again, and no vague offer to see to
  // "whatever still needs putting right", only what we will do with what they told us.
  'Should anything about it still be outstanding, I will see to it myself.',
  'I will take what you describe to the team myself, so it is not repeated.',
  'I will make sure what you describe reaches the people who can change it.',
  'What you went through is going to the team today, so the next customer does not meet it.',
  'I am passing your account to the people responsible, so it is put right for others.',
  'I will see that the team learns from this, so no one else has the same experience.',
];

// The offer told as what follows once the reviewer gets in touch ("If you call me on …, I will …"), so the offer and
// the invitation make one sentence in their own right rather than two sentences glued together.
export const inviteThen = [
  'If you ring {phone} or email {email}, {act}.',
  'As soon as you phone me on {phone} or write to {email}, {act}.',
  'Once you get in touch, by email at {email} or on {phone}, {act}.',
  'Email me at {email}, or ring me on {phone}, and {act}.',
  'When you call {phone} or write to {email}, {act}.',
  // One way to reach us, and the one detail that lets us find the order or the visit ({detail}: "your order number").
  'If you email me at {email}, {act}.',
  'As soon as you write to me at {email}, {act}.',
  'If you ring me on {phone}, {act}.',
  'When you call me on {phone}, {act}.',
  'If you email me at {email} with {detail}, {act}.',
  'If you email me at {email}, quoting {detail}, {act}.',
  'As soon as you write to me at {email}, giving {detail}, {act}.',
  'If you ring {phone}, or email {email} and give {detail}, {act}.',
  'If you write to me at {email} and give {detail}, {act}.',
];

export const inviteThenThirdPerson = [
  'If you call {contact} on {phone} or email {email}, {act}.',
  'Once you get in touch with {contact} at {email} or on {phone}, {act}.',
  'If you email {contact} at {email}, {act}.',
  'If you call {contact} on {phone}, {act}.',
  'If you email {contact} at {email} with {detail}, {act}.',
  'If you call {phone}, or email {contact} at {email} with {detail}, {act}.',
];

// What follows the reviewer's message in `inviteThen`: a remedy with its time, a remedy kept for a later visit, or
// the call itself.
export const remedyActTimed = [
  'I will arrange {remedy} {within}',
  'I will have {remedy} set up {within}',
  'I can sort out {remedy} {within}',
  '{remedy} will be arranged {within}',
  'you will have {remedy} {within}',
  'I will see that you get {remedy} {within}',
  // Told after the reviewer's message ("Once I hear from you, …"), which already says when.
  'I will arrange {remedy} straight away',
  'I will see to {remedy} at once',
];
// The remedy waits for their next visit; the time is when they will hear back, never a deadline on the offer.
export const remedyActUntimed = [
  'I will get back to you {within} to arrange {remedy}',
  'I will reply {within} and set up {remedy}',
  'you will hear from me {within} about {remedy}',
  'I will write back {within} so we can arrange {remedy}',
];
// After a call, whose answer is the call itself: what is done once it is over.
export const remedyActUntimedCall = [
  'we can talk it over, and {within} I will set up {remedy}',
  '{within} I will have arranged {remedy}',
  'we can pick a day together, and {within} I will book {remedy}',
  'I will take your details and, {within}, put in place {remedy}',
];
export const callActFix = [
  // Each promises to put it right, not only to say later what might be done.
  'I will look into it myself and be in touch {within} to put it right',
  'I will look at what happened and come back to you {within}',
  'I will go through what happened and have an answer for you {within}',
  'I will take it from there and reply {within}',
  'I will find out what went wrong and set about putting it right {within}',
  'I will find out what happened and be back in touch {within}',
  // Told with no stock words, so a page has a way to say it that it has not used lately.
  'I will check what went wrong and write back {within} with what I am doing about it',
  'I will take this on myself and answer you {within}',
];
export const callActHear = [
  'I will set aside time {within} to hear the rest',
  'I will reply {within} and we can talk it over',
  'I will get back to you {within} so we can talk it through',
  'I will answer {within}, and we can take it from there',
];
// The same after an invitation to call: the caller is already talking to us, so what follows is what we do after the
// call, never an answer to it ("ring me …, and I will get back to you so we can talk it through" goes round in a circle).
export const callActFixSpoken = [
  'I will find out exactly what went wrong and, {within}, tell you what I have done about it',
  'I will hear you out, check it with the team and tell you {within} how I will put it right',
  'I will go through what happened with the people involved and let you know {within} what has changed',
  'I will take it on myself, and {within} you will know exactly how it is being put right',
];
export const callActHearSpoken = [
  'we can go through it together, and {within} I will let you know what I am doing about it',
  'I will listen to all of it, and {within} you will know what I have changed',
  'I will take it up with the team myself and tell you {within} what has changed',
];
// A parcel held up with the carrier or the marketplace: the errand is to find the order, not to chase the maker.
export const deliveryHelp = [
  'I will track down where your order is and see that it reaches you.',
  'I would like to find out where your order is and get it to you.',
];
export const deliveryAct = ['I will find out where your order is', 'I will chase your order myself'];

export const thirdPartyAct = [
  'I will take it up with the maker for you',
  'I will chase the maker on your behalf',
];

// What the review says already happened, when it adds something true to the reply: a regular customer, a complaint
// made at the time. A regular may have come only a few times, so none says how long or how often.
export const regularCustomer = [
  'That it happened to a regular makes it worse.',
  'You have come back to us before, and you deserved better than this.',
];
// The same where the regular comes in person: a shop's buyer may only ever have ordered online.
export const regularVisitor = ['After your earlier visits, this is a poor way for us to repay your loyalty.'];
export const chasedUs = [
  'You should not have had to chase us for an answer.',
  'Having to keep after us for a reply only made it worse.',
];
// We already came back to the reviewer, and what we said then did not put it right.
export const followedUpAlready = [
  'We did come back to you, but without a way to put it right, and that was not good enough.',
  'Hearing back from us was no help when it came with nothing to fix the problem.',
  'Our reply to you at the time left things no better; this time it should end with the problem fixed.',
];
// Goods bought from another seller and already taken back there: nothing of ours is open, and the reply says so.
export const returnedElsewhere = [
  'I am glad you were at least able to take it back.',
  'It is some comfort that you could return it.',
  'At least the return went through for you.',
];
export const raisedAtTheTime = [
  'You raised it at the time, and that was when it ought to have been sorted.',
  'Telling us on the spot ought to have been enough to put it straight.',
  'You flagged it while you were still with us, which makes it worse that nothing changed.',
];

// An invitation is a base (ending without a full stop) plus, when the next step is ours to time, a tail with the time.
export const inviteFirstPerson = [
  'You can reach me directly on {phone} or at {email}',
  'Please ring {phone}, or write to {email}',
  'Email me at {email} or call me on {phone}',
  'Drop me an email at {email}, or phone {phone}',
  'Reach me at {email} or on {phone}, whichever is easier',
  'Write to me at {email} or give me a ring on {phone}',
  'Please get in touch with me at {email} or on {phone}',
  'Call me on {phone} at any time, or write to {email}',
  'Call me on {phone}, or write to me at {email}',
  'The quickest way is to ring {phone}, or write to {email}',
  'Call me directly on {phone}, or if writing suits you better, email {email}',
  'Message me at {email} or phone {phone}',
  'Ring me on {phone}, or message {email} if that is easier',
  'Phone me on {phone}, or write to {email} if you would rather',
  'Whenever it suits you, call me on {phone} or write to {email}',
  'Whenever you are ready, reach me on {phone} or at {email}',
  'Ring me on {phone}, or if you prefer, write to {email}',
  'Just email me at {email}, or phone me on {phone}',
  'Please contact me on {phone} or by email at {email}',
  'Give me a call on {phone} or an email at {email}',
  'Contact me at {email} or on {phone}',
  // One way to reach me, where the matter suits it: a shop's order is best written about, an evening out talked over.
  'Email me at {email}',
  'Drop me an email at {email}',
  'Send me a message at {email}',
  'Write to me at {email}',
  'You can reach me at {email}',
  'Get in touch with me at {email}',
  'Contact me at {email}',
  'Give me a ring on {phone}',
  'Please ring {phone} and ask for me',
  'Phone me on {phone}',
  'Ring me on {phone}',
  'You are welcome to call me on {phone}',
  'Feel free to ring me on {phone}',
  'You can ring me directly on {phone}',
  'Do give me a call on {phone}',
  'Please phone me directly on {phone}',
  // The one detail that lets me find the order or the visit before we speak ({detail}: "your order number").
  'Email me at {email} with {detail}',
  'Drop me an email at {email} with {detail}',
  'Send me a message at {email}, giving {detail}',
  'Email me at {email}, quoting {detail}',
  'Write to me at {email}, quoting {detail}',
  'Call me on {phone}, or email {email} with {detail}',
  'Ring me on {phone}, or write to {email} and mention {detail}',
  'Email me at {email} and include {detail}',
  'Write to me at {email}, giving {detail}',
];

export const inviteThirdPerson = [
  'Please call {contact} on {phone} or email {email}',
  '{contact} would like to hear from you: email {email} or call {phone}',
  'You can reach {contact} directly at {email} or on {phone}',
  'Please get in touch with {contact} at {email} or on {phone}',
  'Please email {contact} at {email}',
  'Please call {contact} on {phone}',
  'Please ring {phone} and ask for {contact}',
  'You can call {contact} directly on {phone}',
  'You can ring {contact} on {phone}',
  'Please email {contact} at {email} with {detail}',
  'Please call {contact} on {phone}, or email {email} with {detail}',
];

export const inviteTimeTailCall = [
  ', and if I miss you, I will ring you back {within}.',
  '; if I cannot pick up, I will call you back {within}.',
  '. Should I miss your call, I will return it {within}.',
];
export const inviteTimeTail = [
  ', and I will get back to you {within}.',
  '; I will reply {within}.',
  ', and I will come back to you {within}.',
  ', and you will hear back from me {within}.',
  ', and I will answer {within}.',
  '; expect a reply from me {within}.',
  ', and I will respond {within}.',
  '. I will be in touch {within}.',
  '; you will have my answer {within}.',
  '. I promise a reply {within}.',
  '. Whichever you choose, I will answer {within}.',
  '. You will hear from me personally {within}.',
  ', and I will make sure you hear back {within}.',
];

// The invitation with the time first and the contact details last, so a page of replies does not end each on the
// time. {within} is always a time counted from their message ("within a day of hearing from you").
// No "your" comes before the contact details, which the safety check would then read as the reviewer's own.
export const inviteTimeFirst = [
  'I will get back to you {within}: ring {phone} or write to {email}.',
  'Expect an answer from me {within}; phone {phone} or message {email}.',
  'You will hear from me {within}; call me on {phone} or write to me at {email}.',
  'I will get back to you {within}: email me at {email}.',
  'Expect an answer from me {within}; ring me on {phone}.',
  'You will hear from me {within}; drop me an email at {email}, quoting {detail}.',
  'Expect an answer from me {within}; email me at {email}, quoting {detail}.',
  'I will get back to you {within}: ring {phone}, or email {email} and include {detail}.',
  'I will reply {within}; call me on {phone} or write to me at {email}.',
  'I will reply {within}: email me at {email}.',
  'I can answer {within}; ring me on {phone}.',
  'I will reply {within}; email me at {email} with {detail}.',
  'I will reply {within}; write to me at {email}, giving {detail}.',
];
export const inviteTimeFirstCall = [
  'Ring me on {phone}, and if I cannot pick up straight away, I will call you back {within}.',
  'Please ring me on {phone}; if I am with someone, I will call you back {within}.',
];
export const inviteTimeFirstThirdPerson = [
  'You will hear back {within}: call {contact} on {phone} or email {email}.',
  '{contact} will answer {within}: call {phone} or email {email}.',
  'You will hear back {within}: email {contact} at {email}.',
  '{contact} will answer {within}: call {phone}.',
  'You will hear back {within}: email {contact} at {email} with {detail}.',
  '{contact} will answer {within}: call {phone}, or email {email} with {detail}.',
];

export const thanksGeneric = [
  'Thank you for the wonderful review!',
  'Thank you so much for taking the time to write this.',
  'What a lovely review to read, thank you.',
  'Thank you for the kind words.',
  'We really appreciate you sharing this, thank you.',
  'This is a lovely thing to read, so thank you.',
  'Thank you for writing such a warm review.',
  'Many thanks for the kind review.',
  'Reviews like yours make the work worth it. Thank you.',
];

export const neutralOpen = [
  'Thank you for the honest review.',
  'Thanks for taking the time to share your thoughts.',
  'Thank you for the balanced feedback.',
];

export const neutralInvite = [
  'If anything could have been better, I would like to hear it: email me at {email}.',
  'If there is anything we could do better, email me at {email}; I read every note.',
];

// Never a bare "I appreciate you letting us know", which reads as a form beside an injury or a ruined evening.
export const holdingOpen = [
  'Thank you for letting us know about this.',
  'Thank you for raising this with us.',
  'Thank you for telling us what happened.',
  'Thank you for bringing this to us.',
];

// Asks after whoever was hurt: the reviewer often writes of a partner, a child or a friend.
export const holdingConcern = [
  'I was concerned to read about {p}, and I hope everyone is alright now.',
  'Reading about {p} concerned me, and I hope all is well now.',
  'I take {p} very seriously, and I hope everyone is feeling better.',
  'Learning of {p} worried me, and I hope everyone involved is on the mend.',
  'I do not take {p} lightly, and I hope everyone is recovering well.',
];

// The same, where the reviewer alone was hurt: "everyone involved" would ask after people who were never there.
export const holdingConcernOne = [
  'I was concerned to read about {p}, and I hope you are alright now.',
  'Reading about {p} concerned me, and I hope you are feeling better.',
  'I take {p} very seriously, and I hope you are recovering well.',
  'Learning of {p} worried me, and I hope you are on the mend.',
  'I do not take {p} lightly, and I hope you are feeling better now.',
];

// Asks after the one person or pet the review says was hurt, by name once the incident has named them: "I hope he
// is feeling better", "I hope your daughter is on the mend". {is} agrees with {who} ("you are", "your dog is").
export const holdingConcernNamed = [
  'I was concerned to read about {p}, and I hope {who} {is} feeling better now.',
  'Reading about {p} worried me, and I hope {who} {is} on the mend.',
  'It troubled me to read about {p}, and I hope {who} {is} recovering well.',
  'Learning of {p} concerned me; I hope {who} {is} doing okay now.',
  'It worried me to hear about {p}, and I hope {who} {is} alright.',
];

// The same concern where nobody was hurt (a door that would not lock, pests, out-of-date food): no asking after them.
export const holdingConcernUnhurt = [
  'I am sorry to read about {p}, and I take it very seriously.',
  'I was concerned to read about {p}, and I want to find out how it came about.',
  'I am sorry you had to deal with {p}, and I want to look into it properly.',
  'I am sorry to hear about {p}, and I am looking into it as a priority.',
  'I have read about {p} with real concern, and I want to get to the bottom of it.',
];

export const holdingSerious = [
  'I am sorry to read about your experience, and I take what you describe very seriously.',
  'I am sorry this happened; it is a serious matter, and I want to understand it fully.',
];

export const holdingTreatment = [
  'I am sorry to read this. Nobody should feel treated that way, and I take what you describe very seriously.',
  'I am sorry to read about your experience; I take what you describe very seriously and want to understand exactly how it came about.',
];

export const holdingInvite = [
  'Please call me on {phone} or email me at {email} as soon as you can, so I can follow it up with you.',
  'I would like to hear the details directly: please call me on {phone} or email me at {email} today if you can.',
  'Please get in touch with me at {email} or on {phone}; this is better talked over with you than on a public page.',
];

export const holdingInviteThirdPerson = [
  'Please call {contact} on {phone} or email {email} as soon as you can, so we can follow it up with you.',
  'So this can be handled privately, please email {email} or call {phone} and ask for {contact}.',
];

// A happy reviewer who mentions an incident in passing: thanks first, then a quiet request to hear more.
export const holdingHappy = [
  'I would also like to hear a little more about {p}, so please call me on {phone} or email me at {email} when you have a moment.',
  'If you are willing, I would like to hear more about {p} privately: email me at {email} or call me on {phone}.',
];

// The invite and the promise in one sentence, for a reply whose outline joins them.
export const holdingInvitePromise = [
  'Please call me on {phone} or email me at {email}, and I will come back to you {within} of hearing from you.',
  'If you can ring me on {phone} or write to {email}, you will have a full reply from me {within} of your message.',
  'Do reach me on {phone} or at {email} when you are ready; I will go through everything you tell me and answer {within}.',
  'When you are ready, ring me on {phone} or write to {email}; you will hear from me {within} of your message.',
  'Please reach me on {phone} or at {email}, and I will reply {within} of hearing from you.',
];

export const holdingInvitePromiseThirdPerson = [
  'Please call {contact} on {phone} or email {email}, and you will have a reply {within} of your message.',
  'If you can write to {email} or ring {phone} and ask for {contact}, we will answer {within} of hearing from you.',
];

// The thanks at the end, for a reply that opens on its concern.
export const holdingClose = [
  'Thank you for telling us about this.',
  'Thank you for letting me know.',
  'I am grateful to you for raising it.',
];

export const holdingPromise = [
  'I am looking into it personally and will get back to you {within} of hearing from you.',
  'I will look into it myself and come back to you {within}.',
  'You will have a reply from me {within} of your message, and I will follow it through to the end.',
  'After we have spoken, I will look at each point myself and tell you what I find {within}.',
  'I will take this up straight away and answer you {within} of your message.',
  'Once I have your account of it, I will follow it up and reply {within}.',
];

export const regulatedPrivacy = [
  'To protect everyone’s privacy we never discuss individual matters in a public reply.',
  'For privacy reasons we cannot discuss any individual situation here.',
  'Privacy rules mean we keep individual details out of public replies.',
  // More wordings, so a regulated page of several replies in a row does not repeat one word for word.
  'Because of confidentiality, I will keep the details out of this public reply.',
  'Personal details are best kept off a public page, so I will not go into them here.',
];
