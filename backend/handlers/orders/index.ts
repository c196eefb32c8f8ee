import { orders } from '../../../miniprogram/shared/contract/orders';
import { defineFunction } from '../framework/define';
import * as patient from './patient-actions';
import * as staff from './staff-actions';
import { ordersTimer } from './timers';

/** The `orders` cloud function: functions 10 and 13 (在线支付, 门诊账单) and the billing role's refunds and totals. */
export const ordersFunction = defineFunction('orders', orders, { ...patient, ...staff }, ordersTimer);
