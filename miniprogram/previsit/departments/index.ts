/** 科室介绍: departments by category in a sidebar, and a search by name across categories. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go, stopPullDownRefresh } from '../../api/platform';
import type { DataEvent, ValueEvent } from '../../components/events';
import { loadingView } from '../../stores/remote';
import { session } from '../../stores/session';
import type { DepartmentCategoryGroup, DepartmentSummary } from '../../shared/dto/content';
import { fetchHospitalView } from '../common/fetch';
import { searchDepartments } from '../common/view';

type DepartmentList = { departments: DepartmentSummary[]; categories: DepartmentCategoryGroup[] };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    view: loadingView<DepartmentList>(),
    active: 0,
    query: '',
    results: [] as DepartmentSummary[],
  },
  methods: {
    onLoad() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<DepartmentList>() });
      await this.fetch();
    },
    async fetch() {
      const view = await fetchHospitalView(
        (hospitalId: string) => api.content.listDepartments({ hospitalId }),
        (d) => d.categories.length === 0,
      );
      const count = view.data ? view.data.categories.length : 0;
      this.setData({ view, active: this.data.active < count ? this.data.active : 0 });
      this.applySearch(this.data.query);
    },
    onCategoryChange(e: ValueEvent<number>) {
      this.setData({ active: e.detail });
    },
    onSearch(e: ValueEvent<string>) {
      this.applySearch(e.detail);
    },
    applySearch(query: string) {
      const categories = this.data.view.data ? this.data.view.data.categories : [];
      this.setData({ query, results: searchDepartments(categories, query) });
    },
    onOpenDepartment(e: DataEvent<{ id: string }>) {
      go(`/previsit/department/index?id=${e.currentTarget.dataset.id}`);
    },
  },
});
