import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { confirm, go, toast } from '../../api/platform';
import { loadPart, type PageHost, remotePage } from '../../behaviors/remote-page';
import { api } from '../../api/index';
import type { DataEvent, ValueEvent } from '../../components/events';
import type { TemplateView } from '../../shared/dto/schedule';
import { type Session, sessionLabels } from '../../shared/enums';
import { fetchView, loadingView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { withHospital } from '../common/hospital';
import { loadOwners } from '../common/load-owners';
import { groupOptions, initialPick, ownerChoice, pickGroup, type Option, type Owners } from '../common/owners';
import { weekdayLabels } from '../../shared/time';
import { publishRange, publishSummary, templateEditUrl, weekRows, type WeekRow } from './week';

type Templates = { templates: TemplateView[] };

ComponentWithStore({
  storeBindings: {
    store: session,
    fields: ['elderMode'],
    actions: [],
  },
  data: {
    view: loadingView<Owners>(),
    groupOptions: [] as Option[],
    ownerOptions: [] as Option[],
    group: '',
    ownerId: '',
    ownerType: 'doctor' as 'doctor' | 'resource',
    ownerName: '',
    templatesView: loadingView<Templates>(),
    week: [] as WeekRow[],
    publishing: '',
    publishTitle: '',
    publishText: '',
    publishDates: '',
  },
  methods: {
    ...remotePage<Owners, { ownerId: string }>({
      fetch: () =>
        fetchView(
          () => withHospital((hospitalId) => loadOwners(hospitalId, true)),
          (o) => o.doctors.length === 0 && o.resources.length === 0,
        ),
      shown: ({ data }) => (data ? { groupOptions: groupOptions(data) } : {}),
      // The owner asked for (the query's, or the one chosen before a reload), else the first.
      then: (page, { data }) => (data ? choose(page, initialPick(data, page.data.ownerId)) : undefined),
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ ownerId: query.ownerId || '' });
      return this.load();
    },
    /** Back from the template editor: the week again, the owners as they were. */
    onShow() {
      if (this.data.ownerId && this.data.templatesView.status !== 'loading') return loadTemplates(this);
    },
    onGroup(e: ValueEvent<string>) {
      const owners = this.data.view.data;
      if (owners) return choose(this, pickGroup(owners, e.detail));
    },
    onOwner(e: ValueEvent<string>) {
      return choose(this, { group: this.data.group, ownerOptions: this.data.ownerOptions, ownerId: e.detail });
    },
    /** The week's templates; also their 重试. */
    loadTemplates() {
      return loadTemplates(this);
    },
    onOpen(e: DataEvent<{ weekday: number; session: Session }>) {
      const { weekday, session: s } = e.currentTarget.dataset;
      go(templateEditUrl(this.data.ownerType, this.data.ownerId, this.data.ownerName, Number(weekday), s));
    },
    async onRemove(e: DataEvent<{ id: string; weekday: number; session: Session }>) {
      const { id, weekday, session: s } = e.currentTarget.dataset;
      const when = `${weekdayLabels[Number(weekday)]}${sessionLabels[s]}`;
      const content = `删除${this.data.ownerName}${when}的排班？未被预约的号源会一并删除，已有预约的号源保留。`;
      if (!(await confirm('删除排班', content, '删除'))) return;
      const res = await api.schedule.removeTemplate({ templateId: id });
      toast(res.ok ? '已删除' : res.error.message);
      if (res.ok) await loadTemplates(this);
    },
    onPublish() {
      const content = `按${this.data.ownerName}的排班模板生成号源。已有预约的时段不会改动，确定发布吗？`;
      return this.publishFor('owner', content, `${this.data.ownerName}的号源已发布`);
    },
    onPublishAll() {
      return this.publishFor('all', '按全院所有医生和检查项目的排班模板生成号源。已有预约的时段不会改动，确定发布吗？', '全院号源已发布');
    },
    async publishFor(scope: 'owner' | 'all', content: string, title: string) {
      if (this.data.publishing || !(await confirm(scope === 'all' ? '全院发布' : '发布号源', content, '发布'))) return;
      this.setData({ publishing: scope });
      const ownerId = scope === 'owner' ? this.data.ownerId : undefined;
      const res = await withHospital((hospitalId) => api.schedule.publish({ hospitalId, ownerId: ownerId || undefined }));
      this.setData({ publishing: '' });
      if (!res.ok) {
        toast(res.error.message);
        return;
      }
      this.setData({ publishTitle: title, publishText: publishSummary(res.data), publishDates: publishRange(res.data.dates) });
      toast('已发布');
    },
  },
});

function choose(
  page: PageHost<{ view: View<Owners>; ownerId: string }>,
  pick: { group: string; ownerOptions: Option[]; ownerId: string },
): Promise<void> | undefined {
  const owners = page.data.view.data;
  const choice = owners ? ownerChoice(owners, pick.ownerId) : null;
  page.setData({
    group: pick.group,
    ownerOptions: pick.ownerOptions,
    ownerId: pick.ownerId,
    ownerType: choice ? choice.ownerType : 'doctor',
    ownerName: choice ? choice.ownerName : '',
    publishText: '',
  });
  return loadTemplates(page);
}

function loadTemplates(page: PageHost<{ ownerId: string }>): Promise<void> | undefined {
  const ownerId = page.data.ownerId;
  if (!ownerId) return undefined;
  return loadPart(
    page,
    'templatesView',
    () =>
      fetchView(
        () => withHospital((hospitalId) => api.schedule.listTemplates({ hospitalId, ownerId })),
        (d) => d.templates.length === 0,
      ),
    (view) => ({ week: weekRows(view.data ? view.data.templates : []) }),
  );
}
