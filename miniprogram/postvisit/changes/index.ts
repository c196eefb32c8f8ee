/** 你说我改: what the hospital changed after patients' feedback, newest first. */
import { ComponentWithStore } from 'mobx-miniprogram-bindings';
import { hospitalChanges } from '../../api/feedback';
import { stopPullDownRefresh } from '../../api/platform';
import type { ImprovementView } from '../../shared/dto/feedback';
import { fetchView, loadingView } from '../../stores/remote';
import { session } from '../../stores/session';

ComponentWithStore({
  storeBindings: { store: session, fields: ['elderMode', 'hospitalName'], actions: [] },
  data: { view: loadingView<{ changes: ImprovementView[] }>() },
  methods: {
    onLoad() {
      return this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      stopPullDownRefresh();
    },
    async load() {
      this.setData({ view: loadingView<{ changes: ImprovementView[] }>() });
      this.setData({ view: await fetchView(() => hospitalChanges(session.hospitalId), (d) => d.changes.length === 0) });
    },
  },
});
