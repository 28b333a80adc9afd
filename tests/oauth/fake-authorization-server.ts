/**
 * The authorization-code part of a local OAuth 2.0 provider (RFC 6749 §4.1 with PKCE, RFC 7636): a consent page
 * with Allow and Deny, codes bound to client, redirect_uri and code_challenge, and a token endpoint that checks
 * code_verifier against the S256 challenge. Google's and Facebook's fakes build on it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type IssuedCode = {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scope: string;
  used: boolean;
  user: string;
};

export type ConsentServer = {
  codes: Map<string, IssuedCode>;
  /** Each consent page shown, with the parameters it was opened with. */
  readonly consents: URLSearchParams[];
  handleAuthorize(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Checks an authorization_code grant; returns the OAuth error to send, or the user it was issued for. */
  redeemCode(form: URLSearchParams): { error: string; description: string } | { user: string; scope: string };
};

export const token = (prefix: string) => `${prefix}-${randomBytes(18).toString('base64url')}`;

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createConsentServer(opts: {
  authorizePath: string;
  clientId: string;
  requiredScopes: string[];
  title: string;
}): ConsentServer {
  const codes = new Map<string, IssuedCode>();
  const consents: URLSearchParams[] = [];
  return {
    codes,
    consents,
    async handleAuthorize(req, res, url) {
      if (url.pathname === opts.authorizePath && req.method === 'GET') {
        const q = url.searchParams;
        consents.push(q);
        const scopes = (q.get('scope') ?? '').split(' ');
        const problem =
          q.get('client_id') !== opts.clientId
            ? 'unknown client_id'
            : q.get('response_type') !== 'code'
              ? 'response_type must be code'
              : q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')
                ? 'PKCE with S256 is required'
                : !q.get('state')
                  ? 'state is required'
                  : opts.requiredScopes.some((s) => !scopes.includes(s))
                    ? 'a required scope is missing'
                    : null;
        if (problem) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          res.end(`Bad authorization request: ${problem}`);
          return true;
        }
        const hidden = [...q]
          .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
          .join('');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><title>${escapeHtml(opts.title)}</title><h1>${escapeHtml(opts.title)}</h1><p>Rebound wants to manage your business reviews.</p>` +
            `<form method="post" action="${opts.authorizePath}/decide">${hidden}<button name="decision" value="allow">Allow</button><button name="decision" value="deny">Deny</button></form>`,
        );
        return true;
      }
      if (url.pathname === `${opts.authorizePath}/decide` && req.method === 'POST') {
        const form = await readForm(req);
        const back = new URL(form.get('redirect_uri') ?? '');
        back.searchParams.set('state', form.get('state') ?? '');
        if (form.get('decision') === 'allow') {
          const code = token('code');
          codes.set(code, {
            clientId: form.get('client_id') ?? '',
            redirectUri: form.get('redirect_uri') ?? '',
            challenge: form.get('code_challenge') ?? '',
            scope: form.get('scope') ?? '',
            used: false,
            user: 'owner',
          });
          back.searchParams.set('code', code);
        } else {
          back.searchParams.set('error', 'access_denied');
        }
        res.writeHead(302, { location: back.href });
        res.end();
        return true;
      }
      return false;
    },
    redeemCode(form) {
      const code = codes.get(form.get('code') ?? '');
      if (!code || code.used) return { error: 'invalid_grant', description: 'Bad or used code' };
      code.used = true;
      if (code.clientId !== form.get('client_id'))
        return { error: 'invalid_client', description: 'Client mismatch' };
      if (code.redirectUri !== form.get('redirect_uri'))
        return { error: 'invalid_grant', description: 'redirect_uri mismatch' };
      const verifier = form.get('code_verifier') ?? '';
      const s256 = createHash('sha256').update(verifier).digest('base64url');
      if (!verifier || s256 !== code.challenge)
        return { error: 'invalid_grant', description: 'code_verifier does not match code_challenge' };
      return { user: code.user, scope: code.scope };
    },
  };
}
