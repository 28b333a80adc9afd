import type { ReviewLink } from '../../db/schema/index.ts';
import { escapeHtml } from '../../mail/text-safety.ts';

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

export const e = (value: string) => escapeHtml(value);

export function renderPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${e(title)}</title><style>${css}</style></head>
<body><main>
${body}
</main></body>
</html>`;
}

/** The same list for every respondent, in the location's order; links go through the click counter. */
export function renderReviewLinks(token: string, links: readonly ReviewLink[]): string {
  if (!links.length) return '';
  const items = links
    .map((link, n) => `<li><a href="/f/${e(token)}/go/${n}" rel="noreferrer">${e(link.label)}</a></li>`)
    .join('\n');
  return `<ul class="links">\n${items}\n</ul>`;
}

export function renderScaleInputs(scale: 'five' | 'nps'): string {
  const [min, max] = scale === 'nps' ? [0, 10] : [1, 5];
  const options: string[] = [];
  for (let n = min; n <= max; n += 1) {
    options.push(`<label><input type="radio" name="score" value="${n}" required> ${n}</label>`);
  }
  const [low, high] =
    scale === 'nps' ? ['Not at all likely', 'Extremely likely'] : ['Very poor', 'Excellent'];
  return `<div class="scale">${options.join('')}</div><div class="ends"><span>${low}</span><span>${high}</span></div>`;
}

export function renderNotFound(): string {
  return renderPage(
    'Link not valid',
    '<h1>This link is not valid</h1><p>It may have been copied incompletely. Nothing else is needed from you.</p>',
  );
}
