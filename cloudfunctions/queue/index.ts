import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { queueFunction } from '../../backend/handlers/queue';

export const main = createCloudMain(queueFunction, loadSdk());
