import type { OAuthProviderName } from '@rebound/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

/** Sends the browser to the provider's consent page; the server keeps the state and PKCE verifier. */
export function useStartConnect(onError: (message: string) => void) {
  const trpc = useTRPC();
  return useMutation(
    trpc.oauth.start.mutationOptions({
      onSuccess: ({ url }) => window.location.assign(url),
      onError: (error) => onError(messageOf(error)),
    }),
  );
}

/** "Connect Google Business Profile" / "Connect Facebook Page", for the providers the operator set up. */
export function ConnectButtons({ onError }: { onError: (message: string) => void }) {
  const trpc = useTRPC();
  const providers = useQuery(trpc.oauth.providers.queryOptions());
  const start = useStartConnect(onError);
  if (!providers.data?.length) return null;
  return (
    <div className="connect-buttons">
      {providers.data.map((p) => (
        <button
          key={p.id}
          type="button"
          className="primary"
          disabled={start.isPending}
          onClick={() => start.mutate({ provider: p.id as OAuthProviderName })}
        >
          Connect {p.label}
        </button>
      ))}
    </div>
  );
}
