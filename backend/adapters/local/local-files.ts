import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { isPrivatePath, PRIVATE_LINK_TTL_MS } from '../../private-files';
import type { Clock, FileLink, Files, StoredFile } from '../../ports';
import type { LinkSigner } from './signed-links';

const URL_PREFIX = '/files/';

/** A stored path as the emulator serves it: relative, without leading `..` segments or slashes. */
export function cleanFilePath(path: string): string {
  return normalize(path).replace(/^(\.\.([/\\]|$)|[/\\])+/, '');
}

/**
 * Files in a local folder, served by the emulator under /files/. A private file's link is signed
 * and expires (signed-links.ts); the emulator answers 404 to any other request for it.
 */
export class LocalFiles implements Files {
  constructor(
    private readonly root: string,
    private readonly baseUrl: string,
    private readonly signer: LinkSigner,
    private readonly clock: Clock,
  ) {}

  async put(path: string, content: Uint8Array): Promise<StoredFile> {
    const clean = cleanFilePath(path);
    const full = join(this.root, clean);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
    return { fileId: `${URL_PREFIX}${clean}`, size: content.byteLength };
  }

  async link(fileId: string): Promise<FileLink> {
    const path = fileId.slice(URL_PREFIX.length);
    if (!isPrivatePath(path)) return { url: `${this.baseUrl}${fileId}`, expiresAt: null };
    const expiresAt = this.clock.now() + PRIVATE_LINK_TTL_MS;
    return { url: `${this.baseUrl}${fileId}?exp=${expiresAt}&sig=${this.signer.sign(path, expiresAt)}`, expiresAt };
  }

  async remove(fileId: string): Promise<void> {
    await rm(join(this.root, cleanFilePath(fileId.slice(URL_PREFIX.length))), { force: true });
  }

  /** Whether a request for the (clean) path may be served: a public one always, a private one with a valid signature. */
  mayServe(path: string, query: URLSearchParams): boolean {
    return !isPrivatePath(path) || this.signer.verify(path, query.get('exp'), query.get('sig'), this.clock.now());
  }
}
