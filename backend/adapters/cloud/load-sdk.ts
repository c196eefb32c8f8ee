import type { CloudSdk } from './sdk-types';

/** The real wx-server-sdk. Only a cloud function's entry calls this; the bundle keeps it external. */
export function loadSdk(): CloudSdk {
  return require('wx-server-sdk') as CloudSdk;
}
