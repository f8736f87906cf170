// Limits on what one request may ask, so that no query can exhaust the server: depth, cost,
// aliases, tokens and directives (graphql-armor), page sizes (cursors.ts) and the body size.
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const MAX_BODY_BYTES = 1024 * 1024;

export const LIMITS = {
  maxDepth: 10,
  maxCost: 20000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
};

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Field suggestions ("did you mean") stay on: the schema is public and they help researchers.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
