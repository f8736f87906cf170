// Errors the user can act on carry a code; the CLI maps them to one line and an exit code,
// the API maps them to a GraphQL error code. Anything else is an internal error.
export type ErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'STORE_LOCKED'
  | 'STORE_UNAVAILABLE'
  | 'CONFLICT'
  | 'UNAUTHENTICATED';

export class CadreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CadreError';
  }
}

export const isCadreError = (e: unknown): e is CadreError => e instanceof CadreError;
