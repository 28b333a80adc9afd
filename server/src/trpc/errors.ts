import { TRPCError } from '@trpc/server';
import { DomainError } from '../services/errors.ts';

const codes = {
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
  invalid: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  rate_limited: 'TOO_MANY_REQUESTS',
} as const;

/** The one place domain errors become tRPC errors. */
export function toTrpcError(error: unknown): unknown {
  if (error instanceof DomainError) {
    return new TRPCError({ code: codes[error.kind], message: error.message, cause: error });
  }
  return error;
}
