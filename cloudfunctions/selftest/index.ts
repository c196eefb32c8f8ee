import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { selftestFunction } from '../../backend/handlers/selftest';

export const main = createCloudMain(selftestFunction, loadSdk());
