/** 用药指导: one drug's monograph in plain Chinese — large print in elder mode, read aloud (朗读) — marked as information with its source. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { api } from '../../api/index';
import { remotePage } from '../../behaviors/remote-page';
import type { DrugMonographView } from '../../shared/dto/records';
import { loadingView, recordView } from '../../stores/remote';
import { session } from '../../stores/session';
import { monographSpeech } from '../common/read-aloud-text';

type Monograph = { drug: DrugMonographView };

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode'], actions: [] },
  data: {
    code: '',
    speech: '',
    view: loadingView<Monograph>(),
  },
  methods: {
    // A drug's guidance does not change while the page is open.
    ...remotePage<Monograph, { code: string }>({
      fetch: ({ code }) => recordView(code, (c: string) => api.records.drug({ code: c })),
      shown: (view) => ({ speech: view.data ? monographSpeech(view.data.drug) : '' }),
      reloadOnShow: false,
    }),
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ code: query.code || '' });
      return this.load();
    },
  },
});
