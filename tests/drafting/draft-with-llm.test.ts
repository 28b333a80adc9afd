import {
  demoBusinessProfile,
  describeDraftSource,
  draftWithLlm,
  type LlmConfig,
} from '@rebound/server/drafting/index';
import { getLlmStatus } from '@rebound/server/services/llm/get-llm-status';
import { triageReview } from '@rebound/server/triage/index';
import type { Situation } from '@rebound/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeLlmServer,
  startFakeLlmServer,
  tuneUpReply,
  tuneUpReview,
} from '../support/fake-llm-server.ts';

let llm: FakeLlmServer;
beforeAll(async () => {
  llm = await startFakeLlmServer();
});
afterAll(async () => {
  await llm?.close();
});

const cfg = (timeoutMs = 800): LlmConfig => ({
  baseUrl: llm.url,
  apiKey: 'test-key',
  model: 'small-model',
  timeoutMs,
});

const review = tuneUpReview;
const triage = triageReview(review);

const goodReply = tuneUpReply;

const situation = (over: Partial<Situation> = {}): Situation => ({
  item: 'the tune-up',
  problem: 'the gear shifting still slips',
  otherProblems: [],
  confidence: 'high',
  priorActions: [],
  asks: [],
  incidents: [],
  stance: 'unhappy',
  praised: [],
  people: [],
  isReturning: false,
  sectorGroup: 'trades_repairs',
  evidence: [],
  ...over,
});

describe('LLM drafting through a chat-completions server', () => {
  it('uses a good answer, records its promise, and sends the model, key and path of the protocol', async () => {
    llm.behave({ kind: 'answer', content: goodReply });
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft).toMatchObject({ source: 'llm', kind: 'reply', text: goodReply, llmFindings: [] });
    expect(draft.fallbackReason).toBeUndefined();
    expect(describeDraftSource(draft)).toBe('drafted by the LLM');
    expect(draft.promises).toEqual([expect.objectContaining({ dueInHours: 72 })]);
    const sent = llm.requests.at(-1);
    expect(sent).toMatchObject({
      path: '/v1/chat/completions',
      authorization: 'Bearer test-key',
      body: { model: 'small-model' },
    });
  });

  it('puts the playbook, the profile, the allowed remedies, the situation and the review in the prompt', async () => {
    llm.behave({ kind: 'answer', content: goodReply });
    const withSituation = { ...triage, situation: situation({ priorActions: ['refunded'] }) };
    await draftWithLlm(review, withSituation, demoBusinessProfile, cfg());
    const [system, user] = llm.requests.at(-1)?.body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain(demoBusinessProfile.name);
    expect(system?.content).toContain(demoBusinessProfile.contactEmail);
    expect(system?.content).toContain('a free re-do of the repair or service');
    expect(system?.content).toMatch(/60 to 120 words/);
    expect(system?.content).toMatch(/Use "I"/);
    // Already refunded: the refund is left out of what may be offered.
    expect(system?.content).not.toContain('- a refund');
    expect(user?.content).toContain("Main complaint, in the reviewer's terms: the gear shifting still slips");
    expect(user?.content).toContain('Already happened: refunded');
    expect(user?.content).toContain(review.text);
  });

  it('keeps the composer draft when the answer comes after the timeout', async () => {
    // The answer would come after 6 s; the bound below leaves room for a busy machine and still proves no wait.
    llm.behave({ kind: 'answer', content: goodReply, delayMs: 6_000 });
    const started = Date.now();
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg(300));
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(draft).toMatchObject({
      source: 'composer',
      fallbackReason: 'the LLM did not answer within 300 ms',
    });
    expect(draft.text).toContain('Marta');
  });

  it('keeps the composer draft when the body stops half way, within the same timeout', async () => {
    llm.behave({ kind: 'stall-body' });
    const started = Date.now();
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg(300));
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(draft.fallbackReason).toBe('the LLM did not answer within 300 ms');
  });

  it('keeps the composer draft on HTTP 500, and on 429 without retrying', async () => {
    llm.behave({ kind: 'status', status: 500 });
    const failed = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(failed).toMatchObject({ source: 'composer', fallbackReason: 'the LLM server answered HTTP 500' });
    expect(describeDraftSource(failed)).toBe('composer (the LLM server answered HTTP 500)');

    llm.behave({ kind: 'status', status: 429, headers: { 'retry-after': '0' } });
    const before = llm.requests.length;
    const limited = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(limited.fallbackReason).toBe('the LLM server is rate limiting us (HTTP 429)');
    expect(llm.requests.length - before).toBe(1);
  });

  it('keeps the composer draft on malformed JSON, a wrong shape, and empty or missing content', async () => {
    const cases = [
      [
        { kind: 'raw', body: '{"choices": [{"message": {"content": "Hi' },
        'the LLM answer was not valid JSON',
      ],
      [
        { kind: 'raw', body: '{"error": "no model loaded"}' },
        'the LLM answer had no choices in the expected shape',
      ],
      [{ kind: 'answer', content: '   ' }, 'the LLM answer was empty'],
      [{ kind: 'answer', content: null }, 'the LLM answer was empty'],
    ] as const;
    for (const [behaviour, reason] of cases) {
      llm.behave(behaviour);
      const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
      expect(draft, JSON.stringify(behaviour)).toMatchObject({ source: 'composer', fallbackReason: reason });
    }
  });

  it('keeps the composer draft when the answer is defensive, and says which words failed', async () => {
    llm.behave({
      kind: 'answer',
      content: goodReply.replace(
        'and I understand how disappointing that is.',
        'but if you had read the care guide you would know gears need time to settle.',
      ),
    });
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft.source).toBe('composer');
    expect(draft.fallbackReason).toMatch(/^LLM answer failed the check: defensive \(“if you had read/);
    expect(draft.llmAnswer).toContain('care guide');
    expect(draft.llmFindings.map((f) => f.rule)).toContain('defensive');
    expect(draft.text).not.toContain('care guide');
  });

  it('keeps the composer draft when the answer invents a complaint the review never made', async () => {
    llm.behave({
      kind: 'answer',
      content: goodReply.replace(
        'and I understand how disappointing that is.',
        'and I am also sorry that your cappuccino was served cold and the cake was stale.',
      ),
    });
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft.source).toBe('composer');
    expect(draft.fallbackReason).toMatch(
      /^LLM answer failed the check: .*grounding \(“[^”]*(cappuccino|cake)/,
    );
    expect(draft.text).not.toMatch(/cappuccino|cake/);
  });

  it('keeps the composer holding reply when the LLM admits fault on an incident', async () => {
    const incident = {
      author: 'Sam',
      rating: 1,
      text: 'The brakes you fitted failed on a hill the next day and I crashed. I am talking to my lawyer.',
    };
    const incidentTriage = triageReview(incident);
    expect(incidentTriage.escalation.escalate).toBe(true);
    llm.behave({
      kind: 'answer',
      content:
        'Sam, thank you for telling us, and I am so sorry you were hurt. This is on us: the brakes were not fitted properly. I would like to refund the repair in full within 48 hours. Please email me at marta@spokeandbean.example or call +1 555 0142 388 so I can make this right. Marta and the Spoke & Bean team',
    });
    const draft = await draftWithLlm(incident, incidentTriage, demoBusinessProfile, cfg());
    expect(draft).toMatchObject({ source: 'composer', kind: 'holding' });
    expect(draft.fallbackReason).toMatch(/admits fault on an incident \(“This is on us”\)/);
    expect(draft.fallbackReason).toMatch(/offers a refund in a holding reply/);
    expect(draft.text).not.toMatch(/on us|refund/i);
  });

  it('uses the LLM holding reply for an incident when it passes the check', async () => {
    const incident = {
      author: 'Sam',
      rating: 1,
      text: 'The brakes you fitted failed on a hill the next day and I crashed. I am talking to my lawyer.',
    };
    const holding =
      'Sam, thank you for letting us know, and I am very sorry to read that you crashed after the brakes failed on a hill. I am concerned for you and hope you are recovering. I would like to hear the full details from you directly so we can look into it properly. Please email me at marta@spokeandbean.example or call +1 555 0142 388 at any time. Marta and the Spoke & Bean team';
    llm.behave({ kind: 'answer', content: holding });
    const draft = await draftWithLlm(incident, triageReview(incident), demoBusinessProfile, cfg());
    expect(draft).toMatchObject({ source: 'llm', kind: 'holding', text: holding });
  });

  it('keeps the composer draft when the LLM offers compensation on a 5-star review', async () => {
    const happy = {
      author: 'Lea',
      rating: 5,
      text: 'Lovely coffee and the fastest puncture repair in town.',
    };
    llm.behave({
      kind: 'answer',
      content:
        'Lea, thank you so much for the kind words about our coffee and the puncture repair. I am glad we could get you rolling again so quickly, and I would love to offer you a 20% discount on your next visit as a thank-you. We look forward to seeing you again soon, and please say hello when you are next in. Marta and the Spoke & Bean team',
    });
    const draft = await draftWithLlm(happy, triageReview(happy), demoBusinessProfile, cfg());
    expect(draft.source).toBe('composer');
    expect(draft.fallbackReason).toMatch(/offers a discount on a 5-star review/);
  });

  it('keeps the composer draft when the LLM offers a refund to someone already refunded', async () => {
    const refunded = { ...triage, situation: situation({ priorActions: ['refunded'] }) };
    llm.behave({
      kind: 'answer',
      content: goodReply.replace('redo the tune-up free of charge', 'arrange a full refund for the tune-up'),
    });
    const draft = await draftWithLlm(review, refunded, demoBusinessProfile, cfg());
    expect(draft.source).toBe('composer');
    expect(draft.fallbackReason).toMatch(/offers a refund again after refunded/);
  });

  it('keeps the composer draft when the answer is far outside the asked length', async () => {
    llm.behave({ kind: 'answer', content: 'Thank you, Nora. Sorry about the gears; please call us.' });
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, cfg());
    expect(draft.fallbackReason).toMatch(/\b10 words \(60–120 asked for\)/);
  });

  it('uses the composer with the reason when no LLM is configured', async () => {
    const draft = await draftWithLlm(review, triage, demoBusinessProfile, null);
    expect(draft).toMatchObject({
      source: 'composer',
      fallbackReason: 'no LLM is configured',
      llmAnswer: null,
    });
  });
});

describe('LLM status for the settings page', () => {
  it('says the server is reachable and lists the model, and shows only the host', async () => {
    const status = await getLlmStatus(cfg());
    expect(status).toMatchObject({
      isConfigured: true,
      host: new URL(llm.url).host,
      model: 'small-model',
      probe: { state: 'reachable', isModelListed: true },
    });
    expect(JSON.stringify(status)).not.toMatch(/test-key|\/v1/);
  });

  it('tells a model the server does not list, a refused key, and a server that is down', async () => {
    const other = await getLlmStatus({ ...cfg(), model: 'llama3.1:8b' });
    expect(other).toMatchObject({ probe: { state: 'reachable', isModelListed: false } });

    llm.refuseKeys(true);
    try {
      expect(await getLlmStatus(cfg())).toMatchObject({ probe: { state: 'key-refused' } });
    } finally {
      llm.refuseKeys(false);
    }

    const down = await startFakeLlmServer();
    await down.close();
    expect(await getLlmStatus({ ...cfg(), baseUrl: down.url })).toMatchObject({
      probe: { state: 'unreachable', detail: 'the LLM server could not be reached' },
    });
  });

  it('says drafting uses the composer when no LLM is configured', async () => {
    expect(await getLlmStatus(null)).toEqual({ isConfigured: false });
  });
});
