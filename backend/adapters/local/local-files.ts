import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import type { Files, StoredFile } from '../../ports';

/** Files in a local folder, served by the emulator under /files/. */
export class LocalFiles implements Files {
  constructor(
    private readonly root: string,
    private readonly baseUrl: string,
  ) {}

  async put(path: string, content: Uint8Array): Promise<StoredFile> {
    const clean = normalize(path).replace(/^(\.\.(\/|\\|$))+/, '');
    const full = join(this.root, clean);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
    return { fileId: `/files/${clean}`, size: content.byteLength };
  }

  async url(fileId: string): Promise<string> {
    return `${this.baseUrl}${fileId}`;
  }
}
