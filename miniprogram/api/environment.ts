/**
 * Which build is running (`wx.getAccountInfoSync().miniProgram.envVersion`) and so which transport
 * the app uses (miniprogram/config.ts). Read once per launch.
 */
import { chooseTransport, type TransportKind } from '../config';
import { localSettings } from '../config.local';

let chosen: TransportKind | null = null;

function envVersion(): string {
  try {
    return wx.getAccountInfoSync().miniProgram.envVersion;
  } catch {
    return 'release';
  }
}

export function transportKind(): TransportKind {
  if (chosen === null) chosen = chooseTransport(envVersion(), localSettings.localEmulator);
  return chosen;
}
