/**
 * jest's jsdom environment has no global `structuredClone`, which the local store's transactions
 * (backend/patch.ts, sqlite-transaction.ts) use on every write. Supplies it for the staff page
 * tests until tests/pages/setup/globals.ts does; it does nothing when the global exists.
 */
import { deserialize, serialize } from 'node:v8';

const g = globalThis as { structuredClone?: (value: unknown) => unknown };
if (typeof g.structuredClone !== 'function') g.structuredClone = (value: unknown) => deserialize(serialize(value));
