/** 你说我改: the hospital's changes (postvisit/changes). */
import type { LocalSystem } from '../../support/local-system';
import { loadPage, textOf } from '../setup/page';
import { feedbackSystem, openPage, SERVICE, ZZ } from './feedback-fixtures';

let system: LocalSystem;
let id: string;

beforeAll(() => {
  id = loadPage('postvisit/changes/index');
});

beforeEach(async () => {
  system = await feedbackSystem();
});

it("你说我改 lists the hospital's changes, or says there are none", async () => {
  const empty = await openPage(id);
  expect(textOf(empty)).toContain('暂时还没有发布改进');
  await system.ok('feedback', SERVICE, {
    action: 'addChange',
    hospitalId: ZZ,
    title: '增设夜间取药窗口',
    text: '急诊药房增设一个夜间窗口。',
    departmentName: '药剂科',
    requestId: 'req-page-chg-1',
  });
  const page = await openPage(id);
  expect(textOf(page)).toContain('增设夜间取药窗口');
  expect(textOf(page)).toContain('药剂科 · 2026-11-25');
});
