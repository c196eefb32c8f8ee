/** 用药指导: one drug's monograph in plain Chinese — large print in elder mode, read aloud (朗读) — marked as information with its source. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import type { DrugMonographView } from '../../shared/dto/records';
import { loadingView, recordView, type View } from '../../stores/remote';
import { session } from '../../stores/session';
import { monographSpeech } from '../common/read-aloud-text';

type Monograph = { drug: DrugMonographView };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    code: '',
    speech: '',
    view: loadingView<Monograph>() as View<Monograph>,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ code: query.code || '' });
      return this.load();
    },
    async load() {
      this.setData({ view: loadingView<Monograph>() });
      const view = await recordView(this.data.code, (code: string) => api.records.drug({ code }));
      this.setData({ view, speech: view.data ? monographSpeech(view.data.drug) : '' });
    },
  },
});
