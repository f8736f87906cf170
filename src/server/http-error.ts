// One shape for every refusal the HTTP layer makes, the same as a GraphQL error's, so a client
// reads `errors[0].message` and `errors[0].extensions.code` whatever refused it.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly code = codeFor(statusCode),
  ) {
    super(message);
  }
}

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  421: 'MISDIRECTED_REQUEST',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

export function codeFor(status: number): string {
  return CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

export const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });
