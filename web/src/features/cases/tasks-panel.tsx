import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../shared/api/errors.ts';
import { useTRPC } from '../../shared/api/trpc.ts';

type Task = {
  id: string;
  description: string;
  origin: string;
  dueAt: string | Date;
  doneAt: string | Date | null;
};

/** Promises made to the client, with their due dates; a kept one is ticked off. */
export function TasksPanel({ caseId, tasks, onChange }: { caseId: string; tasks: Task[]; onChange(): void }) {
  const trpc = useTRPC();
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const add = useMutation(
    trpc.cases.addTask.mutationOptions({
      onSuccess: () => {
        setDescription('');
        setDue('');
        onChange();
      },
    }),
  );
  const complete = useMutation(trpc.cases.completeTask.mutationOptions({ onSuccess: onChange }));
  const now = Date.now();
  return (
    <section className="panel" aria-labelledby="tasks-h">
      <h2 id="tasks-h">Promises</h2>
      {tasks.length ? (
        <ul>
          {tasks.map((t) => {
            const isOverdue = !t.doneAt && new Date(t.dueAt).getTime() < now;
            return (
              <li key={t.id}>
                {t.doneAt ? <s>{t.description}</s> : t.description}
                <br />
                <small className={isOverdue ? 'overdue' : 'hint'}>
                  {t.doneAt
                    ? 'kept'
                    : `${isOverdue ? 'overdue since' : 'due'} ${new Date(t.dueAt).toLocaleString()}`}{' '}
                  · {t.origin === 'reply' ? 'from the approved reply' : 'added by hand'}
                </small>{' '}
                {t.doneAt ? null : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => complete.mutate({ taskId: t.id })}
                  >
                    Mark as kept
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>No promises recorded.</p>
      )}
      <form
        className="inline-form"
        aria-label="Record a promise"
        onSubmit={(e) => {
          e.preventDefault();
          if (due) add.mutate({ caseId, description, dueAt: new Date(due).toISOString() });
        }}
      >
        <div className="field">
          <label htmlFor="task-desc">Promise</label>
          <input
            id="task-desc"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="task-due">Due</label>
          <input
            id="task-due"
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            required
          />
        </div>
        <button type="submit" disabled={add.isPending}>
          Add
        </button>
      </form>
      {(add.error ?? complete.error) ? (
        <p className="error" role="alert">
          {messageOf(add.error ?? complete.error)}
        </p>
      ) : null}
    </section>
  );
}
