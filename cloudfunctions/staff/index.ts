import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { staffFunction } from '../../backend/handlers/staff';

export const main = createCloudMain(staffFunction, loadSdk());
