import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createApiClient, createQueryClient, TRPCProvider } from '../shared/api/trpc.ts';
import { GuardedRouter } from '../shared/ui/navigation-guard.tsx';
import { AppRoutes } from './routes.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <GuardedRouter>
          <AppRoutes />
        </GuardedRouter>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
