import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { demoBusinessProfile } from '../../server/src/drafting/index.ts';
import { signedInClient } from '../support/api-client.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { type FakeLlmServer, startFakeLlmServer } from '../support/fake-llm-server.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');

// Names nothing the review might not say, so it fits any review: thanks, regret, a private conversation.
const plainAnswer = [
  'Thank you for taking the time to write this, and I am sorry we let you down.',
  'I would like to hear the whole story from you and put it right where I can.',
  `Please email me at ${demoBusinessProfile.contactEmail} or call ${demoBusinessProfile.contactPhone}`,
  'and I will get back to you within 48 hours.',
  'Marta and the Spoke & Bean team',
].join(' ');

describe('regenerating a draft through the LLM', () => {
  let server: TestServer;
  let llm: FakeLlmServer;
  beforeAll(async () => {
    llm = await startFakeLlmServer();
    server = await startTestServer('pglite', { LLM_BASE_URL: llm.url, LLM_MODEL: 'small-model' });
    const { orgId } = await loadDemo(server.database.db);
    await pollDemoSource(server, orgId);
  });
  afterAll(async () => {
    await server?.stop();
    await llm?.close();
  });

  it('records on the draft whether the LLM wrote it or why the composer was kept, and clears it on an owner edit', async () => {
    if (!owner) throw new Error('demo owner missing');
    const { client } = await signedInClient(server.url, owner.email, owner.password);
    const inbox = await client.reviews.inbox.query({});
    const item = inbox.find((i) => !i.isEscalated);
    if (!item) throw new Error('no ordinary review in the demo inbox');
    const noteOf = async () =>
      (await client.reviews.inbox.query({})).find((i) => i.draftId === item.draftId)?.draftOriginNote;

    llm.behave({ kind: 'answer', content: plainAnswer });
    await client.replies.regenerate.mutate({ draftId: item.draftId });
    expect(await noteOf()).toBe('drafted by the LLM');
    expect(llm.requests.at(-1)?.body.messages?.[1]?.content).toContain(item.text.slice(0, 60));

    llm.behave({ kind: 'status', status: 500 });
    await client.replies.regenerate.mutate({ draftId: item.draftId });
    expect(await noteOf()).toBe('composer (the LLM server answered HTTP 500)');

    await client.replies.edit.mutate({ draftId: item.draftId, text: `${plainAnswer} Thanks again.` });
    expect(await noteOf()).toBeNull();
  });
});
