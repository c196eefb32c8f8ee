import { articleRow, emptyTextOf, isArticleTab, statusOfTab } from '../../../miniprogram/staff/articles/rows';
import { articleInput, emptyArticleForm, hasParagraph, validateArticle } from '../../../miniprogram/staff/article-edit/article-form';
import { makeRequestId } from '../../../miniprogram/shared/request-id';
import { formFieldOf, isValid, joinList, splitList, tooLong } from '../../../miniprogram/staff/common/form';
import { departmentInput, formOfDepartment, validateDepartment } from '../../../miniprogram/staff/department-edit/department-form';
import { departmentRow } from '../../../miniprogram/staff/departments/rows';
import { formOfHospital, hospitalInput, validateHospital } from '../../../miniprogram/staff/hospital-edit/hospital-form';
import { entriesOf, roleLabelsOf, staffPanel } from '../../../miniprogram/staff/index/panel';
import type { ArticleSummary } from '../../../miniprogram/shared/dto/content';
import { shanghaiInstant } from '../../../miniprogram/shared/time';

describe('staff form helpers', () => {
  it('splits a list at commas, 、 and semicolons but not inside brackets', () => {
    expect(splitList('胸痛、高血压, 心悸，房颤;心衰；\n晕厥')).toEqual(['胸痛', '高血压', '心悸', '房颤', '心衰', '晕厥']);
    expect(splitList('心血管内科（胸痛中心，省重点）、神经内科(卒中, 取栓)')).toEqual(['心血管内科（胸痛中心，省重点）', '神经内科(卒中, 取栓)']);
    expect(splitList(' 、 ,, ')).toEqual([]);
    expect(splitList(joinList(['高血压', '冠心病（稳定型，不稳定型）']))).toEqual(['高血压', '冠心病（稳定型，不稳定型）']);
  });

  it('counts length after trimming, as the server does', () => {
    expect(tooLong(` ${'字'.repeat(60)} `, 60)).toBe('');
    expect(tooLong('字'.repeat(61), 60)).toBe('最多60个字，当前61个字');
  });

  it('maps a server field path to the form field', () => {
    expect(formFieldOf('conditions.2', ['intro', 'conditions'])).toBe('conditions');
    expect(formFieldOf('requestId', ['title'])).toBe('');
    expect(formFieldOf(undefined, ['title'])).toBe('');
    expect(isValid({ a: '', b: '' })).toBe(true);
    expect(isValid({ a: '', b: '请填写' })).toBe(false);
  });
});

describe('staff workbench panel', () => {
  it('offers the editor entries only to editors (and admins, who hold every role)', () => {
    expect(entriesOf(['editor']).map((e) => e.url)).toEqual(['/staff/articles/index', '/staff/hospital-edit/index', '/staff/departments/index']);
    expect(entriesOf(['nurse']).map((e) => e.url)).toEqual(['/staff/queue/index', '/staff/critical/index', '/staff/home-visits/index']);
    expect(entriesOf(['doctor']).map((e) => e.url)).toEqual([
      '/staff/doctor/index',
      '/staff/critical/index',
      '/staff/followups/index',
      '/staff/consults/index',
    ]);
    expect(entriesOf(['nurse', 'scheduler']).map((e) => e.url)).toEqual([
      '/staff/queue/index',
      '/staff/critical/index',
      '/staff/home-visits/index',
      '/staff/schedule/index',
      '/staff/settings/index',
      '/staff/clinic/index',
    ]);
    expect(entriesOf(['editor', 'admin', 'editor']).map((e) => e.url)).toEqual([
      '/staff/articles/index',
      '/staff/hospital-edit/index',
      '/staff/departments/index',
      '/staff/nurse-areas/index',
      '/staff/satisfaction/index',
      '/staff/members/index',
      '/staff/hospital-settings/index',
      '/staff/online-settings/index',
      '/staff/service-rules/index',
      '/staff/nurse-profiles/index',
      '/staff/homecare-catalog/index',
    ]);
    expect(entriesOf(['homecare']).map((e) => e.url)).toEqual(['/staff/homecare/index', '/staff/homecare-catalog/index']);
    expect(roleLabelsOf(['admin', 'editor', 'nurse'])).toEqual(['管理员']);
    expect(roleLabelsOf(['nurse', 'editor'])).toEqual(['护士', '内容编辑']);
  });

  it('shows the roles of the current hospital and lists the other hospitals held', () => {
    const held = [
      { hospitalId: 'h-a', hospitalName: '甲医院', roles: ['nurse' as const] },
      { hospitalId: 'h-b', hospitalName: '乙医院', roles: ['editor' as const, 'doctor' as const] },
    ];
    const here = staffPanel(held, 'h-a');
    expect(here.roleLabels).toEqual(['护士']);
    expect(here.entries.map((e) => e.key)).toEqual(['queue', 'critical', 'home-visits']);
    expect(here.otherHospitals).toEqual([{ hospitalId: 'h-b', hospitalName: '乙医院', roleText: '内容编辑、医生' }]);
    expect(staffPanel(held, 'h-c').roleLabels).toEqual([]);
  });
});

describe('article list rows', () => {
  const summary: ArticleSummary = {
    id: 'art-1',
    hospitalId: 'h',
    columnId: 'c',
    columnName: '慢病管理',
    title: '标题',
    summary: '',
    cover: '',
    hasVideo: false,
    author: '',
    status: 'draft',
    statusLabel: '未发布',
    publishedAt: null,
    publishedDate: '',
    updatedAt: shanghaiInstant('2026-04-20', '23:50'),
  };

  it('shows the update date in Beijing time and the status tag', () => {
    expect(articleRow(summary)).toEqual({
      id: 'art-1',
      title: '标题',
      columnName: '慢病管理',
      statusLabel: '未发布',
      tagType: 'warning',
      published: false,
      updatedText: '更新于 2026-04-20',
    });
    expect(articleRow({ ...summary, status: 'published', statusLabel: '已发布' }).tagType).toBe('success');
  });

  it('maps tabs to status filters', () => {
    expect(statusOfTab('all')).toBeUndefined();
    expect(statusOfTab('draft')).toBe('draft');
    expect(isArticleTab('published')).toBe(true);
    expect(isArticleTab('deleted')).toBe(false);
    expect(emptyTextOf('draft')).toBe('没有未发布的文章');
  });
});

describe('article form', () => {
  const good = { ...emptyArticleForm(), columnId: 'col-chronic', title: '标题', summary: '摘要', body: '## 小标题\n\n正文' };

  it('accepts a complete form, and a draft without summary or body', () => {
    expect(isValid(validateArticle(good, true))).toBe(true);
    expect(isValid(validateArticle({ ...good, summary: '', body: '' }, false))).toBe(true);
  });

  it('names each field at fault', () => {
    const errors = validateArticle(
      { columnId: '', title: ' ', summary: '摘'.repeat(121), author: '作'.repeat(41), body: '文'.repeat(20001), videoUrl: 'ftp://x' },
      false,
    );
    expect(errors).toEqual({
      columnId: '请选择栏目',
      title: '请填写标题',
      summary: '最多120个字，当前121个字',
      author: '最多40个字，当前41个字',
      body: '最多20000个字，当前20001个字',
      videoUrl: '视频地址须以 https://、cloud:// 或 /files/ 开头',
    });
    expect(validateArticle({ ...good, videoUrl: 'cloud://env/v.mp4' }, false).videoUrl).toBe('');
    expect(validateArticle({ ...good, title: '题'.repeat(61) }, false).title).toBe('最多60个字，当前61个字');
  });

  it('asks for a summary and a paragraph before publishing', () => {
    const errors = validateArticle({ ...good, summary: '', body: '## 只有小标题\n\n## 又一个' }, true);
    expect(errors.summary).toBe('发布前请填写摘要');
    expect(errors.body).toBe('发布前正文至少需要一段文字');
    expect(hasParagraph('## 标题\r\n\r\n一段')).toBe(true);
  });

  it('trims the input and keeps images and departments', () => {
    const input = articleInput({ ...good, title: ' 标题 ' }, { images: ['/files/a.jpg'], departmentIds: ['d-1'] });
    expect(input).toMatchObject({ title: '标题', images: ['/files/a.jpg'], departmentIds: ['d-1'], videoUrl: '' });
  });

  it('makes request ids the server accepts', () => {
    const id = makeRequestId(shanghaiInstant('2026-11-25', '09:30'), () => 0.5);
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(makeRequestId(0, () => 0)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(makeRequestId(1, () => 0.1)).not.toBe(makeRequestId(1, () => 0.2));
  });
});

describe('hospital and department forms', () => {
  it('round-trips the hospital specialties and checks them', () => {
    const form = formOfHospital({ intro: '简介', specialties: ['心内科（胸痛中心，省重点）', '骨科'] });
    expect(hospitalInput(form, ['/files/p.jpg'])).toEqual({ intro: '简介', specialties: ['心内科（胸痛中心，省重点）', '骨科'], photos: ['/files/p.jpg'] });
    expect(validateHospital({ intro: '', specialties: '' })).toEqual({ intro: '请填写医院简介', specialties: '' });
    expect(validateHospital({ intro: '简介', specialties: Array.from({ length: 21 }, (_, i) => `科${i}`).join('、') }).specialties).toBe('最多20个特色专科');
  });

  it('checks the department phone, location and conditions', () => {
    const form = formOfDepartment({ intro: '简介', location: '2楼', phone: '0371-66128201', conditions: ['高血压', '冠心病'] });
    expect(isValid(validateDepartment(form))).toBe(true);
    expect(isValid(validateDepartment({ ...form, phone: '' }))).toBe(true);
    expect(validateDepartment({ ...form, phone: '1234' }).phone).not.toBe('');
    expect(validateDepartment({ ...form, phone: '0371 6612' }).phone).not.toBe('');
    expect(validateDepartment({ ...form, location: '' }).location).toBe('请填写科室位置');
    expect(validateDepartment({ ...form, conditions: `高血压、${'长'.repeat(21)}` }).conditions).toContain('超过20个字');
    expect(departmentInput({ ...form, conditions: '高血压，冠心病;房颤' }).conditions).toEqual(['高血压', '冠心病', '房颤']);
  });

  it('shows a department row with location and phone, or what is missing', () => {
    expect(departmentRow({ id: 'd', name: '心内科', intro: '', location: '2楼', phone: '0371-1', conditions: [] }).label).toBe('2楼 · 电话 0371-1');
    expect(departmentRow({ id: 'd', name: '心内科', intro: '', location: '', phone: '', conditions: [] }).label).toBe('未填写位置 · 未填写电话');
  });
});
