import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../shared/api/trpc.ts';

/**
 * The server's fetch policy, read-only: an admin whose address was refused sees what is allowed now, which
 * setting changes it and who sets it (nobody can change it from the dashboard, on purpose).
 */
export function FetchPolicy() {
  const trpc = useTRPC();
  const policy = useQuery(trpc.sources.fetchPolicy.queryOptions());
  if (!policy.data) return null;
  const { allowList, allowEndpointOverrides } = policy.data;
  return (
    <details className="card fetch-policy">
      <summary>This server’s fetch policy</summary>
      <p>
        Rebound fetches public addresses only. Private, internal and loopback addresses are refused unless
        they are on the allow-list in the <code>FETCH_ALLOW_LIST</code> setting. The person who runs the
        Rebound server sets it in the server’s environment or <code>.env</code> file and restarts it; it
        cannot be changed here.
      </p>
      <p>
        Allowed private addresses:{' '}
        {allowList.length ? (
          <span className="fetch-allow-list">
            {allowList.map((entry) => (
              <code key={entry}>{entry}</code>
            ))}
          </span>
        ) : (
          <strong>none</strong>
        )}
      </p>
      <p>
        API addresses of Google and Yelp sources{' '}
        {allowEndpointOverrides
          ? 'may point elsewhere (ALLOW_ENDPOINT_OVERRIDES is on).'
          : 'always go to the platforms’ own addresses (ALLOW_ENDPOINT_OVERRIDES is off).'}
      </p>
    </details>
  );
}
