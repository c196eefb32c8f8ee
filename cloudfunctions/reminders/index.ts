import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { remindersFunction } from '../../backend/handlers/reminders';

export const main = createCloudMain(remindersFunction, loadSdk());
