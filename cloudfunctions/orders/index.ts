import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { ordersFunction } from '../../backend/handlers/orders';

export const main = createCloudMain(ordersFunction, loadSdk());
