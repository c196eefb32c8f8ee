/** Today's sessions a nurse or a doctor works, as the two consoles load and pick them. */
import { api } from '../../api/index';
import type { StaffSessionView } from '../../shared/dto/queue';
import { fetchView, type View } from '../../stores/remote';
import { sessionKey, sessionTabs, type SessionTab } from '../queue/queue-rows';
import { withHospital } from './hospital';

export type Sessions = { date: string; sessions: StaffSessionView[] };

export interface LoadedSessions {
  view: View<Sessions>;
  tabs: SessionTab[];
  /** The first session's key, or '' when there is none. */
  first: string;
}

export async function loadSessions(as: 'nurse' | 'doctor'): Promise<LoadedSessions> {
  const view: View<Sessions> = await fetchView(
    () => withHospital((hospitalId) => api.queue.mySessions({ hospitalId, as })),
    (d) => d.sessions.length === 0,
  );
  const sessions = view.data ? view.data.sessions : [];
  return { view, tabs: sessionTabs(sessions), first: sessions.length > 0 ? sessionKey(sessions[0]) : '' };
}

/** The session a tab key names. */
export function sessionOf(view: View<Sessions>, key: string): StaffSessionView | undefined {
  return view.data ? view.data.sessions.find((s) => sessionKey(s) === key) : undefined;
}
