import { describe, expect, it } from 'vitest';
import { replyTo } from './sample-drafts.ts';

describe('nobody coming to serve is not told as a booked visit we missed', () => {
  it('never tells a bell rung at an empty counter as a no-show', () => {
    const reply = replyTo(
      'restaurant',
      'When I walked in, no one was there. I rang the bell on the counter. No one came out from the back. I walked out without ordering.',
      1,
    );
    expect(reply).not.toMatch(/turn up|arrived at the time|as arranged|expecting us/i);
  });

  it('never tells a table nobody checked on as a no-show', () => {
    const reply = replyTo(
      'restaurant',
      'We sat at our table for forty minutes after our drinks came. Nobody came to check on us, so we paid at the bar and left.',
      1,
    );
    expect(reply).not.toMatch(/turn up|arrived at the time|as arranged|expecting us/i);
  });

  it('still tells a repair visit nobody came to as a no-show', () => {
    const reply = replyTo(
      'auto',
      'I booked a mobile mechanic for 9am and waited in all day. Nobody came to fix it despite my many calls.',
      1,
    );
    expect(reply).toMatch(/turn up|arrived at the time|as arranged|expecting you|expecting us/i);
  });
});

describe('help that stops at a Mac is named', () => {
  it('names the limited support for Macs rather than a general letdown', () => {
    const reply = replyTo(
      'electronics',
      'I bought this router and spent two hours with tech support. I finally understood that the company has "limited support for Macs." What a waste of time. I am sending the router back.',
      1,
    );
    expect(reply).toMatch(/\bMacs?\b/);
  });

  it('does not bring up a Mac where the review only praises the support', () => {
    const reply = replyTo(
      'electronics',
      'Support was great and set it up on my Mac in minutes, but the router dropped the connection every evening. I am sending it back.',
      1,
    );
    expect(reply).not.toMatch(/\bMacs?\b/);
  });
});
