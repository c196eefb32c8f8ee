/**
 * The stored shapes of the content collections (cloud database documents; SQLite rows locally).
 * Every document carries `hospitalId` except hospitals themselves. Instants are epoch ms.
 */
import type { FunctionKey } from '../../../miniprogram/shared/offers';
import type { Audience } from '../../../miniprogram/shared/audience';
import type { NurseTitle } from '../../../miniprogram/shared/enums';
import type { ArticleStatus, DepartmentCategory, DoctorTitle, HospitalLevel } from '../../../miniprogram/shared/enums';
import type { BookingSettings } from '../scheduling/settings';
import type { QueueSettings } from '../queue/settings';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface PhoneEntry {
  /** What the number is for, e.g. 总机, 预约挂号, 急诊, 投诉. */
  label: string;
  number: string;
  /** When it answers, e.g. 24小时 or 工作日 8:00-17:30. */
  hours?: string;
}

export interface GuideSection {
  id: string;
  title: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** Ordered steps, when the section is a process. */
  steps?: string[];
  /** The function the section describes: shown only while the hospital offers it. */
  requires?: FunctionKey;
}

export interface ArticleColumn {
  id: string;
  name: string;
  description: string;
}

export interface HospitalDoc {
  _id: string;
  name: string;
  shortName: string;
  level: HospitalLevel;
  /** e.g. 综合医院, 县级综合医院. */
  kind: string;
  intro: string;
  /** Paths or URLs of photos (served by the Files port). */
  photos: string[];
  /** Key specialties, e.g. 国家临床重点专科. */
  specialties: string[];
  address: string;
  location: GeoPoint;
  transit: string[];
  parking: string;
  phones: PhoneEntry[];
  /** Opening hours of the outpatient department. */
  hours: string;
  guide: GuideSection[];
  columns: ArticleColumn[];
  /** Booking settings set by schedulers; missing fields take the defaults. */
  booking?: Partial<BookingSettings>;
  /** Queue settings (check-in window, skip places, location radius); missing fields take the defaults. */
  queue?: Partial<QueueSettings>;
  /** Subscribe-message template ids by message kind (the demo defaults apply when missing). */
  messageTemplates?: Record<string, string>;
  /** Template ids granted as long-term subscriptions (one acceptance, many messages). */
  longTermTemplates?: string[];
  /** Takes part in the platform's mutual recognition of results (检查检验结果互认). */
  mutualRecognition?: boolean;
  /** The functions offered (miniprogram/shared/offers.ts); missing: every function. */
  offers?: FunctionKey[];
  sort: number;
  updatedAt: number;
}

export interface DepartmentDoc {
  _id: string;
  hospitalId: string;
  name: string;
  category: DepartmentCategory;
  intro: string;
  /** Where it is inside the hospital, e.g. 门诊楼3楼东区. */
  location: string;
  phone: string;
  /** Common conditions treated, shown as tags. */
  conditions: string[];
  /**
   * Who it serves, when not everyone (儿科: under 14; 妇科, 产科: women), and the departments of the
   * same hospital to suggest instead (miniprogram/shared/audience.ts). Absent: everyone.
   */
  serves?: Audience & { instead: string[] };
  sort: number;
  updatedAt: number;
}

export interface DoctorDoc {
  _id: string;
  hospitalId: string;
  departmentId: string;
  name: string;
  title: DoctorTitle;
  /** 擅长, one sentence. */
  specialties: string;
  intro: string;
  /** Photo path or URL; empty when none (the page shows initials). */
  avatar: string;
  sort: number;
}

export interface ArticleDoc {
  _id: string;
  hospitalId: string;
  columnId: string;
  title: string;
  summary: string;
  /** Paragraphs separated by a blank line; a paragraph starting with "## " is a subheading. */
  body: string;
  images: string[];
  videoUrl: string;
  /** Departments the article suits, so it can be suggested after a visit there. */
  departmentIds: string[];
  author: string;
  status: ArticleStatus;
  publishedAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** Client request id that created it, so a retried create returns the first article. */
  requestId: string;
  createdBy: string;
}

export interface StaffDoc {
  _id: string;
  openid: string;
  hospitalId: string;
  name: string;
  roles: string[];
  /** With the doctor role: the doctor (doctors collection) this account is. */
  doctorId?: string;
  grantedBy: string;
  updatedAt: number;
  /** A nurse's professional title and the year practice began: checked before home nursing (backend/domain/homecare/nurses.ts). */
  nurseTitle?: NurseTitle;
  practiceSinceYear?: number;
}
