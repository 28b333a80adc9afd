import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';

function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

export function SetupPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [token] = useState(tokenFromHash);
  const status = useQuery(trpc.auth.setupStatus.queryOptions({ token }, { enabled: token.length > 0 }));
  const [form, setForm] = useState({
    orgName: '',
    orgSlug: '',
    postalAddress: '',
    ownerName: '',
    ownerEmail: '',
    ownerPassword: '',
  });
  const setup = useMutation(
    trpc.auth.completeSetup.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        navigate('/inbox');
      },
    }),
  );
  const demo = useMutation(trpc.auth.loadDemo.mutationOptions());
  const errors = fieldErrorsOf(setup.error);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate({ token, ...form });
  };

  if (!token || status.data?.isValid === false) {
    return (
      <main className="auth-page" id="main">
        <div className="card narrow">
          <h1>Setup link not valid</h1>
          <p>
            This link was already used or has expired. Sign in instead, or restart the server on an empty
            database for a new link.
          </p>
          <a href="/sign-in">Go to sign in</a>
        </div>
      </main>
    );
  }
  if (demo.data) {
    return (
      <main className="auth-page" id="main">
        <div className="card narrow">
          <h1>Demo loaded</h1>
          <p>Sign in with one of these accounts (passwords are in the README):</p>
          <ul>
            {demo.data.users.map((u) => (
              <li key={u.email}>
                {u.role}: <code>{u.email}</code>
              </li>
            ))}
          </ul>
          <a href="/sign-in">Go to sign in</a>
        </div>
      </main>
    );
  }
  return (
    <main className="auth-page" id="main">
      <form className="card narrow" onSubmit={submit} aria-labelledby="setup-title">
        <h1 id="setup-title">Set up your business</h1>
        <Field
          label="Business name"
          value={form.orgName}
          onChange={set('orgName')}
          errors={errors.orgName}
          required
        />
        <Field
          label="Short address (used in links)"
          value={form.orgSlug}
          onChange={set('orgSlug')}
          errors={errors.orgSlug}
          hint="Lowercase letters, digits and dashes"
          required
        />
        <Field
          label="Postal address (shown in every email)"
          value={form.postalAddress}
          onChange={set('postalAddress')}
          errors={errors.postalAddress}
          required
        />
        <Field
          label="Your name"
          value={form.ownerName}
          onChange={set('ownerName')}
          errors={errors.ownerName}
          required
        />
        <Field
          label="Your email"
          type="email"
          value={form.ownerEmail}
          onChange={set('ownerEmail')}
          errors={errors.ownerEmail}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          value={form.ownerPassword}
          onChange={set('ownerPassword')}
          errors={errors.ownerPassword}
          required
        />
        {setup.error && !Object.keys(errors).length ? (
          <p className="error" role="alert">
            {messageOf(setup.error)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={setup.isPending}>
          Create organization
        </button>
        <hr />
        <p>Just looking around? Load a demo bike workshop with sample reviews and one user per role.</p>
        <button type="button" onClick={() => demo.mutate({ token })} disabled={demo.isPending}>
          Load the demo
        </button>
        {demo.error ? (
          <p className="error" role="alert">
            {messageOf(demo.error)}
          </p>
        ) : null}
      </form>
    </main>
  );
}
