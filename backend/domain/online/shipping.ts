/**
 * The delivery fee by region (fen), as data: within Henan, the neighbouring provinces, the rest of
 * the mainland, and the remote regions; cold-chain parcels cost more. Fictional tariffs written for
 * this project. Pure.
 */
export const HOME_PROVINCE = '河南省';
const NEIGHBOURS = ['河北省', '山西省', '山东省', '安徽省', '湖北省', '陕西省'];
const REMOTE = ['西藏自治区', '新疆维吾尔自治区', '青海省', '内蒙古自治区'];
const NOT_SERVED = ['香港特别行政区', '澳门特别行政区', '台湾省'];

export const FEES = { home: 800, neighbour: 1200, mainland: 1800, remote: 3000, coldExtra: 1500 } as const;

/** The fee for a parcel to this province, or null when the hospital does not deliver there. */
export function deliveryFeeFen(province: string, cold: boolean): number | null {
  const p = province.trim();
  if (NOT_SERVED.some((x) => p.startsWith(x.slice(0, 2)))) return null;
  const base =
    p === HOME_PROVINCE || p === '河南'
      ? FEES.home
      : NEIGHBOURS.some((x) => p.startsWith(x.slice(0, 2)))
        ? FEES.neighbour
        : REMOTE.some((x) => p.startsWith(x.slice(0, 2)))
          ? FEES.remote
          : FEES.mainland;
  return base + (cold ? FEES.coldExtra : 0);
}

export const DELIVERY_NOT_SERVED = '药品快递暂不支持寄往港澳台地区，请选择到院取药';
