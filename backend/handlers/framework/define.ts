import type { z } from 'zod';
import type { FunctionKey } from '../../../miniprogram/shared/offers';
import type { Ctx } from './context';

/** `public`: anyone, even without an openid; `user`: any signed-in WeChat user (roles are checked in `run`). */
export type Access = 'public' | 'user';

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
  access: Access;
  input: S;
  offer?: Offer;
  run(input: z.infer<S>, ctx: Ctx): Promise<R>;
}

/** Declares one action; the generic parameters tie `run`'s input type to the schema. */
export function action<S extends z.ZodType, R>(def: ActionDef<S, R>): ActionDef<S, R> {
  return def;
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

export function defineFunction(name: string, actions: Record<string, AnyAction>, timer?: TimerRun): FunctionDef {
  return timer ? { name, actions, timer } : { name, actions };
}
