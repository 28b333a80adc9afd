import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';
import { tokenFromHash } from './link-token.ts';

/** Where a password-reset link lands: choose a new password; every session of the account ends. */
export function ResetPasswordPage() {
  const trpc = useTRPC();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());
  const errors = fieldErrorsOf(reset.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate({ token, password });
  };
  if (reset.isSuccess) {
    return (
      <main className="auth-page" id="main">
        <div className="card narrow" role="status">
          <h1>Password changed</h1>
          <p>You were signed out everywhere. Sign in with your new password.</p>
          <a href="/sign-in">Go to sign in</a>
        </div>
      </main>
    );
  }
  return (
    <main className="auth-page" id="main">
      <form className="card narrow" onSubmit={submit} aria-labelledby="reset-title">
        <h1 id="reset-title">Choose a new password</h1>
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={errors.password}
          hint="At least 10 characters. The link works once, for an hour."
          required
        />
        {reset.error && !Object.keys(errors).length ? (
          <p className="error" role="alert">
            {messageOf(reset.error)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={reset.isPending}>
          Set password
        </button>
      </form>
    </main>
  );
}
