import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { useCan } from '../../shared/auth/use-can.ts';
import { TryLlmPanel } from './try-llm-panel.tsx';

const probeWords = {
  reachable: 'Reachable',
  unreachable: 'Not reachable',
  'key-refused': 'Reachable, but the API key was refused',
} as const;

/** Whether drafts go through an LLM, which one, whether it answers, and a way for the owner to try it. */
export function LlmSettingsPage() {
  const trpc = useTRPC();
  const status = useQuery(trpc.llm.status.queryOptions());
  const canTry = useCan('llm.try');
  const data = status.data;
  return (
    <section aria-labelledby="llm-title">
      <h1 id="llm-title">LLM drafting</h1>
      {status.isPending ? <p className="loading">Checking the LLM server…</p> : null}
      {status.error ? (
        <p className="error" role="alert">
          {messageOf(status.error)}
        </p>
      ) : null}
      {data && !data.isConfigured ? (
        <section className="card" aria-label="LLM status">
          <p>
            <strong>Drafting uses the built-in composer.</strong> No LLM is configured: the operator sets{' '}
            <code>LLM_BASE_URL</code> (and <code>LLM_MODEL</code>, <code>LLM_API_KEY</code>) in the server's
            environment to draft through Ollama or a hosted provider. See <code>docs/llm.md</code>.
          </p>
        </section>
      ) : null}
      {data?.isConfigured ? (
        <section className="card" aria-label="LLM status">
          <p>
            <strong>Drafting uses the LLM.</strong> Each answer must pass the tone, safety and grounding
            check; otherwise the composer's draft is used and the reason is shown.
          </p>
          <dl>
            <dt>Server</dt>
            <dd>{data.host}</dd>
            <dt>Model</dt>
            <dd>{data.model}</dd>
            <dt>Timeout</dt>
            <dd>{(data.timeoutMs / 1000).toLocaleString()} s</dd>
            <dt>Status</dt>
            <dd>
              <span className={data.probe.state === 'reachable' ? 'badge' : 'badge danger'}>
                {probeWords[data.probe.state]}
              </span>{' '}
              ({data.probe.detail})
            </dd>
          </dl>
        </section>
      ) : null}
      {canTry ? <TryLlmPanel /> : null}
    </section>
  );
}
