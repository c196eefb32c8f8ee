/** 科室介绍: departments by category in a sidebar, and a search by name across categories. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { go } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
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
    ...remotePage<DepartmentList, { active: number; query: string }>({
      fetch: () =>
        fetchHospitalView(
          (hospitalId: string) => api.content.listDepartments({ hospitalId }),
          (d) => d.categories.length === 0,
        ),
      shown: ({ data }, { active, query }) => {
        const categories = data ? data.categories : [];
        return { active: active < categories.length ? active : 0, results: searchDepartments(categories, query) };
      },
    }),
    onLoad() {
      return this.load();
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
