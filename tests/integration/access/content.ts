import { row, type Rows } from './table';
import { ZZ } from './world';

const article = { title: '冬季护心', summary: '摘要', body: '正文', images: [], videoUrl: '', departmentIds: [], author: '心内科' };

export const content: Rows = {
  listHospitals: row(() => ({})),
  getHospital: row(() => ({ hospitalId: ZZ })),
  listDepartments: row(() => ({ hospitalId: ZZ })),
  getDepartment: row(() => ({ departmentId: 'd-zz-cardio' })),
  listDoctors: row(() => ({ hospitalId: ZZ, departmentId: 'd-zz-cardio' })),
  getDoctor: row(() => ({ doctorId: 'doc-zz-001' })),
  getDirections: row(() => ({ hospitalId: ZZ })),
  listPhones: row(() => ({ hospitalId: ZZ })),
  getGuide: row(() => ({ hospitalId: ZZ })),
  listColumns: row(() => ({ hospitalId: ZZ })),
  listArticles: row(() => ({ hospitalId: ZZ, page: 1, pageSize: 10 })),
  getArticle: row((w) => ({ articleId: w.articleId })),
  listAllArticles: row(() => ({ hospitalId: ZZ, status: 'draft', page: 1, pageSize: 10 })),
  getArticleDraft: row((w) => ({ articleId: w.draftId })),
  createArticle: row((w) => ({ hospitalId: ZZ, requestId: w.rid(), columnId: w.columnId, ...article })),
  updateArticle: row((w) => ({ articleId: w.draftId, columnId: w.columnId, ...article })),
  publishArticle: row((w) => ({ articleId: w.draftId })),
  unpublishArticle: row((w) => ({ articleId: w.articleId })),
  listAllDepartmentsForEdit: row(() => ({ hospitalId: ZZ })),
  updateHospitalIntro: row(() => ({ hospitalId: ZZ, intro: '郑州康宁医院是一所三级医院。', specialties: ['心血管内科'], photos: [] })),
  updateDepartmentIntro: row(() => ({ departmentId: 'd-zz-cardio', intro: '简介', location: '门诊楼2楼', phone: '0371-66660000', conditions: ['高血压'] })),
  getOffers: row(() => ({ hospitalId: ZZ })),
  setOffers: row(async (w) => ({
    hospitalId: ZZ,
    offers: (await w.sys.ok<{ settings: { offers: string[] } }>('content', 'demo-admin-zz', { action: 'getOffers', hospitalId: ZZ })).settings.offers,
  })),
};
