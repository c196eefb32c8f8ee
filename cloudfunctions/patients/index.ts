import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { patientsFunction } from '../../backend/handlers/patients';

export const main = createCloudMain(patientsFunction, loadSdk());
