/** Typed calls of the `content` cloud function. */
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
} from '../shared/dto/content';
import type { ArticleStatus } from '../shared/enums';
import { callFunction } from './transport';

const call = <T>(action: string, params: object = {}) => callFunction<T>('content', action, params);

export const listHospitals = () => call<{ hospitals: HospitalSummary[] }>('listHospitals');
export const getHospital = (hospitalId: string) => call<{ hospital: HospitalProfile }>('getHospital', { hospitalId });
export const listDepartments = (hospitalId: string) =>
  call<{ departments: DepartmentSummary[]; categories: DepartmentCategoryGroup[] }>('listDepartments', { hospitalId });
export const getDepartment = (departmentId: string) =>
  call<{ department: DepartmentDetail; doctors: DoctorSummary[] }>('getDepartment', { departmentId });
export const listDoctors = (hospitalId: string, departmentId?: string) =>
  call<{ doctors: DoctorSummary[] }>('listDoctors', departmentId ? { hospitalId, departmentId } : { hospitalId });
export const getDoctor = (doctorId: string) => call<{ doctor: DoctorProfile }>('getDoctor', { doctorId });
export const getDirections = (hospitalId: string) => call<{ directions: Directions }>('getDirections', { hospitalId });
export const listPhones = (hospitalId: string) => call<{ phoneBook: PhoneBook }>('listPhones', { hospitalId });
export const getGuide = (hospitalId: string) =>
  call<{ hospitalName: string; sections: GuideSectionView[] }>('getGuide', { hospitalId });
export const listColumns = (hospitalId: string) => call<{ columns: ArticleColumnView[] }>('listColumns', { hospitalId });
export const listArticles = (params: { hospitalId: string; columnId?: string; page?: number; pageSize?: number }) =>
  call<Page<ArticleSummary>>('listArticles', params);
export const getArticle = (articleId: string) => call<{ article: ArticleDetail }>('getArticle', { articleId });

export interface ArticleInput {
  columnId: string;
  title: string;
  summary: string;
  body: string;
  images: string[];
  videoUrl: string;
  departmentIds: string[];
  author: string;
}

export const listAllArticles = (params: { hospitalId: string; status?: ArticleStatus; page?: number; pageSize?: number }) =>
  call<Page<ArticleSummary>>('listAllArticles', params);
export const getArticleDraft = (articleId: string) => call<{ article: ArticleDraft }>('getArticleDraft', { articleId });
export const createArticle = (hospitalId: string, requestId: string, input: ArticleInput) =>
  call<{ article: ArticleDraft }>('createArticle', { hospitalId, requestId, ...input });
export const updateArticle = (articleId: string, input: ArticleInput) =>
  call<{ article: ArticleDraft }>('updateArticle', { articleId, ...input });
export const publishArticle = (articleId: string) => call<{ article: ArticleDraft }>('publishArticle', { articleId });
export const unpublishArticle = (articleId: string) => call<{ article: ArticleDraft }>('unpublishArticle', { articleId });
export const updateHospitalIntro = (hospitalId: string, input: { intro: string; specialties: string[]; photos: string[] }) =>
  call<{ hospitalId: string }>('updateHospitalIntro', { hospitalId, ...input });
export interface DepartmentIntroInput {
  intro: string;
  location: string;
  phone: string;
  conditions: string[];
}
export const listAllDepartmentsForEdit = (hospitalId: string) =>
  call<{ departments: Array<DepartmentIntroInput & { id: string; name: string }> }>('listAllDepartmentsForEdit', { hospitalId });
export const updateDepartmentIntro = (departmentId: string, input: DepartmentIntroInput) =>
  call<{ departmentId: string }>('updateDepartmentIntro', { departmentId, ...input });
export const getOffers = (hospitalId: string) => call<{ settings: HospitalOffers }>('getOffers', { hospitalId });
export const setOffers = (hospitalId: string, offers: string[]) => call<{ settings: HospitalOffers }>('setOffers', { hospitalId, offers });
