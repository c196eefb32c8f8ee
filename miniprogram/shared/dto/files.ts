/** A short-lived link to a private file (a complaint's photo, a proof): open it at once. */
export interface FileLink {
  url: string;
  /** Epoch ms after which the link no longer works; null for a file that is not private. */
  expiresAt: number | null;
}
