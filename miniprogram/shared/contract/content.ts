/** The `content` cloud function (backend/handlers/content/): pre-visit information, health education, and its editors' actions. */
import { z } from 'zod';
import type {
  ArticleColumnView,
  ArticleDetail,
  ArticleDraft,
  ArticleSummary,
  DepartmentCategoryGroup,
  DepartmentDetail,
  DepartmentSummary,
  Directions,
  DoctorProfile,
  DoctorSummary,
  GuideSectionView,
  HospitalOffers,
  HospitalProfile,
  HospitalSummary,
  Page,
  PhoneBook,
} from '../dto/content';
import { ArticleStatus } from '../enums';
import { act } from './define';
import { fields } from './fields';

const mediaUrl = () => fields.text(500).regex(/^(https:\/\/|cloud:\/\/|\/files\/)\S*$/, { message: '图片或视频地址格式不正确' });

const articleFields = {
  columnId: fields.id(),
  title: fields.requiredText(60),
  summary: fields.multilineText(120),
  body: fields.multilineText(20000),
  images: z.array(mediaUrl()).max(9).default([]),
  videoUrl: z.union([mediaUrl(), z.literal('')]).default(''),
  departmentIds: z.array(fields.id()).max(10).default([]),
  author: fields.text(40).default(''),
};

const departmentIntro = {
  intro: fields.requiredMultilineText(3000),
  location: fields.requiredText(60),
  phone: z.union([z.string().regex(/^[0-9-]{5,20}$/, { message: '电话号码格式不正确' }), z.literal('')]),
  conditions: z.array(fields.requiredText(20)).max(12),
};

/** What an editor writes in an article. */
export type ArticleInput = z.input<z.ZodObject<typeof articleFields>>;
/** What an editor writes in a department's introduction. */
export type DepartmentIntroInput = z.input<z.ZodObject<typeof departmentIntro>>;

const byHospital = z.object({ hospitalId: fields.id() });
const byArticle = z.object({ articleId: fields.id() });

export const content = {
  listHospitals: act<{ hospitals: HospitalSummary[] }>()(z.object({})),
  getHospital: act<{ hospital: HospitalProfile }>()(byHospital),
  listDepartments: act<{ departments: DepartmentSummary[]; categories: DepartmentCategoryGroup[] }>()(byHospital),
  getDepartment: act<{ department: DepartmentDetail; doctors: DoctorSummary[] }>()(z.object({ departmentId: fields.id() })),
  listDoctors: act<{ doctors: DoctorSummary[] }>()(z.object({ hospitalId: fields.id(), departmentId: fields.id().optional() })),
  getDoctor: act<{ doctor: DoctorProfile }>()(z.object({ doctorId: fields.id() })),
  getDirections: act<{ directions: Directions }>()(byHospital),
  listPhones: act<{ phoneBook: PhoneBook }>()(byHospital),
  getGuide: act<{ hospitalName: string; sections: GuideSectionView[] }>()(byHospital),
  listColumns: act<{ columns: ArticleColumnView[] }>()(byHospital),
  listArticles: act<Page<ArticleSummary>>()(
    z.object({ hospitalId: fields.id(), columnId: fields.id().optional(), page: fields.page(), pageSize: fields.pageSize(20) }),
  ),
  getArticle: act<{ article: ArticleDetail }>()(z.object({ articleId: fields.id() })),
  listAllArticles: act<Page<ArticleSummary>>()(
    z.object({
      hospitalId: fields.id(),
      status: z.enum([ArticleStatus.draft, ArticleStatus.published]).optional(),
      page: fields.page(),
      pageSize: fields.pageSize(50),
    }),
  ),
  getArticleDraft: act<{ article: ArticleDraft }>()(z.object({ articleId: fields.id() })),
  createArticle: act<{ article: ArticleDraft }>()(z.object({ hospitalId: fields.id(), requestId: fields.requestId(), ...articleFields })),
  updateArticle: act<{ article: ArticleDraft }>()(z.object({ articleId: fields.id(), ...articleFields })),
  publishArticle: act<{ article: ArticleDraft }>()(byArticle),
  unpublishArticle: act<{ article: ArticleDraft }>()(byArticle),
  listAllDepartmentsForEdit: act<{ departments: Array<DepartmentIntroInput & { id: string; name: string }> }>()(z.object({ hospitalId: fields.id() })),
  updateHospitalIntro: act<{ hospitalId: string }>()(
    z.object({
      hospitalId: fields.id(),
      intro: fields.requiredMultilineText(5000),
      specialties: z.array(fields.requiredText(30)).max(20),
      photos: z.array(mediaUrl()).max(9),
    }),
  ),
  updateDepartmentIntro: act<{ departmentId: string }>()(z.object({ departmentId: fields.id(), ...departmentIntro })),
  getOffers: act<{ settings: HospitalOffers }>()(z.object({ hospitalId: fields.id() })),
  setOffers: act<{ settings: HospitalOffers }>()(z.object({ hospitalId: fields.id(), offers: z.array(z.string().max(30)).max(30) })),
};
