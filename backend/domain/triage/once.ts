/**
 * A value built on first use and kept: the engine's tries take tens of milliseconds to build, and a
 * cold cloud function that only answers `knowledge` (the body-map page, the first call a patient
 * makes) should not pay for them.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
