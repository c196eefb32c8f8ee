/**
 * The demo identities the local emulator accepts, for the 演示身份 picker on 我的. They mirror
 * `demoIdentities` of backend/dev-server/seed/content/staff.ts (the client cannot import backend
 * code); tests/pages/main/me.test.ts checks that the two lists stay the same.
 */
export interface DemoIdentityOption {
  openid: string;
  description: string;
}

export const demoIdentityOptions: DemoIdentityOption[] = [
  { openid: 'demo-patient', description: '演示患者（本人就诊）' },
  { openid: 'demo-patient-2', description: '演示患者（为家人代约）' },
  { openid: 'demo-editor-zz', description: '郑州康宁医院 内容编辑' },
  { openid: 'demo-scheduler-zz', description: '郑州康宁医院 排班员' },
  { openid: 'demo-nurse-zz', description: '郑州康宁医院 门诊护士' },
  { openid: 'demo-doctor-zz', description: '郑州康宁医院 心血管内科医生 陈立民' },
  { openid: 'demo-billing-zz', description: '郑州康宁医院 收费员' },
  { openid: 'demo-admin-zz', description: '郑州康宁医院 管理员' },
  { openid: 'demo-editor-xy', description: '光山县康宁医院 内容编辑' },
  { openid: 'demo-service-zz', description: '郑州康宁医院 患者服务中心' },
  { openid: 'demo-records-zz', description: '郑州康宁医院 病案室' },
  { openid: 'demo-homecare-zz', description: '郑州康宁医院 居家护理调度' },
  { openid: 'demo-patient-3', description: '慢病患者（在线复诊）' },
  { openid: 'demo-pharmacist-zz', description: '郑州康宁医院 药师' },
  { openid: 'demo-nurse-exam-zz', description: '郑州康宁医院 医技护士（CT、磁共振、超声）' },
];

export function demoIdentityDescription(openid: string): string {
  const found = demoIdentityOptions.find((o) => o.openid === openid);
  return found ? found.description : openid;
}
