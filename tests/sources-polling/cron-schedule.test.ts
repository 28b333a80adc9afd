import { describe, expect, it } from 'vitest';
import { isValidCron, nextCronTime, nextPollAt } from '../../server/src/services/polling/schedule.ts';

// Minute and second steps only, so the answers hold in any whole-hour time zone the machine runs in.
const from = new Date('2031-03-04T10:07:30Z');

describe('cron times for source polls', () => {
  it('names the next quarter hour after a time in the future, not after now', () => {
    expect(nextCronTime('*/15 * * * *', from)?.toISOString()).toBe('2031-03-04T10:15:00.000Z');
  });

  it('reads six fields as seconds first', () => {
    expect(nextCronTime('*/10 * * * * *', from)?.toISOString()).toBe('2031-03-04T10:07:40.000Z');
  });

  it('is strictly after the given time when that time is itself a match', () => {
    const onTheHour = new Date('2031-03-04T10:15:00Z');
    expect(nextCronTime('*/15 * * * *', onTheHour)?.toISOString()).toBe('2031-03-04T10:30:00.000Z');
  });

  it('refuses what is not five or six valid fields', () => {
    for (const bad of ['', 'not a cron', '61 * * * *', '* * * *', '* * * * * * *']) {
      expect(isValidCron(bad), bad).toBe(false);
      expect(nextCronTime(bad, from), bad).toBeNull();
    }
    expect(isValidCron(' 0 */6 * * * ')).toBe(true);
  });

  it('falls back to the interval (plus at most 10% jitter) when the cron never fires or is absent', () => {
    for (const cron of ['0 0 31 2 *', null]) {
      const next = nextPollAt({ intervalSeconds: 600, cron }, from).getTime() - from.getTime();
      expect(next).toBeGreaterThanOrEqual(600_000);
      expect(next).toBeLessThan(660_000);
    }
    expect(nextPollAt({ intervalSeconds: 600, cron: '*/15 * * * *' }, from).toISOString()).toBe(
      '2031-03-04T10:15:00.000Z',
    );
  });
});
