// Values that may be ready now or later. graphql-js completes a field whose resolver returns a
// plain value at once, but one that returns a promise (or is `async`) makes every level below it
// wait in promise chains (~2-3 µs a field). Resolvers answer from data already loaded as plain
// values and keep promises for what still has to be read.

export type Later<T> = T | Promise<T>;

export const isPromise = <T>(x: Later<T>): x is Promise<T> => typeof (x as { then?: unknown } | null)?.then === 'function';

/** `f` applied to `x` now if it is ready, when it is otherwise. */
export function then<T, U>(x: Later<T>, f: (value: T) => Later<U>): Later<U> {
  return isPromise(x) ? x.then(f) : f(x);
}

/** All of `xs`, now if every one is ready. */
export function all<T>(xs: Array<Later<T>>): Later<T[]> {
  return xs.some(isPromise) ? Promise.all(xs) : (xs as T[]);
}

/** A link the store guarantees (a relationship's ends exist), typed without its null. */
export const sure = <T>(x: Later<T | null>) => x as Later<T>;
