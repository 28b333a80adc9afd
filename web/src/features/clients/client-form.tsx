import { consentStatuses } from '@rebound/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';

export type EditableClient = {
  id?: string;
  name: string;
  email: string;
  phone: string | null;
  tags: string[];
  lastServiceAt: string | Date | null;
  consent: (typeof consentStatuses)[number];
};

const blank: EditableClient = {
  name: '',
  email: '',
  phone: null,
  tags: [],
  lastServiceAt: null,
  consent: 'unknown',
};
const toDateInput = (v: string | Date | null) => (v ? new Date(v).toISOString().slice(0, 10) : '');

export function ClientForm({ client, onDone }: { client: EditableClient | null; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const start = client ?? blank;
  const [form, setForm] = useState({
    name: start.name,
    email: start.email,
    phone: start.phone ?? '',
    tags: start.tags.join(', '),
    lastServiceAt: toDateInput(start.lastServiceAt),
    consent: start.consent,
  });
  const save = useMutation(
    trpc.clients.save.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.clients.list.queryKey() });
        onDone();
      },
    }),
  );
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      clientId: start.id,
      name: form.name,
      email: form.email,
      phone: form.phone || undefined,
      tags: form.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      lastServiceAt: form.lastServiceAt || null,
      consent: form.consent,
    });
  };
  return (
    <form className="card fb-form" onSubmit={submit} aria-labelledby="client-form-title">
      <h2 id="client-form-title">{start.id ? 'Edit client' : 'Add a client'}</h2>
      <Field
        label="Name"
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        errors={errors.name}
      />
      <Field
        label="Client email"
        type="email"
        required
        value={form.email}
        onChange={(e) => setForm({ ...form, email: e.target.value })}
        errors={errors.email}
      />
      <Field
        label="Phone"
        value={form.phone}
        onChange={(e) => setForm({ ...form, phone: e.target.value })}
        errors={errors.phone}
      />
      <Field
        label="Tags"
        hint="Separated by commas"
        value={form.tags}
        onChange={(e) => setForm({ ...form, tags: e.target.value })}
        errors={errors.tags}
      />
      <Field
        label="Last service"
        type="date"
        value={form.lastServiceAt}
        onChange={(e) => setForm({ ...form, lastServiceAt: e.target.value })}
        errors={errors.lastServiceAt}
      />
      <div className="field">
        <label htmlFor="client-consent">Consent</label>
        <select
          id="client-consent"
          value={form.consent}
          onChange={(e) => setForm({ ...form, consent: e.target.value as EditableClient['consent'] })}
        >
          {consentStatuses.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {save.error && !Object.keys(errors).length ? (
        <p className="error" role="alert">
          {messageOf(save.error)}
        </p>
      ) : null}
      <div className="fb-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save client
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
