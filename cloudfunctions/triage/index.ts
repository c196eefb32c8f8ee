import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { triageFunction } from '../../backend/handlers/triage';

export const main = createCloudMain(triageFunction, loadSdk());
