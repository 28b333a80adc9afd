import type { Fetcher } from '../../net/fetcher.ts';
import { isExtractError } from '../../sources/errors.ts';
import { previewCssIsolated } from '../../sources/isolated/read-isolated.ts';
import type { CssSelectorConfig } from '../../sources/types.ts';
import type { CssPreviewResult } from './test-source.ts';

/** What the selectors extract from the live page, before the source is saved. */
export async function previewCssSelectors(
  fetcher: Fetcher,
  url: string,
  css: CssSelectorConfig,
): Promise<CssPreviewResult> {
  const outcome = await fetcher(url, { respectRobots: true });
  if (!outcome.ok) return { ok: false, error: outcome.error.message };
  const doc = { body: outcome.body, url: outcome.url, contentType: outcome.contentType };
  try {
    return { ok: true, preview: await previewCssIsolated(doc, css) };
  } catch (error) {
    if (isExtractError(error)) return { ok: false, error: `The page could not be read: ${error.message}` };
    throw error;
  }
}
