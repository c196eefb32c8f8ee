/**
 * Media addresses (article pictures and videos, covers, avatars, hospital photos). The local emulator serves uploaded files under /files/…, so a
 * relative address gets the emulator's base URL when the transport is local; cloud file ids and
 * full URLs are used as they are.
 */
import { transportKind } from './environment';
import { appConfig, type TransportKind } from '../config';

export function mediaUrl(url: string, transport: TransportKind = transportKind(), baseUrl: string = appConfig.localBaseUrl): string {
  if (!url) return '';
  return transport === 'local' && url.startsWith('/') ? `${baseUrl}${url}` : url;
}

/** A doctor with the avatar's address ready for `<image>`. */
export function withAvatar<T extends { avatar: string }>(d: T): T {
  return { ...d, avatar: mediaUrl(d.avatar) };
}
