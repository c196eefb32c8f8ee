/** A photo a patient uploaded (a complaint picture, a proof for record copies): a private file (docs/files.md). */
export interface PhotoDoc {
  _id: string;
  hospitalId: string;
  openid: string;
  filePath: string;
  size: number;
  createdAt: number;
}
