import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { scheduleFunction } from '../../backend/handlers/schedule';

export const main = createCloudMain(scheduleFunction, loadSdk());
