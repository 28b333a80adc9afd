import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSlices } from '../../server/src/services/trends/compare-slices.ts';
import { getFeedbackFunnel } from '../../server/src/services/trends/get-feedback-funnel.ts';
import { getOpenCases } from '../../server/src/services/trends/get-open-cases.ts';
import { getOverview, type Overview } from '../../server/src/services/trends/get-overview.ts';
import { getThemes } from '../../server/src/services/trends/get-themes.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { addCampaign, addCase } from './golden-feedback.ts';
import { addReply, addReview, createGoldenOrg, editRating, type GoldenOrg } from './golden-org.ts';

const period = { from: '2025-06-01', to: '2025-06-02' };

/**
 * The golden data, by hand:
 *  06-01  A ★5 positive [staff] published 10:00, replied 10:30 (30 min)
 *         A ★4 positive, no reply
 *         B ★1 negative [staff, wait] published 09:00, replied 05:00 next day (20 h)
 *  06-02  A ★2 negative [price, staff] published 08:00, replied 14:00 next day (30 h); raised to ★4 on 06-04
 *         B unrated neutral, no reply
 *         A ★1 removed from the platform
 *  05-30  A ★3 mixed (the previous period);  04-10  A ★5 positive (inside 90 days of 06-02, not 30)
 */
async function loadGolden(db: TestDatabase['db'], org: GoldenOrg) {
  const five = await addReview(db, org, {
    at: '2025-06-01T10:00:00Z',
    rating: 5,
    label: 'positive',
    themes: ['staff'],
  });
  await addReply(db, org, five, '2025-06-01T10:30:00Z');
  await addReview(db, org, { at: '2025-06-01T12:00:00Z', rating: 4, label: 'positive' });
  const one = await addReview(db, org, {
    at: '2025-06-01T09:00:00Z',
    rating: 1,
    label: 'negative',
    loc: 'B',
    themes: ['staff', 'wait'],
  });
  await addReply(db, org, one, '2025-06-02T05:00:00Z');
  const two = await addReview(db, org, {
    at: '2025-06-02T08:00:00Z',
    rating: 2,
    label: 'negative',
    themes: ['price', 'staff'],
  });
  await addReply(db, org, two, '2025-06-03T14:00:00Z');
  await editRating(db, org, two, 4, '2025-06-04T09:00:00Z');
  await addReview(db, org, { at: '2025-06-02T13:00:00Z', rating: null, label: 'neutral', loc: 'B' });
  await addReview(db, org, { at: '2025-06-02T16:00:00Z', rating: 1, label: 'negative', removed: true });
  await addReview(db, org, { at: '2025-05-30T16:00:00Z', rating: 3, label: 'mixed' });
  await addReview(db, org, { at: '2025-04-10T16:00:00Z', rating: 5, label: 'positive' });
}

describe.each(engines)('golden trend metrics on %s', (engine) => {
  let database: TestDatabase;
  let org: GoldenOrg;
  let overview: Overview;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    org = await createGoldenOrg(database.db, `golden-${engine}`);
    await loadGolden(database.db, org);
    overview = await getOverview(database.db, org.orgId, period);
  });
  afterAll(() => database?.drop());

  it('average rating over 2 days is (5+4+1+4)/4 = 3.5: the unrated and the removed review do not count', () => {
    expect(overview.summary.averageRating).toBeCloseTo(3.5, 10);
    expect(overview.summary.reviews).toBe(5);
  });
  it('volume by star is ★1 1, ★2 0, ★3 0, ★4 2 (one raised from ★2), ★5 1, unrated 1', () => {
    expect(Object.fromEntries(overview.summary.stars.map((s) => [s.star, s.count]))).toEqual({
      1: 1,
      2: 0,
      3: 0,
      4: 2,
      5: 1,
      unrated: 1,
    });
  });
  it('negative share is 2 negative / 5 reviews = 0.4', () => {
    expect(overview.summary.negativeShare).toBeCloseTo(0.4, 10);
  });
  it('response rate is 3 replied / 5 reviews = 0.6', () => {
    expect(overview.summary.responseRate).toBeCloseTo(0.6, 10);
  });
  it('median time to first reply of 30 min, 20 h and 30 h reads 22 h: middle reply in bucket [20 h, 24 h), 1200 + (1.5−1)/1 × 240 = 1320 min', () => {
    expect(overview.summary.medianReplyMinutes).toBeCloseTo(1320, 6);
    expect(overview.summary.meanReplyMinutes).toBeCloseTo((30 + 1200 + 1800) / 3, 6);
  });
  it('negative reviews answered within 24 h: 1 (20 h) of 2 (the other took 30 h) = 0.5', () => {
    expect(overview.summary.negativeAnsweredWithin24hShare).toBeCloseTo(0.5, 10);
  });
  it('removed reviews in the period: 1; recovered reviewers: 1 (★2 → ★4 after our reply) of 3 replied', () => {
    expect(overview.summary.removed).toBe(1);
    expect(overview.summary.recovered).toBe(1);
    expect(overview.summary.recoveredShareOfReplied).toBeCloseTo(1 / 3, 10);
  });
  it('rolling 30-day average to 06-02 is (5+4+1+4+3)/5 = 3.4 and rolling 90-day is (5+4+1+4+3+5)/6 = 3.67', () => {
    expect(overview.rolling.days30).toBeCloseTo(3.4, 10);
    expect(overview.rolling.days90).toBeCloseTo(22 / 6, 10);
  });
  it('the previous 2 days (05-30, 05-31) average 3/1 = 3.0 over 1 review', () => {
    expect(overview.previous.summary).toMatchObject({ reviews: 1, averageRating: 3 });
  });
  it('the daily series has one point per day: 06-01 (5+4+1)/3 = 3.33 over 3, 06-02 4/1 = 4.0 over 2', () => {
    expect(overview.series.granularity).toBe('day');
    expect(overview.series.points.map((p) => [p.start, p.reviews])).toEqual([
      ['2025-06-01', 3],
      ['2025-06-02', 2],
    ]);
    expect(overview.series.points[0]?.averageRating).toBeCloseTo(10 / 3, 10);
    expect(overview.series.points[1]?.averageRating).toBeCloseTo(4, 10);
  });
  it('location A alone: (5+4+4)/3 = 4.33 average, 2 replied / 3 = 0.67 response rate', async () => {
    const a = await getOverview(database.db, org.orgId, { ...period, locationId: org.locA });
    expect(a.summary.averageRating).toBeCloseTo(13 / 3, 10);
    expect(a.summary.responseRate).toBeCloseTo(2 / 3, 10);
  });
  it('source B alone: 1/1 = 1.0 average over 2 reviews, negative share 1/2 = 0.5', async () => {
    const b = await getOverview(database.db, org.orgId, { ...period, sourceId: org.srcB });
    expect(b.summary).toMatchObject({ reviews: 2, averageRating: 1, negativeShare: 0.5 });
  });
  it('comparison by location: North 3 reviews at 13/3 = 4.33, South 2 reviews at 1/1 = 1.0 with 1/1 negatives answered in 24 h', async () => {
    const rows = await compareSlices(database.db, org.orgId, { filter: period, by: 'location' });
    expect(rows.map((r) => [r.name, r.reviews])).toEqual([
      ['North Street', 3],
      ['South Street', 2],
    ]);
    expect(rows[0]?.averageRating).toBeCloseTo(13 / 3, 10);
    expect(rows[1]).toMatchObject({
      averageRating: 1,
      negativeAnsweredWithin24hShare: 1,
      medianReplyMinutes: 1200 + 0.5 * 240,
    });
  });
  it('top complaint themes count mentions in negative reviews: staff 2 (the ★5 mention is not a complaint), price 1, wait 1', async () => {
    const themes = await getThemes(database.db, org.orgId, period);
    expect(themes.top.map((t) => [t.theme, t.complaints, t.mentions])).toEqual([
      ['staff', 2, 3],
      ['price', 1, 1],
      ['wait', 1, 1],
    ]);
    expect(themes.weekly.find((w) => w.theme === 'staff')).toMatchObject({
      week: '2025-05-26',
      complaints: 1,
    });
  });
  it('feedback funnel: 4 requested (1 cancelled excluded), 3 sent, 2 opened, 2 clicked, 2 answered, 1 public click; satisfaction (5, 2): 1/2 = 0.5, mean 3.5', async () => {
    await addCampaign(database.db, org, 'five', '2025-06-01', [
      { opened: true, clicked: true, score: 5, publicClick: true },
      { opened: true, clicked: true, score: 2 },
      {},
      { sent: false },
      { cancelled: true },
    ]);
    const f = await getFeedbackFunnel(database.db, org.orgId, period);
    expect(f.funnel.map((s) => s.count)).toEqual([4, 3, 2, 2, 2, 1]);
    expect(f.satisfaction).toMatchObject({ answers: 2, satisfiedShare: 0.5, averageScore: 3.5 });
    expect(f.unhappy).toBe(1);
  });
  it('NPS of answers 10, 9, 7, 3 is (2 promoters − 1 detractor) / 4 × 100 = 25', async () => {
    await addCampaign(database.db, org, 'nps', '2025-06-02', [
      { score: 10 },
      { score: 9 },
      { score: 7 },
      { score: 3 },
    ]);
    const f = await getFeedbackFunnel(database.db, org.orgId, period);
    expect(f.nps).toMatchObject({ answers: 4, promoters: 2, detractors: 1, score: 25 });
  });
  it('open cases by stage: 2 new + 1 acknowledged = 3 open; the closed one is left out', async () => {
    await addCase(database.db, org, 'new');
    await addCase(database.db, org, 'new');
    await addCase(database.db, org, 'acknowledged');
    await addCase(database.db, org, 'resolved', true);
    const c = await getOpenCases(database.db, org.orgId);
    expect(c.open).toBe(3);
    expect(c.stages.find((s) => s.stage === 'new')?.count).toBe(2);
    expect(c.stages.find((s) => s.stage === 'acknowledged')?.count).toBe(1);
  });
  it('a spike of 4 negatives after 28 quiet ★5 days (threshold max(3, 2×0) = 3) is back to the 5.0 average after 7 days, when the 7-day window leaves the spike', async () => {
    const spiky = await createGoldenOrg(database.db, `spiky-${engine}`);
    for (let i = 0; i < 28; i++) {
      const day = new Date(Date.UTC(2024, 11, 4 + i, 12)).toISOString();
      await addReview(database.db, spiky, { at: day, rating: 5, label: 'positive' });
    }
    for (let i = 0; i < 4; i++)
      await addReview(database.db, spiky, { at: '2025-01-01T12:00:00Z', rating: 1, label: 'negative' });
    for (let i = 2; i <= 10; i++)
      await addReview(database.db, spiky, {
        at: `2025-01-${String(i).padStart(2, '0')}T12:00:00Z`,
        rating: 5,
        label: 'positive',
      });
    const o = await getOverview(database.db, spiky.orgId, { from: '2025-01-01', to: '2025-01-10' });
    expect(o.spikes).toEqual([
      {
        day: '2025-01-01',
        negatives: 4,
        baselineNegatives: 0,
        baselineAverage: 5,
        recoveredOn: '2025-01-08',
        daysToRecover: 7,
      },
    ]);
  });
});
