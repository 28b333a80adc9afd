/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// The pragma, not only server/tsconfig.json, picks the JSX runtime: tsx reads the tsconfig of the directory it
// is started from (the repository root for tests, anywhere for `npx rebound`), which has no JSX settings.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

// Plain server-rendered pages: no script at all, so the site-wide CSP holds and they work in any mail app's browser.
const css = `body{font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;line-height:1.5;color:#1f2328;margin:0;background:#f6f8fa}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #d0d7de;border-radius:8px}
h1{font-size:1.4rem;margin-top:0}fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:600;margin-bottom:.5rem}
.scale{display:flex;flex-wrap:wrap;gap:.4rem}.scale label{display:flex;flex-direction:column;align-items:center;min-width:2.6rem;padding:.4rem;border:1px solid #d0d7de;border-radius:6px;cursor:pointer}
.ends{display:flex;justify-content:space-between;font-size:.85rem;color:#57606a}
textarea{width:100%;min-height:6rem;font:inherit;box-sizing:border-box}
button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid #1f6feb;background:#1f6feb;color:#fff;cursor:pointer}
ul.links{padding:0;list-style:none}ul.links li{margin:.4rem 0}ul.links a{display:inline-block;padding:.4rem .8rem;border:1px solid #d0d7de;border-radius:6px;text-decoration:none}
.note{color:#57606a;font-size:.9rem}`;

/** The frame every public page shares. Text passed in is escaped by JSX; only the constant style sheet goes in raw. */
export function Layout(props: { title: string; children: Child }) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <meta name="referrer" content="no-referrer" />
          <title>{props.title}</title>
          <style>{raw(css)}</style>
        </head>
        <body>
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}

export function NotFoundPage() {
  return (
    <Layout title="Link not valid">
      <h1>This link is not valid</h1>
      <p>It may have been copied incompletely. Nothing else is needed from you.</p>
    </Layout>
  );
}
