import {
  type CompetitorKind,
  competitorKindLabels,
  competitorKinds,
} from '@rebound/shared/schemas/competitors';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';

const blank = { name: '', url: '', appId: '', country: '', playId: '', placeId: '', container: '', text: '' };
type Form = typeof blank;
const opt = (v: string) => (v.trim() ? v.trim() : undefined);

const kindHints: Record<CompetitorKind, string> = {
  schema_org: 'A page that publishes its rating and reviews as schema.org markup.',
  css: 'A page read with the selectors you give: one per review (container) and its text.',
  apple_json: 'The App Store id of the app: the number after "id" in its link.',
  google_play: 'Google Play shows a rating and rating count to read, not the reviews.',
  google_places:
    'Google shows at most five reviews per place; the rating and rating count are read in full. The server needs GOOGLE_PLACES_API_KEY.',
};

/** Add a competitor to a location; it is read straight away, then on the competitor schedule. */
export function AddCompetitorForm({ locationId }: { locationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const kindId = useId();
  const [kind, setKind] = useState<CompetitorKind>('schema_org');
  const [form, setForm] = useState<Form>(blank);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.competitors.pathKey() });
  const refresh = useMutation(trpc.competitors.refresh.mutationOptions({ onSettled: invalidate }));
  const add = useMutation(
    trpc.competitors.add.mutationOptions({
      onSuccess: (added) => {
        setForm(blank);
        void invalidate();
        refresh.mutate({ competitorId: added.id });
      },
    }),
  );
  const errors = fieldErrorsOf(add.error);
  const set = (k: keyof Form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({
      locationId,
      kind,
      name: form.name,
      url: opt(form.url),
      appId: opt(form.appId),
      country: opt(form.country),
      playId: opt(form.playId),
      placeId: opt(form.placeId),
      css: kind === 'css' ? { container: form.container, text: form.text } : undefined,
    });
  };
  return (
    <form className="bench-card bench-form" onSubmit={submit} aria-labelledby="bench-add">
      <h2 id="bench-add">Add a competitor</h2>
      <div className="field">
        <label htmlFor={kindId}>Where to read it</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as CompetitorKind)}>
          {competitorKinds.map((k) => (
            <option key={k} value={k}>
              {competitorKindLabels[k]}
            </option>
          ))}
        </select>
        <small className="hint">{kindHints[kind]}</small>
      </div>
      <Field label="Competitor name" value={form.name} onChange={set('name')} errors={errors.name} required />
      {kind === 'schema_org' || kind === 'css' ? (
        <Field label="Page address" value={form.url} onChange={set('url')} errors={errors.url} type="url" />
      ) : null}
      {kind === 'css' ? (
        <>
          <Field
            label="Review container selector"
            value={form.container}
            onChange={set('container')}
            errors={errors['css.container']}
          />
          <Field
            label="Review text selector"
            value={form.text}
            onChange={set('text')}
            errors={errors['css.text'] ?? errors.css}
          />
        </>
      ) : null}
      {kind === 'apple_json' ? (
        <>
          <Field label="App Store id" value={form.appId} onChange={set('appId')} errors={errors.appId} />
          <Field
            label="Country"
            value={form.country}
            onChange={set('country')}
            errors={errors.country}
            hint="Two letters, like us"
          />
        </>
      ) : null}
      {kind === 'google_play' ? (
        <Field label="Package name" value={form.playId} onChange={set('playId')} errors={errors.playId} />
      ) : null}
      {kind === 'google_places' ? (
        <Field
          label="Google place id"
          value={form.placeId}
          onChange={set('placeId')}
          errors={errors.placeId}
        />
      ) : null}
      <button type="submit" disabled={add.isPending}>
        Add competitor
      </button>
      {add.isError && Object.keys(errors).length === 0 ? (
        <p className="error" role="alert">
          {messageOf(add.error)}
        </p>
      ) : null}
      {refresh.isPending ? <p role="status">Reading the new competitor…</p> : null}
    </form>
  );
}
