/**
 * Local stand-in for Facebook Login (dialog/oauth consent, /oauth/access_token with authorization_code + PKCE and
 * fb_exchange_token) and the Graph API calls Rebound makes: /me/accounts, /{page-id}/ratings,
 * /{story-id}/comments (read and post) and DELETE /me/permissions. Lists page with paging.cursors.after.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsentServer, readForm, sendJson, token } from '../oauth/fake-authorization-server.ts';

export const FAKE_FB_APP_ID = '1234567890123';
export const FAKE_FB_APP_SECRET = 'fb-app-secret-5Nq8Lw2x';
const v = '/v21.0';

type Rating = Record<string, unknown>;
type Page = { id: string; name: string; token: string; ratings: Rating[] };
type Comment = { id: string; message: string; from: { id: string; name: string } };

export type FakeGraph = {
  url: string;
  env: Record<string, string>;
  pages: Page[];
  comments: Map<string, Comment[]>;
  requests: Array<{ method: string; path: string; search: string; auth: string }>;
  /** The next comment POST is stored, then the connection is cut before any answer (a crash after accepting). */
  dropAfterAcceptingNextComment(): void;
  /** The user removed the app: every token stops working. */
  removeApp(): void;
  readonly isAppRemoved: boolean;
  close(): Promise<void>;
};

export function addPage(
  fake: FakeGraph,
  id: string,
  name: string,
  ratings: Array<[string, 'positive' | 'negative', string]>,
) {
  fake.pages.push({
    id,
    name,
    token: token(`EAAPage${id}`),
    ratings: ratings.map(([storyPost, kind, text], i) => ({
      recommendation_type: kind,
      review_text: text,
      created_time: `2026-11-0${(i % 9) + 1}T10:00:00+0000`,
      open_graph_story: { id: `${id}_${storyPost}` },
    })),
  });
}

const graphError = (res: ServerResponse, status: number, code: number, message: string) =>
  sendJson(res, status, { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbC123' } });

function pageOf<T>(items: T[], q: URLSearchParams, max: number) {
  const limit = Math.min(Number(q.get('limit') ?? max) || max, max);
  const start = q.get('after') ? Number(Buffer.from(q.get('after') ?? '', 'base64url').toString()) : 0;
  const slice = items.slice(start, start + limit);
  const hasNext = start + limit < items.length;
  const after = Buffer.from(String(start + limit)).toString('base64url');
  return {
    data: slice,
    paging: {
      cursors: { before: 'MA', after },
      ...(hasNext ? { next: `https://graph.facebook.com${v}/next?after=${after}` } : {}),
    },
  };
}

export async function startFakeGraph(opts: { pageSize?: number } = {}): Promise<FakeGraph> {
  const consent = createConsentServer({
    authorizePath: `${v}/dialog/oauth`,
    clientId: FAKE_FB_APP_ID,
    requiredScopes: [
      'pages_show_list',
      'pages_read_user_content',
      'pages_manage_engagement',
      'pages_read_engagement',
    ],
    title: 'Log in with Facebook',
  });
  const pages: Page[] = [];
  const comments = new Map<string, Comment[]>();
  const userTokens = new Set<string>();
  const requests: FakeGraph['requests'] = [];
  const size = opts.pageSize ?? 2;
  let dropNext = false;
  let removed = false;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const auth = req.headers.authorization ?? '';
    requests.push({ method: req.method ?? 'GET', path: url.pathname, search: url.search, auth });
    if (await consent.handleAuthorize(req, res, url)) return;
    if (url.pathname === `${v}/oauth/access_token` && req.method === 'POST') {
      const form = await readForm(req);
      if (form.get('client_id') !== FAKE_FB_APP_ID || form.get('client_secret') !== FAKE_FB_APP_SECRET)
        return graphError(res, 400, 1, 'Error validating client secret.');
      if (form.get('grant_type') === 'authorization_code') {
        const redeemed = consent.redeemCode(form);
        if ('error' in redeemed) return graphError(res, 400, 100, redeemed.description);
        const short = token('EAAshort');
        userTokens.add(short);
        return sendJson(res, 200, { access_token: short, token_type: 'bearer', expires_in: 5400 });
      }
      if (
        form.get('grant_type') === 'fb_exchange_token' &&
        userTokens.has(form.get('fb_exchange_token') ?? '')
      ) {
        const long = token('EAAlong');
        userTokens.add(long);
        return sendJson(res, 200, { access_token: long, token_type: 'bearer', expires_in: 5183944 });
      }
      return graphError(res, 400, 100, 'Invalid grant');
    }
    const bearer = auth.replace(/^Bearer /, '');
    const page = pages.find((p) => p.token === bearer);
    if (removed || (!userTokens.has(bearer) && !page))
      return graphError(
        res,
        400,
        190,
        'Error validating access token: The user has not authorized application.',
      );
    if (url.pathname === `${v}/me/accounts` && req.method === 'GET') {
      if (!userTokens.has(bearer)) return graphError(res, 400, 190, 'A user access token is required.');
      const listed = pageOf(
        pages.map((p) => ({ id: p.id, name: p.name, access_token: p.token, tasks: ['MODERATE'] })),
        url.searchParams,
        size,
      );
      return sendJson(res, 200, listed);
    }
    if (url.pathname === `${v}/me/permissions` && req.method === 'DELETE') {
      removed = true;
      return sendJson(res, 200, { success: true });
    }
    const ratings = new RegExp(`^${v}/(\\d+)/ratings$`).exec(url.pathname);
    if (ratings && req.method === 'GET') {
      const target = pages.find((p) => p.id === ratings[1]);
      if (!target || target !== page)
        return graphError(res, 400, 190, 'A Page access token for this Page is required.');
      const fields = url.searchParams.get('fields') ?? '';
      if (!fields.includes('open_graph_story'))
        return graphError(res, 400, 100, 'fields must include open_graph_story');
      return sendJson(res, 200, pageOf(target.ratings, url.searchParams, size));
    }
    const commentsPath = new RegExp(`^${v}/(\\d+)_(\\d+)/comments$`).exec(url.pathname);
    if (commentsPath && page && commentsPath[1] === page.id) {
      const storyId = `${commentsPath[1]}_${commentsPath[2]}`;
      const list = comments.get(storyId) ?? [];
      if (req.method === 'GET') return sendJson(res, 200, pageOf(list, url.searchParams, 100));
      if (req.method === 'POST') {
        const message = (await readForm(req)).get('message') ?? '';
        if (!message) return graphError(res, 400, 100, 'message is required');
        const comment = {
          id: `${storyId}_${list.length + 1}`,
          message,
          from: { id: page.id, name: page.name },
        };
        comments.set(storyId, [...list, comment]);
        if (dropNext) {
          dropNext = false;
          req.socket.destroy();
          return;
        }
        return sendJson(res, 200, { id: comment.id });
      }
    }
    graphError(res, 404, 803, 'Unknown path');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => graphError(res, 500, 1, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      FACEBOOK_APP_ID: FAKE_FB_APP_ID,
      FACEBOOK_APP_SECRET: FAKE_FB_APP_SECRET,
      FACEBOOK_ENDPOINT_OVERRIDE: url,
      ALLOW_ENDPOINT_OVERRIDES: 'true',
      FETCH_ALLOW_LIST: '127.0.0.1/32',
    },
    pages,
    comments,
    requests,
    dropAfterAcceptingNextComment() {
      dropNext = true;
    },
    removeApp() {
      removed = true;
    },
    get isAppRemoved() {
      return removed;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
