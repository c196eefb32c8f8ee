import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { homecareFunction } from '../../backend/handlers/homecare';

export const main = createCloudMain(homecareFunction, loadSdk());
