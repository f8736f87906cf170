// The store speaks the model's lower-case words ("party-committee"); the GraphQL contract
// uses enum names (PARTY_COMMITTEE). One mapping, both ways.
export const toEnum = <T extends string>(value: string): T => value.toUpperCase().replace(/-/g, '_') as T;
export const fromEnum = <T extends string>(value: string): T => value.toLowerCase().replace(/_/g, '-') as T;
