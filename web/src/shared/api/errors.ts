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

/** A link the server sends with an error, to where its cause can be seen (e.g. the source already watching). */
export function linkOf(error: unknown): { href: string; label: string } | null {
  if (error instanceof TRPCClientError) {
    const data = error.data as { link?: { href: string; label: string } | null } | undefined;
    return data?.link ?? null;
  }
  return null;
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}
