/**
 * Texts go out only between 8:00 and 21:00 on the client's own clock. Outside that window a message waits
 * in the outbox until the next 8:00 there, so a campaign launched at noon in one zone does not wake a client
 * whose night it is.
 */
export const quietHours = { startHour: 8, endHour: 21 } as const;

function localParts(at: Date, timeZone: string): { hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { hour: get('hour'), minute: get('minute'), second: get('second') };
}

export function isWithinSendingHours(at: Date, timeZone: string): boolean {
  const { hour } = localParts(at, timeZone);
  return hour >= quietHours.startHour && hour < quietHours.endHour;
}

/**
 * The earliest moment at or after `at` when a text may go out in `timeZone`. Steps forward a minute at a time
 * from the estimate so a daylight-saving jump that day cannot land it at 7:00 or 9:00.
 */
export function nextSendingTime(at: Date, timeZone: string): Date {
  if (isWithinSendingHours(at, timeZone)) return at;
  const { hour, minute, second } = localParts(at, timeZone);
  const minutesUntilStart =
    (quietHours.startHour * 60 - (hour * 60 + minute) + 24 * 60) % (24 * 60) || 24 * 60;
  let candidate = new Date(at.getTime() + minutesUntilStart * 60_000 - second * 1000);
  candidate.setUTCMilliseconds(0);
  // A day with a clock change can make the estimate an hour off; walk to the first minute inside the window.
  for (let i = 0; i < 120 && !isWithinSendingHours(candidate, timeZone); i++)
    candidate = new Date(candidate.getTime() + 60_000);
  for (let i = 0; i < 120; i++) {
    const earlier = new Date(candidate.getTime() - 60_000);
    if (!isWithinSendingHours(earlier, timeZone) || earlier < at) break;
    candidate = earlier;
  }
  return candidate;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}
