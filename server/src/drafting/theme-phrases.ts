/** How a reply names each default theme inside a sentence ("...about {phrase}"). */
const themePhrases: Record<string, readonly string[]> = {
  wait: ['the long wait', 'how long things took', 'the delay'],
  staff: [
    'the way our team treated you',
    'the service you got from our team',
    'how our staff dealt with you',
  ],
  price: ['the charges', 'the cost and billing', 'what you were charged'],
  quality: ['the quality of what you received', 'the standard of the work', 'the quality you got'],
  defect: ['the fault you ran into', 'it not working as it should', 'the breakdown'],
  communication: ['the lack of clear communication', 'not getting clear answers', 'the poor communication'],
  cleanliness: ['the cleanliness', 'the state of the place', 'how clean things were'],
  delivery: ['the delivery', 'how the order reached you', 'the shipping'],
  booking: ['the booking trouble', 'the mix-up with the booking', 'the scheduling problem'],
  usability: [
    'how hard it was to set up and use',
    'the set-up and ease of use',
    'getting it to work for you',
  ],
  food: ['the food', 'what was served', 'your meal'],
};

/** Phrases for a theme; themes a business added get a plain wording built from their id. */
export function phrasesForTheme(theme: string): readonly string[] {
  const known = themePhrases[theme];
  if (known) return known;
  const readable = theme.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return [`the ${readable} side of things`, `the ${readable} problem`];
}
