import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { clinicFunction } from '../../backend/handlers/clinic';

export const main = createCloudMain(clinicFunction, loadSdk());
