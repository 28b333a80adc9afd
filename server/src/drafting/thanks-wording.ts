/**
 * Wording of thank-you notes to happy reviewers, first person of the contact who signs ("I"; `say` turns it to "we"
 * for a team). Placeholders: {p} what they praised ("the fish tacos"), {person}, {thing} ("your stay"), {item}
 * ("the headphones"), {it} ("it" or "them"). Rules: only the opening says "thank you" (the quibble line may say
 * "thanks too"), nothing claims praise the reviewer did not give, nothing offers anything, and every pool is large
 * enough that no line shows up in more than about one reply in twenty.
 */

export const praisedOpen = [
  'Thank you for the lovely review, and for the kind words about {p}!',
  'Thank you, it is great to hear how much you enjoyed {p}.',
  'Thank you for taking the time to write, and for singling out {p}.',
  'Your words about {p} made my day, so thank you.',
  'Thank you for the kind review; I am so glad {p} made such a good impression.',
  'What a lovely review to read. Thank you for mentioning {p}.',
  'Thank you for such a generous review, and for the shout-out to {p}.',
  'Thank you so much; I am delighted {p} stood out for you.',
  'Many thanks for writing this, and for the kind words about {p}.',
  'Thank you for writing; hearing that you loved {p} is a real treat.',
  'Thank you for such a warm review, and for what you said about {p}.',
  'It is a pleasure to read what you said about {p}, so thank you.',
];

export const genericOpen = [
  'Thank you for the wonderful review!',
  'Thank you so much for taking the time to write this.',
  'What a lovely review to read, thank you.',
  'Thank you for the kind words.',
  'Thank you for sharing this, it is much appreciated.',
  'Thank you for writing such a warm review.',
  'Many thanks for the kind review.',
  'Thank you for such a kind write-up!',
  'Thank you for taking a moment to tell others about us.',
  'Thank you, this review made my day.',
  'Thank you so much for the lovely write-up.',
  'Thank you for the glowing review.',
  'Thank you for such a thoughtful review.',
  'Thank you for leaving such a kind review.',
  'Thank you for the warm words.',
];

// The kind of experience, at the level the reviewer wrote about, when no single thing can be named safely.
export const gladThing = [
  'It is lovely to hear {thing} went so well.',
  'I am really glad {thing} was such a good one.',
  'It is great to know {thing} lived up to what you hoped for.',
  'Hearing that {thing} went smoothly is the best news.',
  'I am so pleased {thing} left you smiling.',
  'Knowing you enjoyed {thing} means a lot.',
  'It is great to hear {thing} was a happy one.',
  'It is a real pleasure to hear {thing} went so well.',
  'It is wonderful that {thing} was everything you hoped.',
];

export const gladProduct = [
  'It is great to hear {item} {are} doing such a good job for you.',
  'I am really glad {item} {are} living up to your hopes.',
  'It is good to know {item} {are} working so well for you.',
  'I am pleased to hear you are getting so much out of {item}.',
  'Knowing {item} suit{s} you so well is great to hear.',
  'It sounds like {item} {are} a great fit for you.',
];

// True of any happy reviewer, so safe where naming the relationship would disclose it.
export const gladGeneral = [
  'Hearing that someone left happy is the best part of the job.',
  'I am delighted it all went so well.',
  'I am so glad it went well.',
  'It is wonderful to hear things went so smoothly.',
];

export const gladProductOverall = [
  'I am glad {item} {are} doing the job on the whole.',
  'It is good to hear {item} {are} worth it overall.',
];

export const gladProductGeneric = [
  'It is great to hear it is doing such a good job for you.',
  'I am glad it is living up to your hopes.',
  'It is good to know it is working so well for you.',
  'It sounds like a great fit for what you needed.',
  'It sounds like it has earned its place.',
  'I am pleased it turned out to be the right choice.',
  'Good to hear it does exactly what you wanted.',
  'It is always nice to hear a purchase has paid off.',
  'I am glad it has made life a little easier.',
  'It is lovely to hear it has been such a good buy.',
];

// Said when no one was named: the praise goes to the people who earned it. None of these says "thank you".
export const team = [
  'I will share this with the whole team.',
  'The team will be so pleased to read this.',
  'I have passed your words on to everyone here.',
  'This will make the team’s day.',
  'Everyone here works hard for reviews like this, and I will make sure they see it.',
  'I know the team will love reading this.',
  'Your kind words are going straight to the team.',
  'It is a real boost for everyone here.',
  'The whole team will be glad to hear it.',
  'I am going to pin this up where the whole team can see it.',
  'Reviews like this are what the team works for.',
  'I will be reading this one out to the team.',
  'It is the kind of note the team loves to get.',
  'The team puts a lot of care into what they do, and it is lovely to see it noticed.',
  'I have made sure everyone here has seen it.',
  'Words like these go a long way with our team.',
  'The team will be chuffed to read this.',
  'I have sent this round to everyone here.',
  'Everyone here will be smiling at this one.',
  'This is going straight onto our team noticeboard.',
  'It has already done the rounds with the team.',
  'Notes like this one are a lift for the whole team.',
];

export const person = [
  'I will make sure {person} sees this.',
  '{person} will be thrilled to read this, and I will pass it on.',
  'I have passed your words on to {person}, who will be delighted.',
  'I have shared this with {person}; it will make their day.',
  'It is lovely to see {person} mentioned by name, and I will pass it on.',
  '{person} will be so pleased you noticed.',
  'I will be sure to tell {person} what you wrote.',
  '{person} takes real pride in this, so your words will mean a lot.',
];

export const returning = [
  'Having you back again and again means a great deal to us.',
  'It is always a pleasure to see a familiar face.',
  'It means a lot that you keep choosing us.',
  'Loyal guests like you are the heart of what we do.',
  'It is wonderful to have you with us time after time.',
  'It is lovely to hear you keep coming back.',
];

export const quibbleNoun = [
  'Thanks too for the note about {p}; we will take it on board.',
  'Your point about {p} is a fair one, and I have shared it with the team.',
  'I have noted what you said about {p}, too.',
  'Thanks as well for the honest word on {p}; it is on our list.',
  'The note about {p} is well taken, and the team has it.',
];

export const quibbleClause = [
  'Thanks too for the note that {p}; we will take it on board.',
  'Your point that {p} is a fair one, and the team has it.',
  'I have made a note that {p}, too.',
  'Thanks as well for mentioning that {p}; it is on our list.',
];

// A quibble the reviewer really stated, when its words do not make a clean phrase to repeat.
export const quibbleGeneral = [
  'Thanks too for the honest note on what could be better; we will take it on board.',
  'I have also shared your point about what could be better with the team.',
  'Thanks as well for the fair criticism; it helps us improve.',
];

// Invitations back, by the kind of business; never a reward, never a deadline.
export const inviteBack = {
  stay: [
    'We look forward to welcoming you back on your next trip.',
    'We hope to have you stay with us again soon.',
    'Your room will be waiting whenever you are next in town.',
    'We would love to host you again.',
    'Safe travels, and we hope to see you on your next stay.',
    'Come and stay with us again whenever you are back this way.',
  ],
  meal: [
    'We hope to welcome you back soon.',
    'Come back and see us whenever you are passing.',
    'We look forward to having you with us again.',
    'See you again soon, we hope.',
    'We would love to cook for you again.',
    'Do come back and see us.',
    'Your table will be ready whenever you are.',
    'We look forward to your next visit.',
  ],
  shop: [
    'We hope to see you again soon.',
    'We are here whenever you need anything else.',
    'Come and see us again soon.',
    'It was a pleasure to have you in.',
    'Hope to see you back soon.',
    'Do pop in again whenever you are passing.',
    'We look forward to your next visit.',
  ],
  trades: [
    'We will be here whenever you need us next.',
    'It was a pleasure, and we hope to see you again.',
    'We are always glad to help again.',
    'You know where to find us whenever you need us.',
    'We look forward to helping you again.',
    'Do get in touch whenever you need us.',
  ],
  car: [
    'We will be here whenever the car needs us next.',
    'See you at the next service.',
    'We are always glad to help keep you on the road.',
    'Whenever the car needs looking at, you know where we are.',
    'We look forward to seeing you and the car again.',
  ],
  appointment: [
    'We look forward to seeing you at your next appointment.',
    'See you next time, and enjoy the new look.',
    'We cannot wait to see you again.',
    'We hope to see you back in the chair soon.',
    'Looking forward to your next visit.',
    'See you again soon.',
  ],
  class: [
    'See you at your next class.',
    'We look forward to seeing you again soon.',
    'Keep up the great work, and see you soon.',
    'We cannot wait to see you back.',
    'See you next time.',
  ],
  professional: [
    'We look forward to working with you again.',
    'We are here whenever you need us again.',
    'It was a pleasure to help, and we are here whenever you need us.',
    'We hope to see you again soon.',
  ],
  software: [
    'We are always keen to hear how it is working for you.',
    'Keep the ideas coming.',
    'We hope it keeps making things easier for you.',
  ],
  health: [
    'Kind words like these mean a great deal to the whole team, and we are always here when you need us.',
    'Messages like this are why the team does what it does; our door is always open.',
    'It is lovely to be able to share words like these with the team, and we are here whenever you need us.',
  ],
};

// For a regulated practice, where the note must not confirm anyone is a patient or client.
export const regulatedExtra = [
  'We are always here if there is anything more we can do.',
  'Our door is always open.',
  'It is always good to hear from the people we serve.',
  'We are always glad to hear from you.',
];

// For a product the store sold but did not make; {item} is "the headphones" or "it".
export const productInvite = [
  'Enjoy {item}, and we hope to see you again soon.',
  'I hope {subj} serve{s} you well for years, and that we see you again.',
  'If you ever have a question about {item}, just ask; we are always glad to see you.',
  'Enjoy {item}, and do come back whenever you need anything.',
  'If anything ever comes up with {item}, we are a message away, and we hope to see you again.',
  'Here is to many more years of use, and to seeing you again.',
  'I hope {subj} keep{s} doing the job for a long time; do come back and see us.',
  'I hope {subj} give{s} you plenty of good use, and we look forward to seeing you again.',
];

// Only for a purchase the review does not place at another shop.
export const productInviteOurs = [
  'Enjoy {item}, and come and see us for the next one.',
  'We hope to see you again for the next upgrade.',
  'Enjoy {item}, and see you next time.',
];
