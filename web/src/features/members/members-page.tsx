import { roles } from '@rebound/shared/roles';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useMe } from '../../app/use-me.ts';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';

export function MembersPage() {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.members.list.queryOptions());
  const [form, setForm] = useState({
    email: '',
    name: '',
    role: 'marketing' as (typeof roles)[number],
    password: '',
  });
  const add = useMutation(
    trpc.members.add.mutationOptions({
      onSuccess: async () => {
        setForm({ email: '', name: '', role: 'marketing', password: '' });
        await queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrorsOf(add.error);
  const canAdd = me.data?.role === 'owner' || me.data?.role === 'admin';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(form);
  };
  return (
    <section>
      <h1>Team</h1>
      {list.isPending ? <p className="loading">Loading…</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((m) => (
            <tr key={m.userId}>
              <td>{m.name}</td>
              <td>{m.email}</td>
              <td>{m.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canAdd ? (
        <form className="card" onSubmit={submit} aria-labelledby="add-member-title">
          <h2 id="add-member-title">Add a team member</h2>
          <Field
            label="Name"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            errors={errors.name}
            required
          />
          <Field
            label="Email"
            type="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            errors={errors.email}
            required
          />
          <div className="field">
            <label htmlFor="member-role">Role</label>
            <select
              id="member-role"
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as typeof form.role })}
            >
              {roles.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <Field
            label="Temporary password"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            errors={errors.password}
            required
          />
          {add.error && !Object.keys(errors).length ? (
            <p className="error" role="alert">
              {messageOf(add.error)}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={add.isPending}>
            Add member
          </button>
        </form>
      ) : null}
    </section>
  );
}
