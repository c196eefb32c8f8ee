/** 就诊指南: the hospital's guide sections, each with paragraphs and steps; `?section=<id>` opens one. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { stopPullDownRefresh } from '../../api/platform';
import type { ValueEvent } from '../../components/events';
import { loadingView, mapEnvelope } from '../../stores/remote';
import { session } from '../../stores/session';
import { fetchHospitalView } from '../common/fetch';
import { guideSections, openSections, type GuideSectionItem } from '../common/view';

interface GuidePage {
  hospitalName: string;
  sections: GuideSectionItem[];
}

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    requested: '',
    view: loadingView<GuidePage>(),
    open: [] as string[],
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ requested: query.section || '' });
      return this.load();
    },
    async onPullDownRefresh() {
      await this.fetch();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<GuidePage>(), open: [] });
      await this.fetch();
    },
    async fetch() {
      const view = await fetchHospitalView(
        async (hospitalId) =>
          mapEnvelope(await api.content.getGuide({ hospitalId }), (d) => ({ hospitalName: d.hospitalName, sections: guideSections(d.sections) })),
        (d) => d.sections.length === 0,
      );
      const sections = view.data ? view.data.sections : [];
      const kept = this.data.open.filter((id) => sections.some((s) => s.id === id));
      this.setData({ view });
      // After the sections exist, so that van-collapse applies the value to each of them.
      this.setData({ open: kept.length > 0 ? kept : openSections(sections, this.data.requested) });
    },
    onToggle(e: ValueEvent<string[]>) {
      this.setData({ open: e.detail });
    },
  },
});
