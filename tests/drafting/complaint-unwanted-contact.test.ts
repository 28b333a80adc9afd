import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { isReturningCustomer } from '@rebound/server/triage/situation/praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

const garage = judged('auto');
const told =
  'I told my salesperson I did not want pointless repeated contacts. A month after buying the car I have received no less than 10 follow-ups: calls asking for referrals, mailers and requests to rate the follow-ups. You do not build a loyal customer base by annoying people. If I need you, I know where you are.';

describe('a customer followed up far more than they wanted', () => {
  it('is answered for the contacts, not for a warranty named in passing', () => {
    expect(nameComplaints(told, 'trades_repairs')[0]?.clause).toBe(
      'we kept contacting you far more than you wanted',
    );
  });

  it('is told the follow-ups stop, and offered nothing that would bring more', () => {
    expect(offered(stepFor(garage, told, 2))).toBe('call:stop_contact');
    for (const reply of everyWording(garage, told, { rating: 2 })) {
      expect(reply).toMatch(/follow-up calls and mailings|follow-up list/);
      expect(reply).not.toMatch(/warranty|loyalty|earlier visits|refund|on us|free/i);
    }
  });

  it('is no regular for speaking of a loyal customer base', () => {
    expect(isReturningCustomer(told)).toBe(false);
    expect(isReturningCustomer('I have been a loyal customer for ten years.')).toBe(true);
  });

  it('is not read from calls the customer made (near miss)', () => {
    const own =
      'I made more than 10 calls to get my car back and nobody ever called me back. The repair took three weeks.';
    expect(nameComplaints(own, 'trades_repairs').map((n) => n.clause)).not.toContain(
      'we kept contacting you far more than you wanted',
    );
    expect(offered(stepFor(garage, own, 1))).not.toBe('call:stop_contact');
    // Nor from the two or three calls about a job running late.
    const late = 'I got 3 calls from the garage saying my car was not ready, and the repair took two weeks.';
    expect(offered(stepFor(garage, late, 1))).not.toBe('call:stop_contact');
  });
});
