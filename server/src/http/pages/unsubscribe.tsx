/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Layout } from './layout.tsx';

type Recipient = { orgName: string; email: string };

/** Shown on GET: link scanners and previews fetch it, so it only asks; the button posts the change. */
export function ConfirmUnsubscribePage({ token, request }: { token: string; request: Recipient }) {
  return (
    <Layout title="Unsubscribe">
      <h1>Stop emails from {request.orgName}?</h1>
      <p>
        {request.email} will not receive feedback requests from {request.orgName} again.
      </p>
      <form method="post" action={`/u/${token}`}>
        <button type="submit">Unsubscribe</button>
      </form>
    </Layout>
  );
}

export function UnsubscribedPage({ done }: { done: Recipient }) {
  return (
    <Layout title="Unsubscribed">
      <h1>You are unsubscribed</h1>
      <p>
        {done.orgName} will not send feedback requests to {done.email} again.
      </p>
    </Layout>
  );
}
