import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Redirect, useLocation } from 'wouter';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { homeFor } from '../../shared/auth/home-for.ts';
import { useMe } from '../../shared/auth/use-me.ts';
import { Field } from '../../shared/ui/field.tsx';

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const me = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async (result) => {
        // Load the signed-in user before moving on, so the next page does not see the old "signed out" answer.
        await queryClient.fetchQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
        await queryClient.invalidateQueries();
        navigate(homeFor(result.role));
      },
    }),
  );
  const setup = useQuery(trpc.auth.setupPending.queryOptions());
  const errors = fieldErrorsOf(signIn.error);
  if (me.data) return <Redirect to={homeFor(me.data.role)} />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <main className="auth-page" id="main">
      <form className="card narrow" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Rebound</h1>
        {setup.data?.isPending ? (
          <div className="notice setup-pending" role="status">
            <p>
              <strong>Rebound is not set up yet.</strong> Nobody can sign in until the first organization is
              created.
            </p>
            <p>
              Open the one-time set-up link printed in the terminal where the server was started (it is
              printed again at the end of start-up), or load the demo business there with{' '}
              <code>npx rebound demo</code>. The link is not shown here, so nobody else who reaches this page
              can use it.
            </p>
          </div>
        ) : null}
        <Field
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={errors.email}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={errors.password}
          required
        />
        {signIn.error && !Object.keys(errors).length ? (
          <p className="error" role="alert">
            {messageOf(signIn.error)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
