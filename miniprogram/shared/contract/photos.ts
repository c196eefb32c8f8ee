/** The upload action several functions share: one photo `{ hospitalId, image, requestId }` → its id (backend/handlers/framework/photo-upload.ts). */
import { z } from 'zod';
import { act } from './define';
import { fields } from './fields';

export const attachPhoto = () => act<{ photoId: string }>()(z.object({ hospitalId: fields.id(), image: fields.image(), requestId: fields.requestId() }));

export type AttachPhoto = ReturnType<typeof attachPhoto>;

/** A short-lived link to a stored photo (`photoLink`): show it at once. */
export interface PhotoLink {
  url: string;
  /** Epoch ms after which the link no longer works. */
  expiresAt: number | null;
}
