import type { Files, StoredFile } from '../../ports';
import type { CloudSdk } from './sdk-types';

/** A relative cloud path: no leading slashes, no empty, `.` or `..` segments. */
function cloudPath(path: string): string {
  const clean = path
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
  if (!clean) throw new Error(`invalid file path: ${path}`);
  return clean;
}

/** Files in cloud storage: the file id is the `cloud://…` fileID, its URL a temporary one. */
export class CloudFiles implements Files {
  constructor(private readonly sdk: Pick<CloudSdk, 'uploadFile' | 'getTempFileURL'>) {}

  async put(path: string, content: Uint8Array): Promise<StoredFile> {
    const fileContent = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const { fileID } = await this.sdk.uploadFile({ cloudPath: cloudPath(path), fileContent });
    return { fileId: fileID, size: content.byteLength };
  }

  async url(fileId: string): Promise<string> {
    const { fileList } = await this.sdk.getTempFileURL({ fileList: [fileId] });
    const file = fileList.find((f) => f.fileID === fileId) ?? fileList[0];
    if (!file || file.status !== 0 || !file.tempFileURL) {
      throw new Error(`no temporary URL for ${fileId}: ${file?.errMsg ?? 'empty answer'}`);
    }
    return file.tempFileURL;
  }
}
