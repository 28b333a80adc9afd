/** Domain errors, mapped to tRPC and HTTP codes in one place (trpc/errors.ts). */
export class DomainError extends Error {
  constructor(
    readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'unauthorized' | 'rate_limited',
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Where in the dashboard the cause can be seen (the source that already watches an address, ...). */
    readonly link?: { href: string; label: string },
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (message = 'You do not have permission to do that') =>
  new DomainError('forbidden', message);
export const conflict = (message: string) => new DomainError('conflict', message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new DomainError('invalid', message, fieldErrors);
