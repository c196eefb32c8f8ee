/**
 * Pure view helpers of the pre-visit pages: text splitting, the doctor's initial, search filters,
 * dropdown options, the guide's steps and the map marker. No platform or store access here.
 */
import type { DepartmentCategoryGroup, DepartmentSummary, Directions, DoctorSummary, GuideSectionView } from '../../shared/dto/content';

/** Splits a stored text into its non-empty paragraphs (one per line). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The first character of a name (the surname, for an avatar without a photo). */
export function surnameOf(name: string): string {
  const first = Array.from(name.trim())[0];
  return first === undefined ? '' : first;
}

/** The query as compared: trimmed, lower case. */
export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase();
}

/** True when the query is empty or one of the texts contains it. */
export function matchesQuery(query: string, texts: string[]): boolean {
  const q = normalizeQuery(query);
  return q.length === 0 || texts.some((t) => t.toLowerCase().includes(q));
}

/** The departments of every category whose name contains the query, each once, in category order. */
export function searchDepartments(categories: DepartmentCategoryGroup[], query: string): DepartmentSummary[] {
  if (normalizeQuery(query).length === 0) return [];
  const seen = new Set<string>();
  const found: DepartmentSummary[] = [];
  for (const group of categories) {
    for (const d of group.departments) {
      if (!seen.has(d.id) && matchesQuery(query, [d.name])) {
        seen.add(d.id);
        found.push(d);
      }
    }
  }
  return found;
}

export interface DoctorCard extends DoctorSummary {
  /** The surname shown in the avatar circle when there is no photo. */
  initial: string;
}

export function doctorCards(doctors: DoctorSummary[]): DoctorCard[] {
  return doctors.map((d) => ({ ...d, initial: surnameOf(d.name) }));
}

export interface Option {
  text: string;
  value: string;
}

export const ALL_DEPARTMENTS = '';

/** The department filter: 全部科室 first, then each department of the list once, in list order. */
export function departmentOptions(doctors: DoctorSummary[]): Option[] {
  const options: Option[] = [{ text: '全部科室', value: ALL_DEPARTMENTS }];
  for (const d of doctors) {
    if (!options.some((o) => o.value === d.departmentId)) options.push({ text: d.departmentName, value: d.departmentId });
  }
  return options;
}

/** The doctors of a department (or all) whose name or specialties contain the query. */
export function filterDoctors<T extends DoctorSummary>(doctors: T[], departmentId: string, query: string): T[] {
  return doctors.filter((d) => (departmentId === ALL_DEPARTMENTS || d.departmentId === departmentId) && matchesQuery(query, [d.name, d.specialties]));
}

export interface StepItem {
  text: string;
  desc: string;
}

export interface GuideSectionItem {
  id: string;
  title: string;
  paragraphs: string[];
  steps: StepItem[];
}

/** The guide's sections with their steps in the shape van-steps renders. */
export function guideSections(sections: GuideSectionView[]): GuideSectionItem[] {
  return sections.map((s) => ({
    id: s.id,
    title: s.title,
    paragraphs: s.paragraphs,
    steps: s.steps.map((text) => ({ text, desc: '' })),
  }));
}

/** The sections to open: the requested one when it exists, else the first. */
export function openSections(sections: Array<{ id: string }>, requested: string): string[] {
  if (sections.some((s) => s.id === requested)) return [requested];
  return sections.length > 0 ? [sections[0].id] : [];
}

export interface MapMarker {
  id: number;
  latitude: number;
  longitude: number;
  title: string;
  iconPath: string;
  width: number;
  height: number;
  callout: { content: string; display: 'ALWAYS'; padding: number; borderRadius: number };
}

/** The one marker of the directions map, at the hospital, labelled with its name. */
export function hospitalMarkers(d: Directions, iconPath: string): MapMarker[] {
  return [
    {
      id: 1,
      latitude: d.latitude,
      longitude: d.longitude,
      title: d.name,
      iconPath,
      width: 32,
      height: 40,
      callout: { content: d.name, display: 'ALWAYS', padding: 8, borderRadius: 8 },
    },
  ];
}
