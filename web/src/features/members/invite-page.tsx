import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { homeFor } from '../../shared/auth/home-for.ts';
import { useMe } from '../../shared/auth/use-me.ts';
import { Field } from '../../shared/ui/field.tsx';
import { tokenFromHash } from './link-token.ts';

/** Where an invitation link lands: accept signed in as the invited address, or choose a password to join. */
export function InvitePage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const me = useMe();
  const [token] = useState(tokenFromHash);
  const [form, setForm] = useState({ name: '', password: '' });
  const invitation = useQuery(
    trpc.account.invitation.queryOptions({ token }, { enabled: token.length >= 20, retry: false }),
  );
  const accept = useMutation(
    trpc.account.acceptInvitation.mutationOptions({
      onSuccess: async () => {
        const signedIn = await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        await queryClient.invalidateQueries();
        navigate(homeFor(signedIn?.role));
      },
    }),
  );
  const errors = fieldErrorsOf(accept.error);
  const data = invitation.data;
  if (invitation.isPending && token.length >= 20) return <p className="loading">Loading…</p>;
  if (!data) {
    return (
      <main className="auth-page" id="main">
        <div className="card narrow">
          <h1>Invitation not valid</h1>
          <p>
            This invitation was already used, withdrawn or has expired. Ask the person who invited you for a
            new one.
          </p>
          <a href="/sign-in">Go to sign in</a>
        </div>
      </main>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate(me.data ? { token } : { token, ...form });
  };
  const isOtherAccount = !!me.data && me.data.email !== data.email;
  return (
    <main className="auth-page" id="main">
      <form className="card narrow" onSubmit={submit} aria-labelledby="invite-title">
        <h1 id="invite-title">Join {data.orgName}</h1>
        <p>
          You are invited to join {data.orgName} on Rebound as <strong>{data.role}</strong>. The invitation is
          for {data.email}.
        </p>
        {isOtherAccount ? (
          <p className="error" role="alert">
            You are signed in as {me.data?.email}. Sign out, then open the link again.
          </p>
        ) : me.data ? null : (
          <>
            <p>
              Already use Rebound with this address? <a href="/sign-in">Sign in</a>, then open the link again.
              New here? Choose your name and password:
            </p>
            <Field
              label="Your name"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              errors={errors.name}
              autoComplete="name"
            />
            <Field
              label="Password"
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              errors={errors.password}
              hint="At least 10 characters."
            />
          </>
        )}
        {accept.error && !Object.keys(errors).length ? (
          <p className="error" role="alert">
            {messageOf(accept.error)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={accept.isPending || isOtherAccount}>
          Accept and join
        </button>
      </form>
    </main>
  );
}
