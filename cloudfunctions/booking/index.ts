import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { bookingFunction } from '../../backend/handlers/booking';

export const main = createCloudMain(bookingFunction, loadSdk());
