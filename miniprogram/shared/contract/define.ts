/**
 * A contract names a cloud function's actions: each action's input schema (validated by the server,
 * backend/handlers/framework/dispatch.ts) and its result type, declared once. The result exists only
 * as a type: the handler's `run` must return it (backend/handlers/framework/define.ts) and the
 * client's call answers it (miniprogram/api/index.ts), so a change on one side breaks the other's
 * compile.
 */
import type { z } from 'zod';

declare const resultType: unique symbol;

export interface Act<S extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: S;
  /** Never set: carries the result type only. */
  readonly [resultType]?: R;
}

/** `act<Result>()(z.object({...}))`: the result type first, then the input schema inferred. */
export function act<R>() {
  return <S extends z.ZodType>(input: S): Act<S, R> => ({ input });
}

export type Contract = Record<string, Act>;

/** What the server's `run` receives: the schema's output (defaults filled, text cleaned). */
export type InputOf<A> = A extends Act<infer S> ? z.output<S> : never;
/** What the client sends: the schema's input (fields with a default may be left out). */
export type ParamsOf<A> = A extends Act<infer S> ? z.input<S> : never;
export type ResultOf<A> = A extends Act<z.ZodType, infer R> ? R : never;
