/** Pre-visit information anyone may read: hospitals, departments, doctors, directions, phones, guide, articles. */
import type { ArticleColumnView, DepartmentCategoryGroup, GuideSectionView } from '../../../miniprogram/shared/dto/content';
import { DepartmentCategory, departmentCategoryLabels } from '../../../miniprogram/shared/enums';
import { offersOf } from '../../../miniprogram/shared/offers';
import { visibleToPatients } from '../../domain/content/articles';
import type { ArticleDoc, DepartmentDoc, DoctorDoc, HospitalDoc } from '../../domain/content/docs';
import { ArticleStatus } from '../../../miniprogram/shared/enums';
import type { Where } from '../../ports';
import { notFound } from '../framework/app-error';
import { content } from '../../../miniprogram/shared/contract/content';
import { action } from '../framework/define';
import { articleOr404, audienceOf, columnName, departmentOr404, doctorOr404 } from './lookups';
import { findAll } from '../framework/find-all';
import { hospitalOr404 } from '../framework/hospital';
import { articleDetail, articleSummary, departmentDetail, departmentSummary, doctorSummary, hospitalSummary, phoneView } from './views';
import { anyone } from '../framework/who';

const CATEGORY_ORDER = Object.values(DepartmentCategory);

export const listHospitals = action(content.listHospitals, {
  who: anyone(),
  async run(_input, ctx) {
    const hospitals = await findAll<HospitalDoc>(ctx.db, 'hospitals', {}, [['sort', 'asc']]);
    return { hospitals: hospitals.map(hospitalSummary) };
  },
});

export const getHospital = action(content.getHospital, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    const h = await hospitalOr404(ctx.db, hospitalId);
    const [departmentCount, doctorCount] = await Promise.all([ctx.db.count('departments', { hospitalId }), ctx.db.count('doctors', { hospitalId })]);
    return {
      hospital: {
        ...hospitalSummary(h),
        intro: h.intro,
        photos: h.photos,
        specialties: h.specialties,
        hours: h.hours,
        phones: h.phones.map(phoneView),
        departmentCount,
        doctorCount,
      },
    };
  },
});

export const listDepartments = action(content.listDepartments, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    await hospitalOr404(ctx.db, hospitalId);
    const docs = await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]);
    const departments = docs.map(departmentSummary);
    const categories: DepartmentCategoryGroup[] = CATEGORY_ORDER.map((category) => ({
      category,
      label: departmentCategoryLabels[category],
      departments: departments.filter((d) => d.category === category),
    })).filter((g) => g.departments.length > 0);
    return { departments, categories };
  },
});

export const getDepartment = action(content.getDepartment, {
  who: anyone(),
  async run({ departmentId }, ctx) {
    const d = await departmentOr404(ctx.db, departmentId);
    const doctors = await findAll<DoctorDoc>(ctx.db, 'doctors', { hospitalId: d.hospitalId, departmentId }, [['sort', 'asc']]);
    return { department: departmentDetail(d), doctors: doctors.map((doc) => doctorSummary(doc, d.name)) };
  },
});

export const listDoctors = action(content.listDoctors, {
  who: anyone(),
  async run({ hospitalId, departmentId }, ctx) {
    await hospitalOr404(ctx.db, hospitalId);
    const where: Record<string, string> = departmentId ? { hospitalId, departmentId } : { hospitalId };
    const [doctors, departments] = await Promise.all([
      findAll<DoctorDoc>(ctx.db, 'doctors', where, [
        ['departmentId', 'asc'],
        ['sort', 'asc'],
      ]),
      findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]),
    ]);
    if (departmentId && !departments.some((d) => d._id === departmentId)) throw notFound('科室');
    const names = new Map(departments.map((d) => [d._id, d.name]));
    return { doctors: doctors.map((d) => doctorSummary(d, names.get(d.departmentId) ?? '')) };
  },
});

export const getDoctor = action(content.getDoctor, {
  who: anyone(),
  async run({ doctorId }, ctx) {
    const d = await doctorOr404(ctx.db, doctorId);
    const [dept, hospital] = await Promise.all([departmentOr404(ctx.db, d.departmentId), hospitalOr404(ctx.db, d.hospitalId)]);
    return {
      doctor: {
        ...doctorSummary(d, dept.name),
        intro: d.intro,
        hospitalName: hospital.name,
        departmentLocation: dept.location,
        serves: await audienceOf(ctx.db, dept),
      },
    };
  },
});

export const getDirections = action(content.getDirections, {
  who: anyone(),
  offer: { key: 'directions' },
  async run({ hospitalId }, ctx) {
    const h = await hospitalOr404(ctx.db, hospitalId);
    return {
      directions: {
        hospitalId: h._id,
        name: h.name,
        address: h.address,
        latitude: h.location.latitude,
        longitude: h.location.longitude,
        transit: h.transit,
        parking: h.parking,
        hours: h.hours,
      },
    };
  },
});

export const listPhones = action(content.listPhones, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    const h = await hospitalOr404(ctx.db, hospitalId);
    const departments = await findAll<DepartmentDoc>(ctx.db, 'departments', { hospitalId }, [['sort', 'asc']]);
    return {
      phoneBook: {
        hospitalId: h._id,
        hospitalName: h.name,
        hospitalPhones: h.phones.map(phoneView),
        departments: departments.filter((d) => d.phone.length > 0).map((d) => ({ departmentId: d._id, name: d.name, location: d.location, phone: d.phone })),
      },
    };
  },
});

export const getGuide = action(content.getGuide, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    const h = await hospitalOr404(ctx.db, hospitalId);
    const offers = offersOf(h);
    const sections: GuideSectionView[] = h.guide
      .filter((s) => !s.requires || offers.includes(s.requires))
      .map((s) => ({
        id: s.id,
        title: s.title,
        paragraphs: s.paragraphs,
        steps: s.steps ?? [],
      }));
    return { hospitalName: h.name, sections };
  },
});

export const listColumns = action(content.listColumns, {
  who: anyone(),
  async run({ hospitalId }, ctx) {
    const h = await hospitalOr404(ctx.db, hospitalId);
    const columns: ArticleColumnView[] = h.columns.map((c) => ({ id: c.id, name: c.name, description: c.description }));
    return { columns };
  },
});

export const listArticles = action(content.listArticles, {
  who: anyone(),
  offer: { key: 'articles' },
  async run({ hospitalId, columnId, page, pageSize }, ctx) {
    const h = await hospitalOr404(ctx.db, hospitalId);
    const where: Where = { hospitalId, status: ArticleStatus.published, ...(columnId ? { columnId } : {}) };
    const [docs, total] = await Promise.all([
      ctx.db.find<ArticleDoc>('articles', {
        where,
        orderBy: [
          ['publishedAt', 'desc'],
          ['_id', 'asc'],
        ],
        limit: pageSize,
        skip: (page - 1) * pageSize,
      }),
      ctx.db.count('articles', where),
    ]);
    return {
      items: docs.map((a) => articleSummary(a, columnName(h, a.columnId))),
      total,
      page,
      pageSize,
      hasMore: page * pageSize < total,
    };
  },
});

export const getArticle = action(content.getArticle, {
  who: anyone(),
  offer: { key: 'articles', from: { field: 'articleId', collection: 'articles' } },
  async run({ articleId }, ctx) {
    const a = await articleOr404(ctx.db, articleId);
    if (!visibleToPatients(a)) throw notFound('文章');
    const h = await hospitalOr404(ctx.db, a.hospitalId);
    return { article: articleDetail(a, columnName(h, a.columnId)) };
  },
});
