/**
 * The only code that reaches the backend. Every cloud function takes `{ action, ...params }` and
 * answers with the envelope; a failure to reach it becomes a NETWORK error envelope.
 */
import { appConfig } from '../config';
import type { Envelope } from '../shared/envelope';
import { ErrorCode, errorMessages } from '../shared/errors';
import { transportKind } from './environment';
import { readStorage } from './platform';

export const DEMO_OPENID_KEY = 'peizhen.demoOpenid';

function networkError<T>(): Envelope<T> {
  return { ok: false, error: { code: ErrorCode.NETWORK, message: errorMessages.NETWORK } };
}

function isEnvelope<T>(value: unknown): value is Envelope<T> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function callLocal<T>(name: string, event: Record<string, unknown>): Promise<Envelope<T>> {
  return new Promise((resolve) => {
    wx.request({
      url: `${appConfig.localBaseUrl}/fn/${name}`,
      method: 'POST',
      data: event,
      header: { 'content-type': 'application/json', 'x-openid': readStorage(DEMO_OPENID_KEY, appConfig.defaultDemoOpenid) },
      success: (res) => resolve(isEnvelope<T>(res.data) ? res.data : networkError<T>()),
      fail: () => resolve(networkError<T>()),
    });
  });
}

async function callCloud<T>(name: string, event: Record<string, unknown>): Promise<Envelope<T>> {
  try {
    const res = await wx.cloud.callFunction({ name, data: event });
    return isEnvelope<T>(res.result) ? res.result : networkError<T>();
  } catch {
    return networkError<T>();
  }
}

export function callFunction<T>(name: string, action: string, params: object = {}): Promise<Envelope<T>> {
  const event = { ...params, action };
  return transportKind() === 'cloud' ? callCloud<T>(name, event) : callLocal<T>(name, event);
}
