import { TRPCClientError } from '@trpc/client';

export type FieldErrors = Record<string, string[]>;

/** The field errors the server sends with a BAD_REQUEST, keyed by field name. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: FieldErrors | null } | undefined;
    return data?.fieldErrors ?? {};
  }
  return {};
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}
