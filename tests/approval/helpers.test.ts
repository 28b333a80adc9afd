import { describe, expect, it } from 'vitest';
import {
  isWebhookSignatureValid,
  signWebhookBody,
} from '../../server/src/services/alerts/webhook-signature.ts';
import { findPromises } from '../../server/src/services/cases/promises-from-text.ts';
import { assertMoveAllowed } from '../../server/src/services/cases/transitions.ts';
import { diffReplyText } from '../../server/src/services/replies/diff-reply-text.ts';

describe('promises read from a reply', () => {
  it('turns each committed sentence with a time into a promise due that many hours later', () => {
    const found = findPromises(
      'Thank you for the review. Marta will call you within 48 hours. We would like to offer a free re-do within three days. We hope to see you again.',
    );
    expect(found).toEqual([
      { description: 'Marta will call you within 48 hours.', dueInHours: 48 },
      { description: 'We would like to offer a free re-do within three days.', dueInHours: 72 },
    ]);
  });

  it('ignores times that promise nothing and commitments without a time', () => {
    expect(findPromises('Your bike waited within two days of the race. We will look into it.')).toEqual([]);
  });

  it('gives a relative promise like “tomorrow” a due date too', () => {
    expect(findPromises('I will ring you tomorrow to arrange it.')).toEqual([
      { description: 'I will ring you tomorrow to arrange it.', dueInHours: 24 },
    ]);
  });
});

describe('audit helpers', () => {
  it('records an edit as word changes and a unified diff', () => {
    const diff = diffReplyText('We are sorry about the wait.', 'We are truly sorry about the long wait.');
    expect(diff.changes).toEqual([
      { op: 'added', text: 'truly ' },
      { op: 'added', text: 'long ' },
    ]);
    expect(diff.patch).toContain('-We are sorry about the wait.');
    expect(diff.patch).toContain('+We are truly sorry about the long wait.');
  });

  it('signs a webhook body so that any change to it fails verification', () => {
    const body = JSON.stringify({ type: 'new_negative', text: 'hi' });
    const header = signWebhookBody('whsec_test', body);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(isWebhookSignatureValid('whsec_test', body, header)).toBe(true);
    expect(isWebhookSignatureValid('whsec_other', body, header)).toBe(false);
    expect(isWebhookSignatureValid('whsec_test', body.replace('hi', 'ho'), header)).toBe(false);
    expect(isWebhookSignatureValid('whsec_test', body, null)).toBe(false);
  });

  it('allows only the playbook’s stage moves', () => {
    expect(() => assertMoveAllowed('new', 'acknowledged')).not.toThrow();
    expect(() => assertMoveAllowed('mediation', 'legal')).not.toThrow();
    expect(() => assertMoveAllowed('new', 'legal')).toThrow(
      /From here it can go to: Acknowledged, Escalated, Terminated/,
    );
    expect(() => assertMoveAllowed('terminated', 'new')).toThrow(/closed/);
  });
});
