/**
 * The entry of a deployed cloud function: `exports.main = createCloudMain(fn, loadSdk())`.
 * The caller is `getWXContext().OPENID`, which the client cannot forge; a timer trigger arrives
 * as an event with `Type: 'Timer'` and no OPENID. A user can send such an event too: it is refused.
 */
import { handlePayNotice, type NoticeAnswer } from '../../handlers/orders/pay-notice';
import { randomUUID } from 'node:crypto';
import type { Envelope } from '../../../miniprogram/shared/envelope';
import { ErrorCode, errorMessages } from '../../../miniprogram/shared/errors';
import type { FunctionDef } from '../../handlers/framework/define';
import { dispatch, runTimer } from '../../handlers/framework/dispatch';
import { createCloudPorts } from './ports';
import type { CloudSdk } from './sdk-types';
import type { Ports } from '../../ports';

/** The second argument the cloud passes to `main`; only the request id is used. */
export interface CloudContext {
  request_id?: string;
}

export type CloudMain = (event: unknown, context?: CloudContext) => Promise<Envelope<unknown>>;

function isTimerEvent(event: unknown): boolean {
  return typeof event === 'object' && event !== null && Reflect.get(event, 'Type') === 'Timer';
}

/**
 * The `payCallback` function: WeChat Pay (cloudPay) calls it with the payment notice. A call from
 * a mini program user carries an OPENID and is refused: only WeChat Pay's own calls count.
 */
export function createPayCallbackMain(sdk: CloudSdk): (event: unknown) => Promise<NoticeAnswer> {
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  const ports = createCloudPorts(sdk, process.env);
  return async (event) => {
    const { OPENID } = sdk.getWXContext();
    if (typeof OPENID === 'string' && OPENID !== '') return { errcode: 403, errmsg: 'not a payment notice' };
    return handlePayNotice(ports, event, ports.clock.now());
  };
}

/**
 * A message-push event (云开发 消息推送) a function receives besides its actions, e.g. the
 * `wxa_media_check` verdict of content security: `accepts` recognises it, `run` handles it.
 */
export interface PushHandler {
  accepts(event: unknown): boolean;
  run(ports: Ports, event: unknown): Promise<unknown>;
}

/** Sources of a user's own call (getWXContext().SOURCE): such a call is never a push from WeChat. */
const USER_SOURCES = ['wx_client', 'wx_devtools', 'wx_localdebug'];

const fromUser = (source: string | undefined): boolean => USER_SOURCES.some((s) => (source ?? '').startsWith(s));

export function createCloudMain(fn: FunctionDef, sdk: CloudSdk, push?: PushHandler): CloudMain {
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  const ports = createCloudPorts(sdk, process.env);
  return async (event, context) => {
    const requestId = context?.request_id || randomUUID();
    const { OPENID, SOURCE } = sdk.getWXContext();
    if (push && push.accepts(event)) {
      if (fromUser(SOURCE)) return { ok: false, error: { code: ErrorCode.FORBIDDEN, message: errorMessages.FORBIDDEN } };
      return { ok: true, data: await push.run(ports, event) };
    }
    const openid = typeof OPENID === 'string' && OPENID !== '' ? OPENID : null;
    if (isTimerEvent(event)) {
      if (openid === null) return runTimer(fn, requestId, ports);
      ports.logger.info('timer event from a user refused', { requestId, fn: fn.name });
      return { ok: false, error: { code: ErrorCode.FORBIDDEN, message: errorMessages.FORBIDDEN } };
    }
    return dispatch(fn, event, { openid, requestId }, ports);
  };
}
