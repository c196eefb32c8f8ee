/**
 * The field schemas every action's input is built from (zod 4). They live beside the contracts, which
 * the server validates with; the mini program imports only their types (miniprogram/api/index.ts).
 */
import { z } from 'zod';
import { isCalendarDate } from '../time';
import { CONTROL_MESSAGE, cleanText, hasNoControl } from './text';

const ID = /^[A-Za-z0-9_-]+$/;
/** The largest photo a patient may upload. */
const IMAGE_BYTES = 1024 * 1024;

/** 'YYYY-MM-DD' naming a day on the calendar (1970–2099): '2026-11-37' and '2026-02-29' are not. */
function isClinicCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return isCalendarDate(value) && year >= 1970 && year <= 2099;
}

/** Free text, cleaned and checked as miniprogram/shared/contract/text.ts says, then trimmed. */
function cleanString(multiline: boolean) {
  return z
    .string()
    .overwrite((v) => cleanText(v, multiline))
    .normalize('NFC')
    .trim()
    .refine((v) => hasNoControl(v, multiline), { message: CONTROL_MESSAGE });
}

/** Shared field schemas. Every string has a maximum length; every free text goes through cleanString. */
export const fields = {
  id: () => z.string().min(1).max(64).regex(ID, { message: '编号格式不正确' }),
  requestId: () => z.string().min(8).max(64).regex(ID, { message: '请求编号格式不正确' }),
  date: () =>
    z
      .string()
      .max(10)
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为YYYY-MM-DD' })
      .refine(isClinicCalendarDate, { message: '日期不存在，请选择日历上的日期' }),
  /** One line of text (names, titles, reasons). */
  text: (max: number) => cleanString(false).max(max),
  requiredText: (max: number) => cleanString(false).min(1).max(max),
  /** Text with paragraphs (article bodies, introductions): tab and line feed allowed. */
  multilineText: (max: number) => cleanString(true).max(max),
  requiredMultilineText: (max: number) => cleanString(true).min(1).max(max),
  page: () => z.number().int().min(1).max(1000).default(1),
  pageSize: (max = 50) => z.number().int().min(1).max(max).default(10),
  /** A mailing or visiting address as WeChat's address book gives it (wx.chooseAddress). */
  address: () =>
    z
      .object({
        name: cleanString(false).min(1).max(20),
        phone: z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '请填写正确的手机号或固定电话' }),
        province: cleanString(false).min(1).max(20),
        city: cleanString(false).max(20),
        district: cleanString(false).max(20),
        detail: cleanString(false).min(1).max(120),
      })
      .strict(),
  /** A position from the phone (wx.getLocation, GCJ-02) or picked on the map (wx.chooseLocation). */
  position: () => z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).strict(),
  /** A JPEG or PNG as base64, at most 1 MB (its kind is checked by its first bytes in backend/handlers/framework/photo-upload.ts). */
  image: () =>
    z
      .string()
      .min(8)
      .max(Math.ceil(IMAGE_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: '图片内容格式不正确' }),
};
