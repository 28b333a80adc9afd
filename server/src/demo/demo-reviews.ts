/** Reviews of the demo bike workshop, written for the demo. The site reveals them over time. */
export type DemoReview = {
  id: string;
  author: string;
  rating: number;
  title: string;
  text: string;
  daysAgo: number;
};

export const demoReviews: DemoReview[] = [
  {
    id: 'd01',
    author: 'Priya Raman',
    rating: 5,
    title: 'Wheel trued while I waited',
    text: 'Dropped in with a buckled rear wheel before a weekend ride. They trued it in twenty minutes and showed me what had loosened. Friendly and quick.',
    daysAgo: 40,
  },
  {
    id: 'd02',
    author: 'Tom Becker',
    rating: 2,
    title: 'Service took two weeks',
    text: 'Booked a standard service and was told three days. It took two weeks and nobody called to say it would be late. The work itself seems fine but the wait was frustrating.',
    daysAgo: 35,
  },
  {
    id: 'd03',
    author: 'Aisha N.',
    rating: 4,
    title: 'Good fit, slightly pricey',
    text: 'The bike fitting made a real difference to my knees. A bit more expensive than I expected, but the fitter was patient and explained everything.',
    daysAgo: 31,
  },
  {
    id: 'd04',
    author: 'Marco Silva',
    rating: 1,
    title: 'Brakes failed a day after repair',
    text: 'Paid for new brake pads and the front brake stopped working the next day on a hill. Really scary. When I came back the staff member at the counter was dismissive and said it must be how I ride.',
    daysAgo: 27,
  },
  {
    id: 'd05',
    author: 'Helen O',
    rating: 5,
    title: 'Best coffee and repairs in town',
    text: 'Great flat white while they fixed my puncture. Lovely team.',
    daysAgo: 24,
  },
  {
    id: 'd06',
    author: 'Jonas',
    rating: 3,
    title: 'OK but communication could improve',
    text: 'The repair was done properly, but I had to call three times to find out if it was ready. A text message would help a lot.',
    daysAgo: 20,
  },
  {
    id: 'd07',
    author: 'Chen Wei',
    rating: 2,
    title: 'Charged more than quoted',
    text: 'Quoted 60 for a tune-up and the invoice said 95. Nobody asked me before adding extra parts. Disappointed.',
    daysAgo: 16,
  },
  {
    id: 'd08',
    author: 'Fatima Zahra',
    rating: 5,
    title: 'Saved my commute',
    text: 'Chain snapped on the way to work. They squeezed me in at opening time and I was on my way in half an hour.',
    daysAgo: 13,
  },
  {
    id: 'd09',
    author: 'R. Okafor',
    rating: 1,
    title: 'Rude and careless',
    text: 'My frame came back with a deep scratch and the mechanic shrugged it off. Never again. I will be talking to my lawyer about the damage.',
    daysAgo: 10,
  },
  {
    id: 'd10',
    author: 'Lena K.',
    rating: 4,
    title: 'Helpful advice',
    text: 'They talked me out of an expensive upgrade I did not need. Honest shop. Only wish they opened earlier on Saturdays.',
    daysAgo: 8,
  },
  {
    id: 'd11',
    author: 'Sam Patel',
    rating: 2,
    title: 'Wrong part ordered',
    text: 'Waited a week for a derailleur and it was the wrong model. Another week for the right one. The shop was apologetic but it cost me two weeks without my bike.',
    daysAgo: 6,
  },
  {
    id: 'd12',
    author: 'Grace',
    rating: 5,
    title: 'Kids bikes sorted',
    text: 'Brought in three kids bikes for a check before the holidays. Fair price and they even adjusted the helmets.',
    daysAgo: 5,
  },
  {
    id: 'd13',
    author: 'Oliver Brandt',
    rating: 1,
    title: 'Bike not ready as promised',
    text: 'Promised for Friday, still not ready on Tuesday. The workshop area looked dirty and disorganised. Very poor service.',
    daysAgo: 3,
  },
  {
    id: 'd14',
    author: 'Mei Tanaka',
    rating: 4,
    title: 'Nice café corner',
    text: 'Good pastries and a friendly mechanic. The wait for a service slot is long though.',
    daysAgo: 2,
  },
  {
    id: 'd15',
    author: 'Daniel Ruiz',
    rating: 2,
    title: 'Gears still slipping',
    text: 'Had the gears indexed and they still slip under load. Expected better for the price. Will give them one more chance.',
    daysAgo: 1,
  },
];

/** The review a demo visitor edits later: after our reply, the reviewer raises the rating. */
export const demoEdit = {
  id: 'd02',
  afterMinutes: 30,
  rating: 4,
  text: 'Booked a standard service and was told three days. It took two weeks, which was frustrating, but the owner called me, apologised and gave the next service free. Fair handling in the end.',
};
