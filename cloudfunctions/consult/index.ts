import { loadSdk } from '../../backend/adapters/cloud/load-sdk';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { consultFunction } from '../../backend/handlers/consult';
import { mediaCheckPush } from '../../backend/handlers/consult/media-check';

export const main = createCloudMain(consultFunction, loadSdk(), mediaCheckPush);
