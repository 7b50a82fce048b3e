/**
 * The value of `promise` if it fulfils within `ms`; undefined if it takes longer or fails
 * (the caller then carries on without it and the promise's own handlers deal with it).
 */
export function valueWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}
