import { type Capability, can, rolesWith } from '@rebound/shared';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { DomainError } from '../services/errors.ts';
import type { AppContext } from './context.ts';
import { toTrpcError } from './errors.ts';

const t = initTRPC.context<AppContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError
        ? flattenZod(cause)
        : cause instanceof DomainError
          ? (cause.fieldErrors ?? null)
          : null;
    const isInternal = shape.data.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      message:
        cause instanceof ZodError
          ? 'Some fields need attention'
          : isInternal
            ? 'Something went wrong on our side'
            : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors,
        link: cause instanceof DomainError ? (cause.link ?? null) : null,
      },
    };
  },
});

function flattenZod(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    const list = out[key] ?? [];
    list.push(issue.message);
    out[key] = list;
  }
  return out;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps domain errors once, for every procedure. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause);
    if (mapped instanceof TRPCError) throw mapped;
  }
  return result;
});

/** True when any string (or key) in a parsed JSON input holds a NUL character. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

/**
 * PostgreSQL text cannot hold NUL, so a NUL anywhere in the input would fail deep in a query as a server error;
 * it is refused up front as bad input instead. Procedures without input never read the body.
 */
const refuseNul = t.middleware(async ({ getRawInput, next, type }) => {
  if (type !== 'subscription' && hasNul(await getRawInput().catch(() => undefined)))
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Text cannot contain NUL characters' });
  return next();
});

export const publicProcedure = t.procedure.use(mapErrors).use(refuseNul);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in' });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Signed in, a member of the session's organization; narrows ctx with orgId and role. */
export const orgProcedure = authedProcedure.use(({ ctx, next }) => {
  const { orgId, role } = ctx.session;
  if (!orgId || !role)
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not a member of an organization' });
  return next({
    ctx: {
      ...ctx,
      orgId,
      role,
      actor: { userId: ctx.session.userId, label: ctx.session.email },
    },
  });
});

/** Org-scoped and limited to the roles that hold the capability in the one access table (shared/src/capabilities.ts). */
export function capabilityProcedure(capability: Capability) {
  return orgProcedure.use(({ ctx, next }) => {
    if (!can(ctx.role, capability)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `This needs the ${rolesWith(capability).join(' or ')} role`,
      });
    }
    return next();
  });
}
