import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { recordCopiesFunction } from '../../backend/handlers/record-copies';

export const main = createCloudMain(recordCopiesFunction, loadSdk());
