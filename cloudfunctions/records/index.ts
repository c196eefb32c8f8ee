import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { recordsFunction } from '../../backend/handlers/records';

export const main = createCloudMain(recordsFunction, loadSdk());
