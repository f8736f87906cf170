// Limits on what one request may ask, so that no query can exhaust the server: depth, cost,
// aliases and directives (graphql-armor), tokens (graphql-js's own parser), page sizes
// (cursors.ts) and the body size. Every refusal is a GraphQL error with HTTP status 400.
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const MAX_BODY_BYTES = 1024 * 1024;

export const LIMITS = {
  maxDepth: 10,
  maxCost: 20000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
};

/**
 * The token limit is the parser's: graphql-armor's token check throws from an Apollo plugin hook,
 * which Apollo answers as an internal error (HTTP 500); a parse that stops at maxTokens is a
 * syntax error, answered 400 like any other.
 */
export const parseOptions = { maxTokens: LIMITS.maxTokens };

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Field suggestions ("did you mean") stay on: the schema is public and they help researchers.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
