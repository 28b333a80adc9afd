import { approvalSettingsInput } from '@rebound/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';
import { Field } from '../../shared/ui/field.tsx';

/** The owner's two timings: how long an approval can be undone, and when a reply left unposted is pointed out. */
export function ApprovalTimingForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.replies.approvalSettings.queryOptions());
  const [undoSeconds, setUndoSeconds] = useState('');
  const [reminderHours, setReminderHours] = useState('');
  useEffect(() => {
    if (!current.data) return;
    setUndoSeconds(String(current.data.undoSeconds));
    setReminderHours(String(current.data.unpostedReminderHours));
  }, [current.data]);
  const save = useMutation(
    trpc.replies.updateApprovalSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.replies.pathKey() }),
    }),
  );
  if (!current.data) return null;
  const parsed = approvalSettingsInput.safeParse({
    undoSeconds: Number(undoSeconds),
    unpostedReminderHours: Number(reminderHours),
  });
  const local = parsed.success ? {} : parsed.error.flatten().fieldErrors;
  const server = fieldErrorsOf(save.error);
  return (
    <form
      className="approval-timing"
      aria-label="Approval timing"
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed.success) save.mutate(parsed.data);
      }}
    >
      <h2>Approval timing</h2>
      <Field
        label="Undo window after approving (seconds)"
        type="number"
        min={0}
        max={600}
        value={undoSeconds}
        onChange={(e) => setUndoSeconds(e.target.value)}
        errors={local.undoSeconds ?? server.undoSeconds}
        hint="Nothing is posted or listed to post until it has passed; 0 turns Undo off."
      />
      <Field
        label="Point out replies not posted after (hours)"
        type="number"
        min={1}
        value={reminderHours}
        onChange={(e) => setReminderHours(e.target.value)}
        errors={local.unpostedReminderHours ?? server.unpostedReminderHours}
      />
      <button type="submit" disabled={!parsed.success || save.isPending}>
        Save timing
      </button>
      {save.isSuccess ? <span role="status">Saved.</span> : null}
      {save.error && !Object.keys(server).length ? (
        <p className="error" role="alert">
          {messageOf(save.error)}
        </p>
      ) : null}
    </form>
  );
}
