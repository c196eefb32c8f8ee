/** A mailing or visiting address as WeChat's address book gives it (wx.chooseAddress), checked. */
import { fields, z } from './validation';

export const addressField = () =>
  z
    .object({
      name: fields.requiredText(20),
      phone: z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '请填写正确的手机号或固定电话' }),
      province: fields.requiredText(20),
      city: fields.text(20),
      district: fields.text(20),
      detail: fields.requiredText(120),
    })
    .strict();
