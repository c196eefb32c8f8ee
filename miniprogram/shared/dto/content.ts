/** What the `content` cloud function answers with (the API contract for pre-visit information). */
import type { ArticleStatus, DepartmentCategory, DoctorTitle, HospitalLevel } from '../enums';
import type { FunctionKey } from '../offers';
import type { AudienceView } from '../audience';

export interface HospitalSummary {
  id: string;
  name: string;
  shortName: string;
  level: HospitalLevel;
  levelLabel: string;
  kind: string;
  address: string;
  cover: string;
  /** The functions this hospital offers (miniprogram/shared/offers.ts), in catalogue order. */
  offers: FunctionKey[];
}

export interface PhoneEntryView {
  label: string;
  number: string;
  hours: string;
}

export interface GuideSectionView {
  id: string;
  title: string;
  paragraphs: string[];
  steps: string[];
}

export interface HospitalProfile extends HospitalSummary {
  intro: string;
  photos: string[];
  specialties: string[];
  hours: string;
  phones: PhoneEntryView[];
  departmentCount: number;
  doctorCount: number;
}

export interface DepartmentSummary {
  id: string;
  hospitalId: string;
  name: string;
  category: DepartmentCategory;
  categoryLabel: string;
  location: string;
}

export interface DepartmentCategoryGroup {
  category: DepartmentCategory;
  label: string;
  departments: DepartmentSummary[];
}

export interface DepartmentDetail extends DepartmentSummary {
  intro: string;
  phone: string;
  conditions: string[];
}

export interface DoctorSummary {
  id: string;
  hospitalId: string;
  departmentId: string;
  departmentName: string;
  name: string;
  title: DoctorTitle;
  titleLabel: string;
  specialties: string;
  avatar: string;
}

export interface DoctorProfile extends DoctorSummary {
  intro: string;
  hospitalName: string;
  departmentLocation: string;
  /** Who the doctor's department serves, when not everyone (儿科, 妇科, 产科). */
  serves: AudienceView | null;
}

export interface Directions {
  hospitalId: string;
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  transit: string[];
  parking: string;
  hours: string;
}

export interface PhoneBook {
  hospitalId: string;
  hospitalName: string;
  hospitalPhones: PhoneEntryView[];
  departments: Array<{ departmentId: string; name: string; location: string; phone: string }>;
}

export interface ArticleColumnView {
  id: string;
  name: string;
  description: string;
}

export interface ArticleSummary {
  id: string;
  hospitalId: string;
  columnId: string;
  columnName: string;
  title: string;
  summary: string;
  cover: string;
  hasVideo: boolean;
  author: string;
  status: ArticleStatus;
  statusLabel: string;
  publishedAt: number | null;
  publishedDate: string;
  updatedAt: number;
}

export type ArticleBlock = { type: 'heading'; text: string } | { type: 'paragraph'; text: string };

export interface ArticleDetail extends ArticleSummary {
  blocks: ArticleBlock[];
  images: string[];
  videoUrl: string;
  departmentIds: string[];
}

/** The editable article, for the editor's form. */
export interface ArticleDraft {
  id: string;
  hospitalId: string;
  columnId: string;
  title: string;
  summary: string;
  body: string;
  images: string[];
  videoUrl: string;
  departmentIds: string[];
  author: string;
  status: ArticleStatus;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  hasMore: boolean;
}

/** Hospital settings (admin): the functions the hospital offers, in catalogue order. */
export interface HospitalOffers {
  hospitalId: string;
  hospitalName: string;
  offers: FunctionKey[];
}
