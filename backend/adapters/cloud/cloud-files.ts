import { isPrivatePath, PRIVATE_LINK_TTL_MS } from '../../private-files';
import type { Clock, FileLink, Files, StoredFile } from '../../ports';
import type { CloudSdk } from './sdk-types';

/** How long a public file's temporary URL works (cloud storage is closed to clients: database/storage-rules.json). */
const PUBLIC_LINK_SECONDS = 2 * 60 * 60;

/** A relative cloud path: no leading slashes, no empty, `.` or `..` segments. */
function cloudPath(path: string): string {
  const clean = path
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
  if (!clean) throw new Error(`invalid file path: ${path}`);
  return clean;
}

/** 'cloud://env-1.bucket/private/a.pdf' → 'private/a.pdf'. */
const pathOfFileId = (fileId: string): string => fileId.replace(/^cloud:\/\/[^/]+\//, '');

/**
 * Files in cloud storage: the file id is the `cloud://…` fileID, its link a temporary URL — for a
 * private file one that works for PRIVATE_LINK_TTL_MS. The storage rule lets no client read or
 * write anything directly, so a file is reached only through a function that asked for its link.
 */
export class CloudFiles implements Files {
  constructor(
    private readonly sdk: Pick<CloudSdk, 'uploadFile' | 'getTempFileURL' | 'deleteFile'>,
    private readonly clock: Clock,
  ) {}

  async put(path: string, content: Uint8Array): Promise<StoredFile> {
    const fileContent = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const { fileID } = await this.sdk.uploadFile({ cloudPath: cloudPath(path), fileContent });
    return { fileId: fileID, size: content.byteLength };
  }

  async link(fileId: string): Promise<FileLink> {
    const isPrivate = isPrivatePath(pathOfFileId(fileId));
    const maxAge = isPrivate ? PRIVATE_LINK_TTL_MS / 1000 : PUBLIC_LINK_SECONDS;
    const { fileList } = await this.sdk.getTempFileURL({ fileList: [{ fileID: fileId, maxAge }] });
    const file = fileList.find((f) => f.fileID === fileId) ?? fileList[0];
    if (!file || file.status !== 0 || !file.tempFileURL) {
      throw new Error(`no temporary URL for ${fileId}: ${file?.errMsg ?? 'empty answer'}`);
    }
    return { url: file.tempFileURL, expiresAt: isPrivate ? this.clock.now() + maxAge * 1000 : null };
  }

  async remove(fileId: string): Promise<void> {
    const { fileList } = await this.sdk.deleteFile({ fileList: [fileId] });
    const file = fileList.find((f) => f.fileID === fileId);
    if (file && file.status !== 0 && !(file.errMsg ?? '').includes('NONEXIST')) throw new Error(`could not delete ${fileId}: ${file.errMsg ?? file.status}`);
  }
}
