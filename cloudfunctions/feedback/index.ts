import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { feedbackFunction } from '../../backend/handlers/feedback';

export const main = createCloudMain(feedbackFunction, loadSdk());
