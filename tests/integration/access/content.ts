import { anyone, staff, row, type Rows } from './table';
import { ZZ } from './world';

const article = { title: '冬季护心', summary: '摘要', body: '正文', images: [], videoUrl: '', departmentIds: [], author: '心内科' };

export const content: Rows = {
  listHospitals: row(() => ({}), anyone()),
  getHospital: row(() => ({ hospitalId: ZZ }), anyone()),
  listDepartments: row(() => ({ hospitalId: ZZ }), anyone()),
  getDepartment: row(() => ({ departmentId: 'd-zz-cardio' }), anyone()),
  listDoctors: row(() => ({ hospitalId: ZZ, departmentId: 'd-zz-cardio' }), anyone()),
  getDoctor: row(() => ({ doctorId: 'doc-zz-001' }), anyone()),
  getDirections: row(() => ({ hospitalId: ZZ }), anyone()),
  listPhones: row(() => ({ hospitalId: ZZ }), anyone()),
  getGuide: row(() => ({ hospitalId: ZZ }), anyone()),
  listColumns: row(() => ({ hospitalId: ZZ }), anyone()),
  listArticles: row(() => ({ hospitalId: ZZ, page: 1, pageSize: 10 }), anyone()),
  getArticle: row((w) => ({ articleId: w.articleId }), anyone()),
  listAllArticles: row(() => ({ hospitalId: ZZ, status: 'draft', page: 1, pageSize: 10 }), staff(['editor'])),
  getArticleDraft: row((w) => ({ articleId: w.draftId }), staff(['editor'])),
  createArticle: row((w) => ({ hospitalId: ZZ, requestId: w.rid(), columnId: w.columnId, ...article }), staff(['editor'])),
  updateArticle: row((w) => ({ articleId: w.draftId, columnId: w.columnId, ...article }), staff(['editor'])),
  publishArticle: row((w) => ({ articleId: w.draftId }), staff(['editor'])),
  unpublishArticle: row((w) => ({ articleId: w.articleId }), staff(['editor'])),
  listAllDepartmentsForEdit: row(() => ({ hospitalId: ZZ }), staff(['editor'])),
  updateHospitalIntro: row(() => ({ hospitalId: ZZ, intro: '郑州康宁医院是一所三级医院。', specialties: ['心血管内科'], photos: [] }), staff(['editor'])),
  updateDepartmentIntro: row(
    () => ({ departmentId: 'd-zz-cardio', intro: '简介', location: '门诊楼2楼', phone: '0371-66660000', conditions: ['高血压'] }),
    staff(['editor']),
  ),
  getOffers: row(() => ({ hospitalId: ZZ }), staff([])),
  setOffers: row(
    async (w) => ({
      hospitalId: ZZ,
      offers: (await w.sys.ok<{ settings: { offers: string[] } }>('content', 'demo-admin-zz', { action: 'getOffers', hospitalId: ZZ })).settings.offers,
    }),
    staff([]),
  ),
};
