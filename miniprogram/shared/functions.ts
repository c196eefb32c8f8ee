/**
 * The functions of the README's list of 23 that exist in this build, by stage, with the page each opens.
 * The 服务 page lists these; the home page shows the most used first.
 */
import { functionOfNo, offered } from './offers';

export type Stage = 'previsit' | 'invisit' | 'postvisit';

export interface AppFunction {
  no: number;
  key: string;
  name: string;
  icon: string;
  url: string;
  stage: Stage;
}

export const stageLabels: Record<Stage, string> = { previsit: '诊前', invisit: '诊中', postvisit: '诊后' };

export const appFunctions: AppFunction[] = [
  { no: 7, key: 'triage', name: '智能导诊', icon: 'aim', url: '/previsit/triage/index', stage: 'previsit' },
  { no: 1, key: 'hospital', name: '医院介绍', icon: 'hotel-o', url: '/previsit/hospital/index', stage: 'previsit' },
  { no: 2, key: 'departments', name: '科室介绍', icon: 'cluster-o', url: '/previsit/departments/index', stage: 'previsit' },
  { no: 3, key: 'doctors', name: '医生简介', icon: 'manager-o', url: '/previsit/doctors/index', stage: 'previsit' },
  { no: 4, key: 'directions', name: '来院路线', icon: 'location-o', url: '/previsit/directions/index', stage: 'previsit' },
  { no: 5, key: 'phones', name: '联系电话', icon: 'phone-o', url: '/previsit/phones/index', stage: 'previsit' },
  { no: 8, key: 'booking', name: '预约挂号', icon: 'calendar-o', url: '/previsit/departments/index', stage: 'previsit' },
  { no: 8, key: 'exams', name: '检查预约', icon: 'records-o', url: '/booking/exams/index', stage: 'previsit' },
  { no: 6, key: 'guide', name: '就诊指南', icon: 'guide-o', url: '/previsit/guide/index', stage: 'previsit' },
  { no: 8, key: 'appointments', name: '我的预约', icon: 'todo-list-o', url: '/booking/appointments/index', stage: 'invisit' },
  { no: 10, key: 'payments', name: '在线缴费', icon: 'paid', url: '/billing/orders/index', stage: 'invisit' },
  { no: 11, key: 'navigation', name: '院内导航', icon: 'guide-o', url: '/navigation/places/index', stage: 'invisit' },
  { no: 12, key: 'reports', name: '报告查询', icon: 'description', url: '/records/reports/index', stage: 'invisit' },
  { no: 13, key: 'bills', name: '门诊账单', icon: 'balance-list-o', url: '/billing/bills/index', stage: 'invisit' },
  { no: 8, key: 'patients', name: '就诊人管理', icon: 'friends-o', url: '/booking/patients/index', stage: 'previsit' },
  { no: 14, key: 'prescriptions', name: '处方查询', icon: 'orders-o', url: '/records/prescriptions/index', stage: 'postvisit' },
  { no: 15, key: 'guidance', name: '用药指导', icon: 'info-o', url: '/records/prescriptions/index', stage: 'postvisit' },
  { no: 16, key: 'feedback', name: '就医反馈', icon: 'comment-o', url: '/postvisit/feedback/index', stage: 'postvisit' },
  { no: 20, key: 'homecare', name: '医护到家', icon: 'home-o', url: '/postvisit/homecare/index', stage: 'postvisit' },
  { no: 17, key: 'followup', name: '在线复诊', icon: 'chat-o', url: '/online/followup-list/index', stage: 'postvisit' },
  { no: 18, key: 'delivery', name: '药品快递', icon: 'logistics', url: '/online/followup-list/index', stage: 'postvisit' },
  { no: 22, key: 'record-copies', name: '病历邮寄', icon: 'description', url: '/postvisit/record-copies/index', stage: 'postvisit' },
  { no: 23, key: 'articles', name: '健康科普', icon: 'notes-o', url: '/postvisit/articles/index', stage: 'postvisit' },
  { no: 19, key: 'consult', name: '在线咨询', icon: 'chat-o', url: '/online/consult-list/index', stage: 'postvisit' },
];

/** The home page's quick entries, most used first (elder mode keeps the same order). */
export const homeFunctionKeys = [
  'booking',
  'triage',
  'appointments',
  'payments',
  'navigation',
  'exams',
  'bills',
  'departments',
  'doctors',
  'guide',
  'directions',
  'phones',
  'patients',
  'hospital',
  'articles',
];

/** The entries of `list` whose function the hospital offers (miniprogram/shared/offers.ts). */
export function offeredFunctions<T extends { no: number }>(hospital: { offers: readonly string[] } | null, list: readonly T[]): T[] {
  return list.filter((f) => {
    const known = functionOfNo(f.no);
    return known === undefined || offered(hospital, known.key);
  });
}
