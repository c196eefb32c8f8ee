/**
 * Runs one call of a cloud function: picks the action, requires a signed-in caller where its `who`
 * does, validates its input, counts the call against the caller's rate limit, refuses a function the
 * hospital has switched off and a caller outside the action's audience (backend/handlers/framework/who.ts),
 * binds its requestId to its parameters, runs it, and answers with the envelope. The same code
 * serves the cloud entry and the local emulator.
 */
import { ErrorCode, errorMessages } from '../../../miniprogram/shared/errors';
import type { Envelope } from '../../../miniprogram/shared/envelope';
import type { Ports } from '../../ports';
import { AppError } from './app-error';
import { Ctx } from './context';
import type { FunctionDef } from './define';
import { refuseUnoffered } from './offers';
import { rateClassOf, takeRateLimit } from './rate-limits';
import { bindRequestKey, requestIdOf, type KeyOwner } from './request-keys';
import { parseInput } from './validation';
import { needsSignIn, refuseOutsider } from './who';

export interface CallMeta {
  openid: string | null;
  requestId: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function dispatch(fn: FunctionDef, event: unknown, meta: CallMeta, ports: Ports): Promise<Envelope<unknown>> {
  const started = ports.clock.now();
  const log = ports.logger;
  let actionName = '';
  try {
    if (!isRecord(event)) throw new AppError(ErrorCode.VALIDATION_FAILED, '请求内容格式不正确');
    const requested = event.action;
    if (typeof requested !== 'string' || !Object.prototype.hasOwnProperty.call(fn.actions, requested)) {
      throw new AppError(ErrorCode.VALIDATION_FAILED, '不支持的操作', 'action');
    }
    actionName = requested;
    const def = fn.actions[requested];
    const ctx = new Ctx(ports, meta.openid, meta.requestId, started);
    if (needsSignIn(def.who)) ctx.user();
    const { action: _ignored, userInfo: _platform, ...params } = event;
    const input = parseInput(def.input, params);
    if (meta.openid !== null && ports.rateLimits) await takeRateLimit(ports.db, ports.rateLimits, meta.openid, rateClassOf(fn.name, actionName), started);
    if (def.offer) await refuseUnoffered(def.offer, input, ctx);
    await refuseOutsider(def.who, ctx);
    const data = await runOnce(def.run.bind(def), input, ctx, { fn: fn.name, action: actionName, openid: meta.openid, now: started });
    log.info('call', { requestId: meta.requestId, fn: fn.name, action: actionName, ms: ports.clock.now() - started });
    return { ok: true, data };
  } catch (e) {
    if (e instanceof AppError) {
      log.info('call refused', { requestId: meta.requestId, fn: fn.name, action: actionName, code: e.code, field: e.field });
      const error = { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) };
      return { ok: false, error };
    }
    log.error('call failed', {
      requestId: meta.requestId,
      fn: fn.name,
      action: actionName,
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      stack: e instanceof Error ? e.stack : undefined,
    });
    return { ok: false, error: { code: ErrorCode.INTERNAL, message: errorMessages.INTERNAL, requestId: meta.requestId } };
  }
}

/** Runs an action; one whose input has a requestId runs under that key (backend/handlers/framework/request-keys.ts). */
async function runOnce(run: (input: unknown, ctx: Ctx) => Promise<unknown>, input: unknown, ctx: Ctx, owner: KeyOwner): Promise<unknown> {
  const requestId = requestIdOf(input);
  if (requestId === null || typeof input !== 'object' || input === null) return run(input, ctx);
  const release = await bindRequestKey(ctx.db, owner, input, requestId);
  try {
    return await run(input, ctx);
  } catch (e) {
    if (e instanceof AppError && release) {
      // A key left behind only refuses other parameters; the same request still runs.
      await release().catch((err: unknown) => ctx.ports.logger.error('request key not released', { error: err instanceof Error ? err.message : String(err) }));
    }
    throw e;
  }
}

/** Runs a function's timer trigger (the cloud's `{ Type: 'Timer' }` event, or the emulator's cron). */
export async function runTimer(fn: FunctionDef, requestId: string, ports: Ports): Promise<Envelope<unknown>> {
  if (!fn.timer) return { ok: false, error: { code: ErrorCode.NOT_FOUND, message: '该云函数没有定时触发器' } };
  const ctx = new Ctx(ports, null, requestId, ports.clock.now());
  try {
    const data = await fn.timer(ctx);
    ports.logger.info('timer', { requestId, fn: fn.name, ms: ports.clock.now() - ctx.now });
    return { ok: true, data };
  } catch (e) {
    ports.logger.error('timer failed', { requestId, fn: fn.name, error: e instanceof Error ? e.message : String(e) });
    return { ok: false, error: { code: ErrorCode.INTERNAL, message: errorMessages.INTERNAL, requestId } };
  }
}
