import { composeDraft } from '@rebound/server/drafting/index';
import { nameReservation } from '@rebound/server/drafting/name-reservation';
import { clauseIn, quibbleTopic } from '@rebound/server/drafting/read-quibble';
import { aboutRival } from '@rebound/server/drafting/rival-product';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile, replyTo } from './sample-drafts.ts';

type Listed = { rating: number; text: string; title: string; itemName: string };

/** The electronics shop's reply to a review of a product its listing names. */
function listedReply(listed: Listed): string {
  const profile = loadProfile('electronics');
  const r = { author: null, ...listed };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) });
  return composeDraft(r, triage, profile, { recent: [] }).text;
}

// The stock nods that name nothing: a page of them reads as a form.
const STOCK_NOD = /frank comment|honest comment|taken on board|has been noted|is noted/i;

describe('a happy reviewer’s reservation is named in a short phrase of our own', () => {
  it.each([
    ['The only negative on this printer is a slight curling of the pages.', 'the pages curling'],
    ['My only problem is that I can’t fit more than 66-69 songs on it.', 'the song capacity'],
    ["My only problem is that I can't fit more than 66-69 songs on it.", 'the song capacity'],
    [
      'Some concerns: after heavy usage the top document feeder begins to jam.',
      'the document feeder jamming after heavy use',
    ],
    [
      'You have to watch it to avoid paper jams, double-feeding that some time occurs.',
      'the occasional paper jam',
    ],
    [
      'It may be a bit annoying though, as downloading everything to the hard drive takes some time.',
      'the slow transfers',
    ],
    ['Minor complaints - instructions are sparse.', 'the thin instructions'],
    ['The earbuds will easily slip out if you’re sweating.', 'the earbuds slipping out when you sweat'],
    ["The earbuds will easily slip out if you're sweating.", 'the earbuds slipping out when you sweat'],
    ['The sound is very flat.', 'the flat sound'],
    ['The hotel is lovely but not ideal to take young children.', 'taking young children'],
    ['My only issue was the broken Nespresso machine :(', 'the broken Nespresso machine'],
    ['I just wish they had better sound quality for music.', 'the sound quality'],
    ['I wish it had a longer battery life.', 'the battery life'],
    [
      'The connector plug does not attach very firmly and can disconnect easily.',
      'the connector plug coming loose',
    ],
    ['One complaint: very short battery life.', 'the short battery life'],
    ['When I walk with them I can hear my footsteps.', 'the sound of your footsteps coming through'],
    [
      'The only flaw is that the initial hookup (according to the book) did not seem quite right.',
      'the hook-up steps in the manual',
    ],
    [
      'The only complaint is that the plastic window that covers the dial pops open at times.',
      'the plastic window popping open',
    ],
  ])('%s', (sentence, named) => {
    expect(nameReservation(sentence.replace(/’/g, "'"))).toBe(named);
  });

  it('finds none where the fault is denied or absent', () => {
    const praise = [
      'It has never had a single paper jam.',
      'No curling of the pages at all, unlike my old one.',
      'The sound is never flat, even at low volume.',
      'The pages come out crisp and the feeder is quick.',
      'The lid never comes off, even in a full bag.',
      'The plug does not stick out, so it fits behind furniture.',
      'There is no short battery life to worry about here.',
      'The set-up in the manual is clear and it was running in minutes.',
    ];
    expect(praise.map(nameReservation)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('names it in the reply, with no stock nod', () => {
    const reply = replyTo(
      'electronics',
      'This is my second one of these printers. The only negative on this printer is a slight curling of the pages. It is fast and reliable and the prints are crystal clear.',
      5,
    );
    expect(reply).toMatch(/the pages curling/);
    expect(reply).not.toMatch(STOCK_NOD);
  });

  it('names the fault in the body when the cue is in the title', () => {
    const draft = listedReply({
      rating: 4,
      title: 'Works well, but the plug needs work',
      text: "The antenna picks up far more satellites than the built-in one. Roadstar's external antenna connector plug does not attach very firmly and can disconnect easily when the units are moved around. Still worth buying.",
      itemName: 'Roadstar External GPS Antenna',
    });
    expect(draft).toMatch(/the connector plug coming loose/);
  });

  it('names earbuds that slip out in a sweat, said after "The Bad:"', () => {
    const reply = replyTo(
      'electronics',
      'Great noise-cancelling earbuds, and the battery lasts for weeks. The Bad: nothing is really bad about them. The earbuds will easily slip out if you are sweating, though they wash clean in seconds.',
      5,
    );
    expect(reply).toMatch(/the earbuds slipping out when you sweat/);
  });
});

describe('a reservation that cannot be phrased cleanly is left out', () => {
  it('gives no stock nod to a stated quibble whose words name nothing', () => {
    const reply = replyTo(
      'electronics',
      'Lovely little radio with a warm sound and a solid build. My only complaint is something small that I will mention to the maker myself.',
      4,
    );
    expect(reply).not.toMatch(STOCK_NOD);
    for (const line of [...tw.quibbleProductNoun, ...tw.quibbleNotOurs]) {
      expect(reply).not.toContain(line.split('{n}')[0]?.trim() || line);
    }
  });

  it('never tells back a clause that ends on its verb', () => {
    expect(clauseIn('Usually there is a note stating that, and in that case there was not.')).toBeNull();
    // Near miss: a clause that says what was wrong is still told.
    expect(clauseIn('The only issue was that the pillows were lumpy.')).toBe('the pillows were lumpy');
  });

  it('never tells back a plural said with a singular verb', () => {
    expect(clauseIn('The only issue was that the cucumbers was not an option.')).toBeNull();
    // Near misses: the plural said right, and a singular noun ending in s, keep their clause.
    expect(clauseIn('The only issue was that the cucumbers were not an option.')).toBe(
      'the cucumbers were not an option',
    );
    expect(clauseIn('The only issue was that the glass was dirty.')).toBe('the glass was dirty');
  });

  it('never takes what the reviewer feared might happen for what did', () => {
    const reply = replyTo(
      'electronics',
      "I was wary of buying one after mixed reviews. It seemed people either had awful luck with theirs or it worked perfectly. Knowing my luck, it wouldn't work for me at all. The first one was dead, so I swapped it. The new one gives decent sound on a crowded dial, with some static now and then. For the money it is a fine way to play music in the car.",
      4,
    );
    expect(reply).not.toMatch(/\bluck\b|wouldn/i);
  });

  it('reads a tip for the next customer as no quibble', () => {
    expect(
      quibbleTopic('They are always busy, so expect to wait if you don’t have an appointment.', false),
    ).toBeNull();
    expect(
      quibbleTopic("If your waiting and wish to come back there's coffee in the same complex.", false),
    ).toBeNull();
    // Near miss: a wait told as a fault is still read.
    expect(quibbleTopic('Lovely nails, but the wait was far too long.', false)).toBe('the wait');
  });
});

describe('a fault of a rival model is never our quibble', () => {
  const text =
    'This was the largest set that would fit my space. I also looked at the Westinghouse at another shop. The first time I looked at the Westinghouse the picture looked a bit fuzzy. Then I read that the Westinghouse picture was better than the Sharp. On HD the picture is amazing.';
  const review = { text, title: 'Amazing picture', itemName: 'Sharp LC-37D7U 37" Aquos LCD TV' };

  it('reads the sentence as about the rival', () => {
    expect(
      aboutRival('The first time I looked at the Westinghouse the picture looked a bit fuzzy.', review),
    ).toBe(true);
    // Near miss: the model bought, named by its maker, is no rival.
    expect(aboutRival('The Sharp picture looked a bit fuzzy at first.', review)).toBe(false);
  });

  it('never thanks the reviewer for a point about the rival’s picture', () => {
    expect(listedReply({ rating: 4, ...review })).not.toMatch(/fuzzy/i);
  });
});

describe('quibble lines are gracious and plain', () => {
  const pools = {
    quibbleClause: tw.quibbleClause,
    quibbleNoun: tw.quibbleNoun,
    quibbleNotOurs: tw.quibbleNotOurs,
    quibbleClauseNotOurs: tw.quibbleClauseNotOurs,
    quibbleProductClause: tw.quibbleProductClause,
    quibbleProductNoun: tw.quibbleProductNoun,
    quibbleUntold: tw.quibbleUntold,
  };

  it.each(Object.entries(pools))('%s: no form words, no telling-off, no apology', (_, pool) => {
    expect(pool.length).toBeGreaterThanOrEqual(4);
    for (const line of pool) {
      expect(line).not.toMatch(/on board|\bnoted\b|made a note|hear about it from me|^As for|sorry|apolog/i);
    }
  });

  it('frames each line its own way: no two lines of a pool open on the same three words', () => {
    for (const pool of Object.values(pools)) {
      const openings = pool.map((line) => line.split(/\s+/).slice(0, 3).join(' ').toLowerCase());
      expect(new Set(openings).size).toBe(openings.length);
    }
  });
});
