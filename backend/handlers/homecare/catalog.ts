/**
 * The hospital's home-nursing catalogue as its coordinators (role homecare; an admin holds every
 * role) keep it: every low-risk service of backend/domain/homecare/catalog.ts with its service and
 * travel fee, offered or not. Only those services: the pilot rules allow no others. A change applies
 * to requests made after it; a request keeps the fees it was made with.
 */
import { homecare } from '../../../miniprogram/shared/contract/homecare';
import type { StaffCatalogItem } from '../../../miniprogram/shared/dto/homecare';
import { StaffRole } from '../../../miniprogram/shared/enums';
import type { HomecareServiceDoc } from '../../domain/homecare/docs';
import type { Db } from '../../ports';
import { hospitalOr404 } from '../framework/hospital';
import { notFound } from '../framework/app-error';
import { audit } from '../framework/audit';
import { action } from '../framework/define';
import { hospitalCatalog } from './patient';
import { catalogItemView } from './views';
import { staff } from '../framework/who';

async function staffCatalog(db: Db, hospitalId: string): Promise<StaffCatalogItem[]> {
  return (await hospitalCatalog(db, hospitalId)).map((e) => ({ ...catalogItemView(e), active: e.active }));
}

export const services = action(homecare.services, {
  who: staff('homecare'),
  async run({ hospitalId }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.homecare);
    return { services: await staffCatalog(ctx.db, hospitalId) };
  },
});

export const saveService = action(homecare.saveService, {
  who: staff('homecare'),
  async run({ hospitalId, code, serviceFen, travelFen, active }, ctx) {
    await ctx.requireRole(hospitalId, StaffRole.homecare);
    await hospitalOr404(ctx.db, hospitalId);
    const base = (await hospitalCatalog(ctx.db, hospitalId)).find((e) => e.code === code);
    if (!base) throw notFound('服务项目');
    await ctx.db.transaction(async (tx) => {
      await tx.set<HomecareServiceDoc>('homecareServices', { ...base, _id: `hcs-${hospitalId}-${code}`, hospitalId, serviceFen, travelFen, active });
      await audit(tx, ctx, hospitalId, 'homecareService', `${code} ${serviceFen}/${travelFen}${active ? '' : ' off'}`);
    });
    return { services: await staffCatalog(ctx.db, hospitalId) };
  },
});
