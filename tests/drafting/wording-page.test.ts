import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';
import { draftPage as page } from './page-helpers.ts';

// One business's replies, drafted in order with the ones before them, are read together as one page: the days an
// offer will take are seldom told in two replies running, a promise to ring back is not made on reply after reply, and
// "you will know within a day what I can do" is not the page's one way to say what follows a message.

const restaurant = judgedProfile('restaurant');
const hotel = judgedProfile('hotel');

const DAYS = /\b(?:three days|seventy-two hours|72 hours)\b/;

describe('a restaurant page of replies offering money back for dishes', () => {
  let replies: string[] = [];
  beforeAll(() => {
    replies = page(
      restaurant,
      [
        'The lasagne was stone cold in the middle and the garlic bread was burnt black.',
        'My steak came out well done when I asked for medium rare, and it was tough as leather.',
        'The curry was so salty we could not eat more than a few bites.',
        'Fish and chips were soggy and greasy, and the peas tasted like they came from a tin.',
        'The chicken in my wrap was dry and the fries were stale.',
        'Ordered the risotto and it was crunchy, clearly undercooked rice.',
        'The soup was lukewarm and the bread roll was rock hard.',
        'Both burgers were raw in the middle. We sent them back and they came back the same.',
        'The pizza base was soggy and the cheese was rubbery.',
        'The salmon smelled off and the potatoes were undercooked.',
        'The ribs were fatty and the sauce was burnt and bitter.',
        'My pasta was bland and swimming in oil.',
      ],
      'days',
    );
  });

  it('tells the days an offer will take in two replies running once at most', () => {
    const running = replies.filter(
      (reply, i) => i > 0 && DAYS.test(reply) && DAYS.test(replies[i - 1] ?? ''),
    );
    expect(running.length, running.join('\n---\n')).toBeLessThanOrEqual(1);
  });

  it('still tells the days in some of them', () => {
    expect(replies.filter((reply) => DAYS.test(reply)).length).toBeGreaterThanOrEqual(3);
  });
});

const CALLS_BACK = /\b(?:ring|call|phone) you back\b|\breturn (?:it|any call)\b/;

describe('a hotel page of replies about how guests were treated', () => {
  let replies: string[] = [];
  beforeAll(() => {
    replies = page(
      hotel,
      [
        'The receptionist was short with us and acted like our questions were a nuisance.',
        'Staff at the front desk ignored us for ten minutes while they chatted to each other.',
        'The night manager was rude when we asked for a quieter room.',
        'Housekeeping walked in on us twice without knocking, and nobody said sorry.',
        'The porter rolled his eyes when we asked for help with our bags.',
        'We were talked down to at check-in because we booked through a website.',
        'The bar staff served everyone who came after us before they served us.',
        'Nobody at the desk could be bothered to help with a taxi at six in the morning.',
        'The duty manager shrugged when we said the room had not been cleaned.',
        'The breakfast staff were curt and made us feel unwelcome.',
      ],
      'calls',
    );
  });

  it('never promises to ring back in two replies running', () => {
    for (const [i, reply] of replies.entries()) {
      if (i === 0) continue;
      const before = replies[i - 1] ?? '';
      expect(CALLS_BACK.test(before) && CALLS_BACK.test(reply), `${before}\n---\n${reply}`).toBe(false);
    }
  });

  it('says "what I can do" in two replies at most', () => {
    const carrying = replies.filter((reply) => /\bwhat I can do\b/.test(reply));
    expect(carrying.length, carrying.join('\n---\n')).toBeLessThanOrEqual(2);
  });

  it('still gives the contact details in every reply', () => {
    for (const reply of replies) expect(reply).toMatch(/@|\(555\)/);
  });
});

describe('a reply asking for a call just after one that promised to ring back', () => {
  const texts = [
    'The receptionist was short with us and acted like our questions were a nuisance.',
    'The night manager was rude when we asked for a quieter room.',
    'The porter rolled his eyes when we asked for help with our bags.',
  ];
  const { contactPhone: phone, contactEmail: email, contactName: name } = hotel;
  const callBack = `I am sorry the room was cold. Ring me on ${phone}, and if I miss you, I will ring you back within a day.\n\n— ${name}`;
  const both = `I am sorry the lift was out of order. If you ring ${phone} or email ${email}, I will look into it and reply within a day.\n\n— ${name}`;
  const drafts = (recent: readonly string[]): string[] =>
    texts.flatMap((text) => {
      const r = { author: null, rating: 1, text, title: null };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(hotel.sector) });
      return Array.from(
        { length: 30 },
        (_, variant) => composeDraft(r, triage, hotel, { variant, recent }).text,
      );
    });

  it('gives the number without promising to ring back again', () => {
    for (const reply of drafts([callBack, both])) expect(reply, reply).not.toMatch(CALLS_BACK);
  });

  it('still promises to ring back where no recent reply did', () => {
    expect(drafts([both]).some((reply) => CALLS_BACK.test(reply))).toBe(true);
  });
});
