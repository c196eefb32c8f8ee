import type { StaffRole } from '../enums';

export interface StaffHospitalRoles {
  hospitalId: string;
  hospitalName: string;
  roles: StaffRole[];
}

export interface StaffMe {
  openid: string;
  platformAdmin: boolean;
  hospitals: StaffHospitalRoles[];
}

export interface StaffMember {
  id: string;
  openid: string;
  hospitalId: string;
  name: string;
  roles: StaffRole[];
  /** The doctor a doctor grant is bound to, or ''. */
  doctorId: string;
}
