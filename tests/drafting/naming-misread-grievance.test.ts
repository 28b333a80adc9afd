import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { describe, expect, it } from 'vitest';

type Group = Parameters<typeof nameComplaints>[1];
const namedFor = (text: string, group: Group): string[] => nameComplaints(text, group).map((n) => n.clause);

describe('a grievance is not read from words that only look like one', () => {
  it('does not read a cold flat or a laptop held by its lock as goods that kept freezing', () => {
    const flat = 'The walls are paper thin. Freezing in the winter and boiling hot in the summer.';
    expect(namedFor(flat, 'retail')).not.toContain('it kept freezing on you');
    const lock =
      'The code changed by itself overnight. Now my laptop is locked up at my desk and I cannot use it.';
    expect(namedFor(lock, 'retail')).not.toContain('it kept freezing on you');
    // Goods that froze or locked up are still named so.
    expect(namedFor('It locked up on me three times in the first week.', 'retail')).toContain(
      'it kept freezing on you',
    );
    expect(namedFor('The screen keeps freezing whenever I open the camera app.', 'retail')).toContain(
      'it kept freezing on you',
    );
  });

  it('does not read a freezer or a night the reviewer spent cold as a freezing fault', () => {
    expect(namedFor('Half of the menu comes straight out of the freezer.', 'retail')).toEqual([]);
    expect(namedFor('We turned the heater up and still froze all night.', 'retail')).toEqual([]);
    expect(namedFor('It froze twice a day until I sent it back.', 'retail')).toContain(
      'it kept freezing on you',
    );
  });

  it('does not read the weeks a sore ankle took to feel normal as a wait', () => {
    const sore = 'The massage was rough. It took nearly three weeks for my ankles to feel normal again.';
    expect(namedFor(sore, 'professional')).not.toContain(
      'you had to wait so much longer than you should have',
    );
    // Weeks spent waiting for the work itself are still a wait.
    expect(namedFor('It took three weeks for them to finish the job.', 'professional')).toContain(
      'you had to wait so much longer than you should have',
    );
  });
});

describe('the main grievance is named where the reviewer says it plainly', () => {
  it('names a manager called a jerk and the attitude met when asking for help', () => {
    const text =
      'The sliding doors were broken again. The manager there is nothing more than a jerk. I asked him for help and all I got was attitude.';
    expect(namedFor(text, 'retail')[0]).toBe('the manager treated you so poorly');
    // A manager who was not a jerk is no grievance, and an apology received is no attitude.
    const fine =
      'The sliding doors were broken again. The manager was not a jerk about it. All I got was an apology.';
    expect(namedFor(fine, 'retail')).not.toContain('the manager treated you so poorly');
    expect(namedFor(fine, 'retail')).not.toContain('you were treated so poorly');
  });

  it('names photos that cannot be recovered as lost with the goods', () => {
    const text =
      'It wiped the drive when it formatted it, and now I cannot recover any of my wedding photos.';
    expect(namedFor(text, 'retail')[0]).toBe('it failed and took your photos with it');
    expect(
      namedFor('At first I could not get the photos off the card, but the new software fixed it.', 'retail'),
    ).toEqual([]);
  });

  it('names brows that were done badly', () => {
    expect(namedFor('She did a terrible job on my brows and laughed about it.', 'professional')[0]).toBe(
      'your brows did not turn out the way you asked',
    );
    expect(namedFor('My eyebrows came out uneven, one higher than the other.', 'professional')[0]).toBe(
      'your eyebrows did not turn out the way you asked',
    );
    expect(namedFor('Honestly not a bad job on my brows, just a long wait.', 'professional')).not.toContain(
      'your brows did not turn out the way you asked',
    );
  });

  it('names a wait told by the clock from the moment the party sat down', () => {
    const text =
      'We finally ordered, 35 minutes after sitting down. The plates came an hour after we arrived.';
    expect(namedFor(text, 'food_hospitality')[0]).toBe('you had such a long wait');
    expect(namedFor('Our starters came ten minutes after we sat down.', 'food_hospitality')).toEqual([]);
    expect(namedFor('An hour after eating we were back at the hotel.', 'food_hospitality')).toEqual([]);
  });
});

describe('a poor picture told as the reviewer felt it', () => {
  it('names the picture quality the reviewer was disappointed in, or saw noise in', () => {
    expect(
      namedFor('Setting it up was fine, but I was really disappointed in the video quality.', 'retail'),
    ).toContain('the picture quality was so poor');
    expect(namedFor('There was a lot of noise in the picture whatever setting I tried.', 'retail')).toContain(
      'the picture quality was so poor',
    );
    expect(
      namedFor('I was not disappointed in the video quality at all; the stand was the trouble.', 'retail'),
    ).not.toContain('the picture quality was so poor');
  });
});

describe('keys that register more than once', () => {
  it('names a key press that comes out several times, not a key pressed twice on purpose', () => {
    expect(
      namedFor('Since the update the keys fire off two or three digits with a single press.', 'retail'),
    ).toContain('a single press of a key kept registering several times');
    expect(namedFor('I pressed the key twice and it worked the second time.', 'retail')).not.toContain(
      'a single press of a key kept registering several times',
    );
  });
});
