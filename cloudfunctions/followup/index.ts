import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { followupFunction } from '../../backend/handlers/followup';

export const main = createCloudMain(followupFunction, loadSdk());
