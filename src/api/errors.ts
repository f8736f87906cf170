// How errors leave the API: every error carries a code in `extensions`; a CadreError says what the
// user did wrong in its own words; anything unexpected is logged and answered without internals.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isCadreError, type ErrorCode } from '../model/errors';

const CODE_OF: Record<ErrorCode, string> = {
  BAD_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STORE_LOCKED: 'STORE_UNAVAILABLE',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
};

const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

export type ErrorLog = (message: string) => void;

const toStderr: ErrorLog = (message) => process.stderr.write(`cadregraph serve: ${message}\n`);

export function formatError(debug: boolean, log: ErrorLog = toStderr) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isCadreError(original)) return { ...formatted, message: original.message, extensions: { code: CODE_OF[original.code] } };
    const code = String(formatted.extensions?.code ?? '');
    if (PUBLIC_CODES.has(code) || (original instanceof GraphQLError && original.extensions?.code)) return debug ? formatted : { ...formatted, extensions: { code } };
    // graphql-armor rejections and scalar parse errors carry no code but a useful message.
    if (original instanceof GraphQLError || original instanceof TypeError) return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    log(`internal error: ${(original as Error)?.stack ?? String(original)}`);
    return debug ? formatted : { message: 'internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

const STORE_DOWN = new Set<ErrorCode>(['STORE_LOCKED', 'STORE_UNAVAILABLE']);

/**
 * A store that cannot answer (disk full, read-only, file gone or damaged, a writer holding it) is
 * the server's state, not the request's fault: HTTP 503 with Retry-After, so clients and load
 * balancers retry elsewhere or later, while the message still says what is wrong.
 */
export const storeUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, response }) {
        const down = errors.some((e) => {
          const original = unwrapResolverError(e);
          return isCadreError(original) && STORE_DOWN.has(original.code);
        });
        if (!down) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', '10');
      },
    };
  },
};
