/** A mailing or visiting address as WeChat's address book gives it (wx.chooseAddress), checked: miniprogram/shared/contract/fields.ts. */
import { fields } from './validation';

export const addressField = fields.address;
