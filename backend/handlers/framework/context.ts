import type { StaffDoc } from '../../domain/content/docs';
import { mayAct, rolesIn } from '../../domain/auth';
import type { StaffRole } from '../../../miniprogram/shared/enums';
import { ErrorCode } from '../../../miniprogram/shared/errors';
import type { Ports } from '../../ports';
import { AppError } from './app-error';

/** What a handler knows about the call: who, when, and the ports. */
export class Ctx {
  private grants: StaffDoc[] | null = null;

  constructor(
    readonly ports: Ports,
    /** The caller's openid: from the WeChat context in the cloud, `x-openid` locally. */
    readonly openid: string | null,
    readonly requestId: string,
    readonly now: number,
  ) {}

  get db() {
    return this.ports.db;
  }

  /** The caller's openid, or UNAUTHENTICATED. */
  user(): string {
    if (!this.openid) throw new AppError(ErrorCode.UNAUTHENTICATED);
    return this.openid;
  }

  get platformAdmin(): boolean {
    return this.openid !== null && this.ports.adminOpenids.includes(this.openid);
  }

  /** Every staff grant of the caller, read once per call. */
  async staffGrants(): Promise<StaffDoc[]> {
    if (!this.openid) return [];
    if (!this.grants) this.grants = await this.db.find<StaffDoc>('staff', { where: { openid: this.openid } });
    return this.grants;
  }

  async rolesIn(hospitalId: string): Promise<StaffRole[]> {
    return rolesIn(await this.staffGrants(), hospitalId, this.platformAdmin);
  }

  /** Throws FORBIDDEN unless the caller holds one of `roles` in the hospital. */
  async requireRole(hospitalId: string, ...roles: StaffRole[]): Promise<void> {
    this.user();
    if (!mayAct(await this.rolesIn(hospitalId), roles)) throw new AppError(ErrorCode.FORBIDDEN);
  }
}
