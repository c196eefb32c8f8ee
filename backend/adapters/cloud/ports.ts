import { rateLimitsFrom } from '../../handlers/framework/rate-limits';
import type { Ports } from '../../ports';
import { jsonLogger, systemClock } from '../system';
import { CloudDb } from './cloud-db';
import { CloudFiles } from './cloud-files';
import { OutboxNotifier } from '../outbox-notifier';
import { CloudSender } from './cloud-sender';
import { CloudPayments } from './cloud-payments';
import { HttpHis } from './http-his';
import { CloudContentCheck } from './cloud-content-check';
import type { CloudSdk } from './sdk-types';
import { lazyInvoiceRenderer } from '../pdf/lazy';

/** PEIZHEN_ADMIN_OPENIDS: comma separated, blanks ignored. */
export function adminOpenidsFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The ports of a cloud function, over an initialized SDK. The database answers a missing
 * document with null instead of throwing (`throwOnNotFound: false`).
 */
export function createCloudPorts(sdk: CloudSdk, env: Record<string, string | undefined>): Ports {
  const db = new CloudDb(sdk.database({ throwOnNotFound: false }));
  return {
    db,
    clock: systemClock,
    notifier: new OutboxNotifier(db, systemClock),
    sender: new CloudSender(
      sdk,
      env.PEIZHEN_MINIPROGRAM_STATE === 'developer' || env.PEIZHEN_MINIPROGRAM_STATE === 'trial' ? env.PEIZHEN_MINIPROGRAM_STATE : 'formal',
    ),
    files: new CloudFiles(sdk, systemClock),
    payments: new CloudPayments(sdk, {
      subMchId: env.PEIZHEN_SUB_MCH_ID ?? '',
      envId: env.PEIZHEN_CLOUD_ENV ?? '',
      callbackFunction: env.PEIZHEN_PAY_CALLBACK ?? 'payCallback',
    }),
    his: new HttpHis(env.PEIZHEN_HIS_URL ?? '', env.PEIZHEN_HIS_TOKEN ?? ''),
    logger: jsonLogger,
    contentCheck: new CloudContentCheck(sdk, jsonLogger),
    invoiceRenderer: lazyInvoiceRenderer,
    adminOpenids: adminOpenidsFrom(env.PEIZHEN_ADMIN_OPENIDS),
    rateLimits: rateLimitsFrom(env.PEIZHEN_RATE_LIMITS),
  };
}
