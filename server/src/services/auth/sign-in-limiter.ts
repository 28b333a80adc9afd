import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors.ts';

/**
 * Sign-in attempts per client address, on top of the per-account lockout: slows password spraying across many
 * accounts from one place. Kept in memory per process, which is enough to make guessing impractical.
 */
export function createSignInLimiter(opts: { points?: number; durationSeconds?: number } = {}) {
  const limiter = new RateLimiterMemory({ points: opts.points ?? 20, duration: opts.durationSeconds ?? 300 });
  return {
    async consume(ip: string): Promise<void> {
      try {
        await limiter.consume(ip);
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
          throw new DomainError(
            'rate_limited',
            `Too many sign-in attempts from this address. Try again in ${minutes} minute(s).`,
          );
        }
        throw error;
      }
    },
  };
}

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
