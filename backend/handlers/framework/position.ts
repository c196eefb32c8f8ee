/** A position from the phone (wx.getLocation, GCJ-02) or picked on the map (wx.chooseLocation), checked. */
import { z } from './validation';

export const positionField = () => z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).strict();

export type Position = z.infer<ReturnType<typeof positionField>>;
