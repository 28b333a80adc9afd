import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';
import { everyWording, judged as loadProfile } from './remedy-helpers.ts';

type Group = Parameters<typeof nameComplaints>[1];
const named = (text: string, group: Group = 'food_hospitality'): string[] =>
  nameComplaints(text, group).map((n) => n.clause);
const lead = (text: string, group: Group = 'food_hospitality'): string | undefined => named(text, group)[0];
const drafts = (profile: string, text: string, rating = 1): string[] =>
  everyWording(loadProfile(profile), text, { rating, title: null, count: 4 });

// The general lines a reply falls back on when it names nothing.
const NAMES_NOTHING =
  /let you down\.|for the way things turned out|you expected better of us|disappointed you\.|such a disappointing experience|your visit (?:fell short|did not go|was not what)|your time with us was not|we did not (?:do better|get this right)/;

describe('the service damned as a whole', () => {
  const text =
    'Easily the worst customer service of any supermarket in town. I will drive across the city to shop somewhere else.';

  it('is named at a shop as the customer service', () => {
    expect(lead(text, 'retail')).toBe('the customer service was so poor');
    for (const reply of drafts('shop', text)) {
      expect(reply).toMatch(/customer service was so poor/);
      expect(reply).not.toMatch(NAMES_NOTHING);
    }
  });

  it('is named at a restaurant beside the fault the reviewer told', () => {
    expect(
      named('The pasta was fine. Our server vanished and the service was horrible all night.'),
    ).toContain('the service was so poor');
  });

  it('is not read from service the reviewer says was not bad', () => {
    expect(named('The service was not terrible, just a little slow to start.')).not.toContain(
      'the service was so poor',
    );
    expect(named('Not bad service for a Friday night, though the room was loud.')).not.toContain(
      'the service was so poor',
    );
  });

  it('is not read at a shop from a review of goods whose maker had poor support', () => {
    expect(
      named('The charger died in a week and their customer service was horrible.', 'retail'),
    ).not.toContain('the customer service was so poor');
  });
});

describe('a dish damned in slang', () => {
  it('names the food where the reviewer calls a dish blah', () => {
    const text =
      'Stopped at the drive through on my way home. I got a chicken taco and onion rings. The onion rings were so blah I left them in the bag.';
    expect(lead(text)).toBe('the food was such a letdown');
    for (const reply of drafts('restaurant', text)) expect(reply).not.toMatch(NAMES_NOTHING);
  });

  it('names the food called a major disappointment', () => {
    expect(lead('The patio is lovely. But as for the food, just a major disappointment every time.')).toBe(
      'the food was such a letdown',
    );
  });

  it('does not read food that was no disappointment', () => {
    expect(named('The food was not a disappointment at all; the bill was.')).not.toContain(
      'the food was such a letdown',
    );
  });

  it('names slices that tasted as if they had stood out and been warmed up', () => {
    expect(
      lead('We had two slices and they tasted like they had been sitting out for hours and nuked.'),
    ).toBe('the food tasted reheated rather than freshly cooked');
  });
});

describe('a wait told with where it was taken', () => {
  it('names a wait outside for a paid order', () => {
    expect(lead('I paid online and still had to wait outside for 35 minutes to collect it.')).toBe(
      'you had such a long wait',
    );
  });

  it('leaves ten minutes in the lobby to what happened there', () => {
    expect(named('I waited in the lobby for 10 min and nobody would help me.')).not.toContain(
      'you had such a long wait',
    );
  });
});

describe('a poor table', () => {
  it('names a table by the kitchen or the mall doors', () => {
    expect(lead('We booked weeks ahead and were seated right next to the kitchen for two hours.')).toBe(
      'you were given such a poor table',
    );
    expect(lead('This time we were seated by the mall doors, of all places.')).toBe(
      'you were given such a poor table',
    );
  });

  it('is not read from a table the reviewer chose by the window', () => {
    expect(named('We sat by the window and the view was lovely, but the soup was cold.')).not.toContain(
      'you were given such a poor table',
    );
  });
});

describe('a room in bad shape', () => {
  it('names the room rather than a room that "did not go as it should"', () => {
    const text = 'Friendly front desk, but the room was generally in bad shape. We will not stay again.';
    expect(lead(text)).toBe('the room was not in the condition it should have been');
    for (const reply of drafts('hotel', text, 2)) expect(reply).not.toMatch(/room did not go as it should/);
  });
});

describe('a place the reviewer knew as better', () => {
  it('names dishes that no longer taste as they did', () => {
    expect(lead('Since the new owners came in, my usual salad no longer has a hint of the same taste.')).toBe(
      'the dishes you came back for no longer taste the way they did',
    );
  });

  it('names a place that has slipped', () => {
    expect(lead('What used to be a cheerful little spot now seems tired and mediocre.')).toBe(
      'we have not kept to the standard you knew from us',
    );
  });

  it('is not read from a place the reviewer says is as good as ever', () => {
    expect(named('It used to be my favourite and it still is; the staff are lovely.')).not.toContain(
      'we have not kept to the standard you knew from us',
    );
  });
});

describe('too few staff on', () => {
  it('names a shop with too few people at the tills', () => {
    expect(
      lead(
        'A lovely big store, but a misery to shop in. Never enough checkers on and the lines go on forever.',
        'retail',
      ),
    ).toBe('there were not enough staff on to look after you');
  });

  it('names a bar that should have had more people working', () => {
    expect(
      named('It was a holiday weekend and you should have enough people working behind the bar.'),
    ).toContain('there were not enough staff on to look after you');
  });

  it('is not read from staffing the reviewer says they would forgive', () => {
    expect(
      named('It is one thing if you are slammed and understaffed on a game night. We were the only table.'),
    ).not.toContain('there were not enough staff on to look after you');
  });

  it('is not read from a manual that gives too little help', () => {
    expect(
      named('The manual does not give enough help and there are not enough buttons.', 'retail'),
    ).not.toContain('there were not enough staff on to look after you');
  });
});
