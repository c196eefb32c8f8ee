import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createPayCallbackMain } from '../../backend/adapters/cloud/main';

export const main = createPayCallbackMain(loadSdk());
