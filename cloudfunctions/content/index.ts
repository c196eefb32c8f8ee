import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { contentFunction } from '../../backend/handlers/content';

export const main = createCloudMain(contentFunction, loadSdk());
