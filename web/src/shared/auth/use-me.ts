import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions());
}

export type Me = NonNullable<ReturnType<typeof useMe>['data']>;
