export { extractAppleJson } from './apple-json.ts';
export { type CssField, type CssPreview, type CssPreviewWarning, extractCss, previewCss } from './css.ts';
export {
  parseReviewCsv,
  previewReviewCsv,
  type ReviewCsvMapping,
  type ReviewCsvPreview,
  type ReviewCsvRow,
} from './csv.ts';
export { detectKind, extract } from './detect.ts';
export { ExtractError, type ExtractErrorCode, isExtractError } from './errors.ts';
export { extractFeed, isAppleAtom } from './feed.ts';
export * from './normalize.ts';
export { extractSchemaOrg } from './schema-org/index.ts';
export type { CssSelectorConfig, ExtractResult, FetchedDocument } from './types.ts';
export { extractYelp } from './yelp.ts';
