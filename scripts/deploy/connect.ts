/**
 * The real management SDK for an environment. Credentials are the deploying machine's
 * TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (a CAM key of the account owning the environment).
 */
import CloudBase from '@cloudbase/manager-node';
import type { Manager } from './manager';

export function connect(envId: string, env: Record<string, string | undefined>): Manager {
  const secretId = env.TENCENTCLOUD_SECRETID;
  const secretKey = env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey) throw new Error('set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (a CAM key of the account that owns the environment)');
  const manager: Manager = new CloudBase({ secretId, secretKey, envId });
  return manager;
}
