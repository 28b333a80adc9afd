export type ExtractErrorCode =
  | 'unsupported_kind'
  | 'unrecognised_content'
  | 'invalid_content'
  | 'missing_config'
  | 'invalid_config'
  | 'too_deep'
  | 'too_slow'
  | 'parse_failed';

/**
 * Raised when a document cannot be turned into reviews at all. The message is written for the
 * person who configured the source, so it can be shown in the UI as it is.
 */
export class ExtractError extends Error {
  readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}

export function isExtractError(value: unknown): value is ExtractError {
  return value instanceof ExtractError;
}
