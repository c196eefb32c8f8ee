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
  /** The roles in Chinese, in the order of `roles`. */
  roleLabels: string[];
  /** The doctor a doctor grant is bound to, or ''. */
  doctorId: string;
  /** That doctor's name, or ''. */
  doctorName: string;
  /** The year independent practice began, or 0 when not recorded. */
  practiceSinceYear: number;
  /** For a doctor: why they may not practise online, or '' when they may (and for non-doctors). */
  onlineRefusal: string;
  /** The openid of whoever granted the latest role. */
  grantedBy: string;
  /** Who that was: a colleague's name, 平台管理员 or 系统初始化. */
  grantedByText: string;
}
