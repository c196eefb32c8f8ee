/** 就诊指南: the hospital's guide sections, each with paragraphs and steps; `?section=<id>` opens one. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { remotePage } from '../../behaviors/remote-page';
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
    ...remotePage<GuidePage, { requested: string; open: string[] }>({
      fetch: () =>
        fetchHospitalView(
          async (hospitalId) =>
            mapEnvelope(await api.content.getGuide({ hospitalId }), (d) => ({ hospitalName: d.hospitalName, sections: guideSections(d.sections) })),
          (d) => d.sections.length === 0,
        ),
      // After the sections exist, so that van-collapse applies the value to each of them; a reload keeps the open ones.
      then: (page, { data }) => {
        const sections = data ? data.sections : [];
        const kept = page.data.open.filter((id) => sections.some((s) => s.id === id));
        page.setData({ open: kept.length > 0 ? kept : openSections(sections, page.data.requested) });
      },
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ requested: query.section || '' });
      return this.load();
    },
    onToggle(e: ValueEvent<string[]>) {
      this.setData({ open: e.detail });
    },
  },
});
