/**
 * Today's sessions a nurse or a doctor works, as the two consoles (叫号台, 医生工作台) load and pick
 * them: the sessions are the page behaviour's view (behaviors/remote-page.ts: loading, 重试, last
 * load wins), the chosen session's queue the page's own second view, loaded after the sessions on
 * the first load, on every later show and on pull-down refresh.
 */
import { api } from '../../api/index';
import { stopPullDownRefresh } from '../../api/platform';
import { remotePage } from '../../behaviors/remote-page';
import type { StaffSessionView } from '../../shared/dto/queue';
import { fetchView, type View } from '../../stores/remote';
import { sessionKey, sessionTabs, type SessionTab } from '../queue/queue-rows';
import { withHospital } from './hospital';

export type Sessions = { date: string; sessions: StaffSessionView[] };

/** The session a tab key names. */
export function sessionOf(view: View<Sessions>, key: string): StaffSessionView | undefined {
  return view.data ? view.data.sessions.find((s) => sessionKey(s) === key) : undefined;
}

interface ConsoleHost {
  data: { view: View<Sessions>; active: string };
  setData(data: { view?: View<Sessions>; tabs?: SessionTab[] }): void;
  /** Chooses a session's tab and loads its queue. */
  select(key: string): Promise<void> | void;
  loadQueue(): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
}

/** The console's load, show and pull-down: the sessions through the page behaviour, then the chosen (else the first) session's queue. */
export function sessionsConsole(as: 'nurse' | 'doctor') {
  const remote = remotePage<Sessions, object>({
    fetch: () =>
      fetchView(
        () => withHospital((hospitalId) => api.queue.mySessions({ hospitalId, as })),
        (d) => d.sessions.length === 0,
      ),
  });
  /** The tabs of the sessions shown, and the queue of the chosen session (the first when it is gone). */
  async function queueOfShown(page: ConsoleHost): Promise<void> {
    const sessions = page.data.view.data ? page.data.view.data.sessions : [];
    page.setData({ tabs: sessionTabs(sessions) });
    if (sessionOf(page.data.view, page.data.active)) return page.loadQueue();
    if (sessions.length > 0) await page.select(sessionKey(sessions[0]));
  }
  return {
    onLoad(this: ConsoleHost): Promise<void> {
      return this.load();
    },
    async load(this: ConsoleHost): Promise<void> {
      await remote.load.call(this);
      await queueOfShown(this);
    },
    /** A later show reloads the sessions quietly (the counts on the tabs), then the queue. */
    async onShow(this: ConsoleHost): Promise<void> {
      const again = remote.onShow.call(this);
      if (!again) return;
      await again;
      await queueOfShown(this);
    },
    async onPullDownRefresh(this: ConsoleHost): Promise<void> {
      await this.reload();
      await queueOfShown(this);
      stopPullDownRefresh();
    },
    reload(this: ConsoleHost): Promise<void> {
      return remote.reload.call(this);
    },
  };
}
