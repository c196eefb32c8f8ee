import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { deliveryFunction } from '../../backend/handlers/delivery';

export const main = createCloudMain(deliveryFunction, loadSdk());
