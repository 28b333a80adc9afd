import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export type Finding = { rule: string; impact: string; target: string; page: string; role: string };

/** Inject axe-core into the page and return its serious and critical findings. */
export async function audit(page: Page, label: string, role: string): Promise<Finding[]> {
  // The app's CSP (script-src 'self') refuses page.addScriptTag's inline script, so axe is evaluated over the
  // DevTools protocol instead; the page and its policy stay exactly as served.
  await page.evaluate(axeSource);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document): Promise<unknown> } }).axe.run(document),
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact ?? '',
        target: n.target.map(String).join(' '),
        page: label,
        role,
      })),
    );
}
