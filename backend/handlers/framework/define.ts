import type { z } from 'zod';
import type { Act, Contract, InputOf, ResultOf } from '../../../miniprogram/shared/contract/define';
import type { FunctionKey } from '../../../miniprogram/shared/offers';
import type { Ctx } from './context';
import type { Who } from './who';

/**
 * The switchable function (miniprogram/shared/offers.ts) a patient action uses, and where its
 * hospital is read: the input's `hospitalId`, or (`from`) the `hospitalId` of the document of
 * `collection` whose id is the input's `field`. The dispatcher refuses the call when that hospital has
 * switched the function off (backend/handlers/framework/offers.ts).
 */
export interface Offer {
  key: FunctionKey;
  /** The document the hospital is read from: `field` of the input names it, in `collection`, or in the collection another input field chooses. */
  from?: { field: string; collection: string | { byField: string; of: Readonly<Record<string, string>> } };
}

export interface ActionDef<S extends z.ZodType, R> {
  /** Who may call it (backend/handlers/framework/who.ts): required, so an action cannot be declared without saying. */
  who: Who;
  input: S;
  offer?: Offer;
  run(input: z.infer<S>, ctx: Ctx): Promise<R>;
}

/** What a contracted action adds to its contract: who may call it and what it does. */
export interface ActionBody<A extends Act> {
  /** Who may call it (backend/handlers/framework/who.ts): required, so an action cannot be declared without saying. */
  who: Who;
  offer?: Offer;
  run(input: InputOf<A>, ctx: Ctx): Promise<ResultOf<A>>;
}

/**
 * Declares one action. With a contract (miniprogram/shared/contract/<fn>.ts) the input is its schema
 * and `run` must return its result type; the one-argument form, with the schema inline, is for the
 * functions not yet on a contract (docs/architecture.md).
 */
export function action<A extends Act>(contract: A, body: ActionBody<A>): ActionDef<A['input'], ResultOf<A>>;
export function action<S extends z.ZodType, R>(def: ActionDef<S, R>): ActionDef<S, R>;
export function action(first: Act | ActionDef<z.ZodType, unknown>, body?: ActionBody<Act>): ActionDef<z.ZodType, unknown> {
  if (!body) return first as ActionDef<z.ZodType, unknown>;
  return body.offer ? { who: body.who, input: first.input, offer: body.offer, run: body.run } : { who: body.who, input: first.input, run: body.run };
}

// The map erases each action's own types; `action()` checked them where each was declared.
export type AnyAction = ActionDef<z.ZodType, unknown>;

/** What a timer trigger runs: no caller, only the ports and the time. */
export type TimerRun = (ctx: Ctx) => Promise<unknown>;

export interface FunctionDef {
  name: string;
  actions: Record<string, AnyAction>;
  timer?: TimerRun;
}

/** Exactly the contract's actions, each built from its own entry: a missing or an extra one does not compile. */
export type ActionsOf<C extends Contract, M> = { [K in keyof C]: ActionDef<C[K]['input'], ResultOf<C[K]>> } & { [K in Exclude<keyof M, keyof C>]: never };

/**
 * A cloud function: with a contract, `actions` must be exactly its actions; the two-argument form is
 * for the functions not yet on a contract.
 */
export function defineFunction<C extends Contract, M extends Record<string, AnyAction>>(
  name: string,
  contract: C,
  actions: M & ActionsOf<C, M>,
  timer?: TimerRun,
): FunctionDef;
export function defineFunction(name: string, actions: Record<string, AnyAction>, timer?: TimerRun): FunctionDef;
export function defineFunction(
  name: string,
  second: Contract | Record<string, AnyAction>,
  third?: Record<string, AnyAction> | TimerRun,
  fourth?: TimerRun,
): FunctionDef {
  const actions = (typeof third === 'object' ? third : second) as Record<string, AnyAction>;
  const timer = typeof third === 'function' ? third : fourth;
  return timer ? { name, actions, timer } : { name, actions };
}
