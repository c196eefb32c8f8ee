/** Stored documents → the DTOs of the API contract. */
import type {
  ArticleDetail,
  ArticleDraft,
  ArticleSummary,
  DepartmentDetail,
  DepartmentSummary,
  DoctorSummary,
  HospitalSummary,
  PhoneEntryView,
} from '../../../miniprogram/shared/dto/content';
import { articleStatusLabels, departmentCategoryLabels, doctorTitleLabels, hospitalLevelLabels } from '../../../miniprogram/shared/enums';
import { shanghaiDate } from '../../../miniprogram/shared/time';
import { offersOf } from '../../../miniprogram/shared/offers';
import { toBlocks } from '../../domain/content/articles';
import type { ArticleDoc, DepartmentDoc, DoctorDoc, HospitalDoc, PhoneEntry } from '../../domain/content/docs';

export function hospitalSummary(h: HospitalDoc): HospitalSummary {
  return {
    id: h._id,
    name: h.name,
    shortName: h.shortName,
    level: h.level,
    levelLabel: hospitalLevelLabels[h.level],
    kind: h.kind,
    address: h.address,
    cover: h.photos[0] ?? '',
    offers: offersOf(h),
  };
}

export function phoneView(p: PhoneEntry): PhoneEntryView {
  return { label: p.label, number: p.number, hours: p.hours ?? '' };
}

export function departmentSummary(d: DepartmentDoc): DepartmentSummary {
  return {
    id: d._id,
    hospitalId: d.hospitalId,
    name: d.name,
    category: d.category,
    categoryLabel: departmentCategoryLabels[d.category],
    location: d.location,
  };
}

export function departmentDetail(d: DepartmentDoc): DepartmentDetail {
  return { ...departmentSummary(d), intro: d.intro, phone: d.phone, conditions: d.conditions };
}

export function doctorSummary(d: DoctorDoc, departmentName: string): DoctorSummary {
  return {
    id: d._id,
    hospitalId: d.hospitalId,
    departmentId: d.departmentId,
    departmentName,
    name: d.name,
    title: d.title,
    titleLabel: doctorTitleLabels[d.title],
    specialties: d.specialties,
    avatar: d.avatar,
  };
}

export function articleSummary(a: ArticleDoc, columnName: string): ArticleSummary {
  return {
    id: a._id,
    hospitalId: a.hospitalId,
    columnId: a.columnId,
    columnName,
    title: a.title,
    summary: a.summary,
    cover: a.images[0] ?? '',
    hasVideo: a.videoUrl.length > 0,
    author: a.author,
    status: a.status,
    statusLabel: articleStatusLabels[a.status],
    publishedAt: a.publishedAt,
    publishedDate: a.publishedAt === null ? '' : shanghaiDate(a.publishedAt),
    updatedAt: a.updatedAt,
  };
}

export function articleDetail(a: ArticleDoc, columnName: string): ArticleDetail {
  return {
    ...articleSummary(a, columnName),
    blocks: toBlocks(a.body),
    images: a.images,
    videoUrl: a.videoUrl,
    departmentIds: a.departmentIds,
  };
}

export function articleDraft(a: ArticleDoc): ArticleDraft {
  return {
    id: a._id,
    hospitalId: a.hospitalId,
    columnId: a.columnId,
    title: a.title,
    summary: a.summary,
    body: a.body,
    images: a.images,
    videoUrl: a.videoUrl,
    departmentIds: a.departmentIds,
    author: a.author,
    status: a.status,
  };
}
