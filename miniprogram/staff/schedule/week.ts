/**
 * The weekly template grid of one doctor or room: 周一…周日, each with 上午/下午/夜诊, either the
 * template's hours, slots, places and fee, or free for a new template; and the publish result.
 */
import { weekdayLabels } from '../../shared/time';
import type { PublishResult, TemplateView } from '../../shared/dto/schedule';
import { Session, sessionLabels } from '../../shared/enums';
import { slotCount } from '../common/schedule-rules';

export const SESSIONS: Session[] = [Session.am, Session.pm, Session.evening];

export interface WeekCell {
  key: string;
  weekday: number;
  session: Session;
  sessionLabel: string;
  /** '' when the session has no template. */
  templateId: string;
  hours: string;
  detail: string;
  feeText: string;
}

export interface WeekRow {
  weekday: number;
  label: string;
  cells: WeekCell[];
  count: number;
}

/** '每30分钟1个时段，共8个时段；每时段4个号，现场预留1个'. */
export function templateDetail(t: Pick<TemplateView, 'startTime' | 'endTime' | 'slotMinutes' | 'capacity' | 'onsiteReserve'>): string {
  const slots = slotCount(t.startTime, t.endTime, t.slotMinutes);
  const reserve = t.onsiteReserve > 0 ? `，现场预留${t.onsiteReserve}个` : '';
  return `每${t.slotMinutes}分钟1个时段，共${slots}个时段；每时段${t.capacity}个号${reserve}`;
}

export function weekRows(templates: readonly TemplateView[]): WeekRow[] {
  return weekdayLabels.slice(1).map((label, i) => {
    const weekday = i + 1;
    const cells = SESSIONS.map((session): WeekCell => {
      const t = templates.find((x) => x.weekday === weekday && x.session === session);
      return {
        key: `${weekday}-${session}`,
        weekday,
        session,
        sessionLabel: sessionLabels[session],
        templateId: t ? t.id : '',
        hours: t ? `${t.startTime}–${t.endTime}` : '未排班',
        detail: t ? templateDetail(t) : '',
        feeText: t ? `挂号费 ${t.feeText}` : '',
      };
    });
    return { weekday, label, cells, count: cells.filter((c) => c.templateId !== '').length };
  });
}

/** The editor of one weekday and session of an owner. */
export function templateEditUrl(ownerType: 'doctor' | 'resource', ownerId: string, ownerName: string, weekday: number, session: Session): string {
  return `/staff/template-edit/index?ownerType=${ownerType}&ownerId=${ownerId}&weekday=${weekday}&session=${session}&name=${encodeURIComponent(ownerName)}`;
}

/** '新增 8 / 更新 0 / 删除 0 / 有预约未改动 0'. */
export function publishSummary(r: Pick<PublishResult, 'created' | 'updated' | 'removed' | 'keptBooked' | 'keptStopped'>): string {
  const stopped = r.keptStopped > 0 ? ` / 停诊未改动 ${r.keptStopped}` : '';
  return `新增 ${r.created} / 更新 ${r.updated} / 删除 ${r.removed} / 有预约未改动 ${r.keptBooked}${stopped}`;
}

/** '号源日期：2026-11-25 至 2026-12-02'. */
export function publishRange(dates: readonly string[]): string {
  if (dates.length === 0) return '';
  return `号源日期：${dates[0]} 至 ${dates[dates.length - 1]}`;
}
