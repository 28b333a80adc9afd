/**
 * Wording for each part of a reply. Placeholders: {name} first name, {detail} a noun phrase from the review,
 * {theme} a theme phrase, {business}, {contact}, {phone}, {email}, {remedy}, {hours}.
 * Every variant must stay free of excuses and blame; contact details always follow a cue word ("call", "email")
 * so the safety check recognises them as the business's own.
 */
export const greetings = {
  named: ['Hi {name},', 'Hello {name},', 'Dear {name},', '{name}, hello,', 'Good day {name},'],
  anonymous: ['Hello,', 'Hi there,', 'Good day,', 'Dear reviewer,'],
};

export const thanksForFeedback = [
  'Thank you for taking the time to tell us about this.',
  'Thank you for letting us know how this went.',
  'Thanks for writing this up so clearly; it helps us.',
  'We appreciate you sharing this, even though it was not a good experience.',
  'Thank you for being honest with us here.',
  'Thanks for telling us; feedback like this is how we improve.',
];

export const acknowledgeDetail = [
  'I am sorry about the trouble with the {detail}, and I understand why you are frustrated.',
  'I am sorry to read what happened with the {detail}; that would annoy anyone.',
  'After what you describe with the {detail}, I can see why you are disappointed, and I am sorry.',
  'We are sorry that the {detail} let you down. Your frustration makes complete sense.',
  'The problem you describe with the {detail} should not have happened, and I apologise.',
  'I am sorry the {detail} did not live up to what you expected; I can see how disappointing that was.',
  'What you went through with the {detail} is not okay, and we are sorry.',
];

export const acknowledgeTheme = [
  'I am also sorry about {theme}.',
  'We also hear you about {theme}.',
  'And {theme} is something we need to look at too.',
  'Thank you as well for pointing out {theme}.',
];

export const acknowledgeThemeOnly = [
  'I am sorry about {theme}, and I understand why you are frustrated.',
  'We are sorry about {theme}; that is not what anyone should get from us.',
  'I can see why {theme} left you disappointed, and I apologise.',
];

export const ownership = [
  'That is not the standard we hold ourselves to, and it is on us to put it right.',
  'We fell short here, and fixing it is our job, not yours.',
  'We missed the mark, and I take responsibility for making it right.',
  'This is on us, and we want to make it right.',
  'You deserved better from us, and we intend to put this right.',
  'We own this one and want to fix it properly.',
];

export const remedyOffer = [
  'We would like to offer {remedy}{within}.',
  'As a first step, we can arrange {remedy}{within}.',
  'We can offer {remedy}{within}, if that works for you.',
  'To put things right, we are happy to arrange {remedy}{within}.',
];

export const invitation = [
  'Please call {contact} on {phone} or email {email} so we can sort out the details directly.',
  'You can reach {contact} directly; call {phone} or write to {email}, whichever suits you.',
  'Could you get in touch with {contact}? Email {email} or call {phone} and we will take it from there.',
  'Please contact {contact} at {email} or on {phone}, and we will arrange it with you.',
  '{contact} would like to hear from you: email {email} or phone {phone}.',
];

export const closings = [
  'Thank you again for your patience.',
  'We hope to have the chance to make this right.',
  'Thanks again for telling us.',
  'We appreciate the chance to fix this.',
];

export const positiveThanks = [
  'Thank you so much for the kind words about the {detail}!',
  'We are really glad the {detail} worked out so well for you.',
  'It is great to hear you were happy with the {detail}. Thank you!',
  'Thanks for the lovely review; we are delighted the {detail} hit the mark.',
  'Thank you! Hearing that the {detail} made a difference means a lot to the team.',
];

export const positiveThanksGeneric = [
  'Thank you so much for the kind words!',
  'We are really glad you had a good experience, and thank you for saying so.',
  'Thanks for the lovely review; it made our day.',
  'Thank you for taking the time to share this.',
];

export const positiveClosing = [
  'We will pass this on to the whole team.',
  'The team will be pleased to read this.',
  'We hope to see you again soon.',
  'Thanks again for choosing {business}.',
];

export const mixedThanks = [
  'Thank you for the fair review, and we are glad parts of it went well.',
  'Thanks for the balanced feedback; it is good to hear some of it worked for you.',
  'We appreciate you taking the time to share both the good and the bad.',
  'Thank you for the honest review and for the kind words in it.',
];

export const neutralBody = [
  'Thank you for your review. If there is anything we could have done better with the {detail}, we would really like to hear it.',
  'Thanks for the feedback on the {detail}. We are always looking to improve, so any details you can share help.',
  'Thank you for taking the time to write about the {detail}. We would love to know what would have made it a five-star experience.',
];

export const holdingBody = [
  'Thank you for raising this. We take what you describe seriously, and {contact} is looking into it personally and will review it within {hours} hours.',
  'Thank you for telling us about this. A concern like this goes straight to {contact}, who will review it within {hours} hours.',
  'We have read your review and take it seriously. {contact} is reviewing it personally and will do so within {hours} hours.',
];

export const holdingDetail = [
  'We want to understand exactly what happened with the {detail}.',
  'We would like to hear more about the {detail} so we can look into it properly.',
  'We need the whole story about the {detail} before anything else.',
];

export const holdingInvitation = [
  'Please contact {contact} directly at {email} or on {phone} so this can be discussed privately.',
  'So this can be handled privately, please email {email} or call {phone} and ask for {contact}.',
];

export const regulatedPrivacy = [
  'To protect everyone’s privacy we never discuss individual matters in a public reply.',
  'For privacy reasons we cannot discuss any individual situation here.',
  'Privacy rules mean we keep individual details out of public replies.',
];
