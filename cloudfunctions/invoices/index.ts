import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { invoicesFunction } from '../../backend/handlers/invoices';

export const main = createCloudMain(invoicesFunction, loadSdk());
