import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

describe('staff the reviewer names plainly are thanked by name', () => {
  it('"many thanks to Anna and Donnatella" thanks both by name', () => {
    const text =
      'The hotel is a short ride from the old town and the rooms were quiet. We received excellent service - many thanks to Anna and Donnatella who made us feel at home.';
    const reply = replyTo('hotel', text, 4);
    expect(reply).toMatch(/\bAnna\b/);
    expect(reply).toMatch(/\bDonnatella\b/);
  });

  it('"his barber was named Chris" thanks Chris', () => {
    const text =
      'I took my father for a haircut and we were thrilled. His barber was named Chris and he took the time to do an excellent job, and even trimmed his eyebrows.';
    expect(replyTo('salon', text, 5)).toMatch(/\bChris\b/);
  });

  it('"greeted by Jimmy" thanks Jimmy', () => {
    const text =
      'I have never had much luck with salesmen. I was nicely greeted by Jimmy and he never pushed me once. I found a car I liked and the purchase was quick and easy.';
    expect(replyTo('shop', text, 5)).toMatch(/\bJimmy\b/);
  });

  it('"my favorite waiter is Nico" thanks Nico', () => {
    const text =
      'Great for brunch and I have been here many times. The banana bread french toast is to die for. My favorite waiter is Nico, but generally the staff is friendly.';
    expect(replyTo('restaurant', text, 4)).toMatch(/\bNico\b/);
  });

  it('"thanks to Dr. Lisko" keeps the title', () => {
    const text =
      'I found this practice online. Thanks to Dr. Lisko and his staff, my back pain is gone and I can work again.';
    expect(replyTo('medical', text, 5)).not.toMatch(/(?<!Dr\. )\bLisko\b/);
  });
});

describe('a capitalised word after the same cues that is no member of staff is not thanked', () => {
  it('"thanks to Yelp" thanks no Yelp', () => {
    const text = 'Thanks to Yelp we found this little place. The pasta was delicious and the service quick.';
    expect(replyTo('restaurant', text, 5)).not.toMatch(/\bYelp\b/);
  });

  it('"our server was Great" is the word when the review also says great', () => {
    const text = 'Our server was Great and so quick. The pasta was great too and the tiramisu was lovely.';
    expect(replyTo('restaurant', text, 5)).not.toMatch(/\bGreat (?:will|takes|has)\b/);
  });

  it('"thanks to Patience" is the word when the review also says patience', () => {
    const text =
      'Thanks to Patience, the staff got my order right in the end. Their patience with my changes was lovely and the cake was perfect.';
    expect(replyTo('shop', text, 5)).not.toMatch(/\bPatience\b/);
  });
});
