import { clauseIn, quibbleTopic, readQuibble } from '@rebound/server/drafting/read-quibble';
import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('a stated quibble is named in plain words: the thing and what was wrong with it', () => {
  it.each([
    ['Unfortunately the power button has a defect, it sticks.', 'the power button has a defect'],
    ['Pretty disappointed that they no longer do monthly programmes.', 'we no longer do monthly programmes'],
    ['The only downside is there are no drivers for Mac.', 'there are no drivers for Mac'],
    ['The only thing I could have used was a second outlet.', 'a second outlet would have been welcome'],
    ['The cake seemed like it had been sitting around for a while.', 'the cake did not seem fresh'],
    ['We had to wait 15 minutes to order, but it was worth it.', 'you waited 15 minutes to order'],
  ])('%s', (sentence, told) => {
    expect(clauseIn(sentence)).toBe(told);
  });

  it.each([
    [
      'electronics',
      'Great remote, lovely solid weight. Unfortunately the power button has a defect, it sticks.',
      /the power button has a defect/,
    ],
    [
      'restaurant',
      'The food was authentic and the sampler platter was delicious. The cake seemed like it had been sitting around for a while. Here is where they lost a star.',
      /the cake did not seem fresh/,
    ],
    [
      'electronics',
      'It charged my laptop all through a long trip and worked great. The only thing I could have used was a second outlet.',
      /a second outlet/,
    ],
  ])('the reply names it: %#', (kind, text, told) => {
    expect(replyTo(kind, text)).toMatch(told);
  });

  it('invents none where a sentence only tells a story', () => {
    expect(clauseIn('There was no need to call ahead, they took us straight in.')).toBeNull();
  });
});

describe('the highlight is what was praised, whatever joins it', () => {
  it('reads praise after ", but"', () => {
    const said = readPraise(
      'We had to wait a while, but the fried alligator was amazing and the beans were good.',
    );
    expect(said.map((p) => p.subject)).toContain('the fried alligator');
  });
});

describe('a quibble said in everyday words is read, and told back as the reviewer meant it', () => {
  it.each([
    ['My only beef is how long you have to hold the volume knob to mute it.', 'the volume knob'],
    ['The only thing I do not like about this blender is the lid.', 'the lid'],
    ['Only real complaint: the strap feels flimsy after a month.', 'the strap'],
    ['The only reason I gave it four stars is because of the service.', 'the service'],
    [
      'My only critique would be the constant banging of pipes in the early morning.',
      'the constant banging of pipes',
    ],
    ['For the brunch though, I would not go out of my way.', 'the brunch'],
    ['The hotel sits in a run-down part of town, but the rooms are lovely.', 'the neighbourhood'],
    [
      "I am still not sure why we were told to arrive at six for a ten o'clock appointment.",
      'how early you were asked to arrive',
    ],
    [
      'The only downside is that if you want to change the input, you have to go through three menus.',
      'changing the input',
    ],
    ['It would be a great kettle if it did not need descaling, but it is still good.', 'the descaling'],
    [
      'No great shakes regarding food, decor, or service, but a fun night with friends.',
      'the food, decor and service',
    ],
  ])('names the thing: %s', (text, noun) => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, noun });
  });

  it.each([
    [
      'The only reason it is not five stars is that the charging cable is very short.',
      'the charging cable is very short',
    ],
    ['It would be even better if the handles were longer.', 'the handles could be longer'],
    ['It would be nice if it came with a carrying case.', 'a carrying case would be welcome'],
    ['The strap is shorter than described.', 'the strap is shorter than described'],
    ['The speaker is not as loud as I expected.', 'the speaker is not as loud as expected'],
    ['The dessert menu is a bit limited.', 'the dessert menu is a bit limited'],
    ['The service though was slow and the drinks took a while.', 'the service was slow'],
    ['I wish they would open earlier on Sundays.', 'it would help to open earlier on Sundays'],
    ['The menu system is not very intuitive.', 'the menu system is not very intuitive'],
    ['With a password set, loading each time is a little slower.', 'loading is a little slower'],
    ['The grip could be more comfortable.', 'the grip could be more comfortable'],
    [
      "My only possible complaint is that the lid of the usb stick doesn't stay on as well as I would like.",
      "the lid of the USB stick doesn't stay on as well as hoped",
    ],
  ])('tells what was wrong: %s', (text, clause) => {
    expect(readQuibble(text, null)).toMatchObject({ found: true, clause });
  });

  it.each([
    "They are a little noisy, but the neighbours do not mind and the dogs don't care.",
    'My other kettles were flimsy and wore out fast.',
    'I have read reviews that say the sound is too thin, but I found that not to be the case.',
    'The unit is not too big for a small desk, which I love.',
    'As expected, Acme support is mediocre.',
  ])('tells back nothing that is not a fault of ours, in the reviewer’s meaning: %s', (text) => {
    const q = readQuibble(text, null);
    expect(q.found ? (q.clause ?? '') : '').not.toMatch(/care|mind|kettles|thin|big|acme/i);
  });

  it('names no thing that runs on into what it does', () => {
    const q = readQuibble('Only other complaint is that the leather case goes on a belt.', null);
    expect(String(q.found ? q.noun : '')).not.toMatch(/goes/);
  });

  it('never reads praise, or a feature it does without, as the fault', () => {
    expect(clauseIn("The staff weren't pushy at all and the room was great.")).toBeNull();
    expect(
      quibbleTopic('It does not have noise cancelling but it does a great job of blocking noise.'),
    ).toBeNull();
    expect(quibbleTopic('The bass is tight and punchy, and the treble is a bit harsh too.')).not.toBe(
      'the fit',
    );
  });
});
