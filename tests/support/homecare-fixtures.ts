/** A home-nursing request as the demo patient sends it: 张建国's dressing change at home, a calm risk screen. */
export const HOME_ADDRESS = { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' };
export const CALM = { drugAllergy: false, infectious: false, consciousness: 'clear', aggression: false };

export function homecareRequest(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'request',
    hospitalId: 'h-zzcentral',
    patientId: 'pat-demo-zhang',
    group: 'elderly',
    serviceCode: 'dressing',
    address: HOME_ADDRESS,
    date: '2026-11-27',
    startTime: '09:00',
    endTime: '11:00',
    condition: '右小腿术后伤口，需每三天换药',
    risk: CALM,
    requestId: 'req-hc-00001',
    ...extra,
  };
}
