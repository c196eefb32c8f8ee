import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { navigationFunction } from '../../backend/handlers/navigation';

export const main = createCloudMain(navigationFunction, loadSdk());
