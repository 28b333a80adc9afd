/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { FoundRequest } from '../../services/feedback/find-request-by-token.ts';
import { Layout } from './layout.tsx';

type PageProps = { token: string; request: FoundRequest };

function questionFor(request: FoundRequest): string {
  return request.scale === 'nps'
    ? `How likely are you to recommend ${request.orgName} to a friend or colleague?`
    : `How satisfied were you with ${request.orgName}?`;
}

/** The same list for every respondent, in the location's order; links go through the click counter. */
function ReviewLinks({ token, links }: { token: string; links: FoundRequest['reviewLinks'] }) {
  return (
    <ul class="links">
      {links.map((link, n) => (
        <li>
          <a href={`/f/${token}/go/${n}`} rel="noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function ScaleInputs({ scale }: { scale: FoundRequest['scale'] }) {
  const [min, max] = scale === 'nps' ? [0, 10] : [1, 5];
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const [low, high] =
    scale === 'nps' ? ['Not at all likely', 'Extremely likely'] : ['Very poor', 'Excellent'];
  return (
    <>
      <div class="scale">
        {scores.map((n) => (
          <label>
            <input type="radio" name="score" value={String(n)} required />
            {` ${n}`}
          </label>
        ))}
      </div>
      <div class="ends">
        <span>{low}</span>
        <span>{high}</span>
      </div>
    </>
  );
}

// Identical for every score: which links a client is offered never depends on what they answered.
export function ThanksPage({ token, request }: PageProps) {
  return (
    <Layout title="Thank you">
      <h1>Thank you for your answer</h1>
      <p>{request.orgName} reads every answer.</p>
      {request.reviewLinks.length > 0 && (
        <>
          <p>If you would like to share your experience publicly, you can do so on any of these sites:</p>
          <ReviewLinks token={token} links={request.reviewLinks} />
        </>
      )}
    </Layout>
  );
}

export function FormPage({ token, request, error }: PageProps & { error?: string }) {
  return (
    <Layout title={`Feedback for ${request.orgName}`}>
      <h1>{questionFor(request)}</h1>
      {error && (
        <p role="alert" class="note">
          {error}
        </p>
      )}
      <form method="post" action={`/f/${token}`}>
        <fieldset>
          <legend>Your score</legend>
          <ScaleInputs scale={request.scale} />
        </fieldset>
        <p>
          <label for="comment">Anything you would like to tell us? (optional)</label>
          <br />
          <textarea id="comment" name="comment" maxlength={4000} />
        </p>
        <button type="submit">Send my answer</button>
      </form>
      {request.reviewLinks.length > 0 && (
        <>
          <p class="note">You are also welcome to share your experience publicly:</p>
          <ReviewLinks token={token} links={request.reviewLinks} />
        </>
      )}
    </Layout>
  );
}
