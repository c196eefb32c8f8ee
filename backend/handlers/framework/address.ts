/** A mailing or visiting address, checked: the contracts' field (miniprogram/shared/contract/fields.ts), for the actions still declared inline. */
import { fields } from './validation';

export const addressField = fields.address;
