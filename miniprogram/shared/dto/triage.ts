/** What the `triage` cloud function takes and answers (智能导诊, function 7 of the README's list). */

export type TriageSex = 'male' | 'female';

export interface TriageAnswer {
  questionId: string;
  optionId: string;
}

/** Body-map input: a region, the symptom chips picked, and the follow-up answers. */
export interface TriagePicks {
  regionId?: string;
  symptomIds: string[];
  answers: TriageAnswer[];
}

export interface TriageAssessInput {
  hospitalId: string;
  text?: string;
  picks?: TriagePicks;
  age?: number;
  sex?: TriageSex;
  pregnant?: boolean;
  /** A family member of the caller: age and sex are read from it. */
  patientId?: string;
}

/**
 * `ok`: a confident suggestion; `best_effort`: little to go on (English, a lab report, a vague
 * word); `need_symptoms`: nothing recognizable, please describe; `emergency`: go to 急诊 now.
 */
export type TriageStatus = 'ok' | 'best_effort' | 'need_symptoms' | 'emergency';

export interface TriageDepartment {
  departmentId: string;
  /** The hospital's own department name. */
  name: string;
  /** 0–100: this department's share of the evidence. */
  score: number;
  /** Which words or picks led here, e.g. “胸口疼”（胸痛）, 胸痛伴大汗. */
  reasons: string[];
  location: string;
}

export interface TriageRedFlag {
  id: string;
  label: string;
  advice: string;
}

export interface TriageUnderstood {
  symptoms: string[];
  denied: string[];
  /** 突发, 1–2天, 几天到几周, 一个月以上 — or null when not said. */
  duration: string | null;
  age: number | null;
  sex: TriageSex | null;
  pregnant: boolean;
}

export interface TriageEmergencyDepartment {
  departmentId: string;
  name: string;
  location: string;
  phone: string;
}

export interface TriageResult {
  status: TriageStatus;
  emergency: boolean;
  /** What to do, in plain Chinese. */
  advice: string;
  /** The top 3, best first. */
  departments: TriageDepartment[];
  redFlags: TriageRedFlag[];
  understood: TriageUnderstood;
  /** Side notes: the input was English, long, a lab report … */
  notices: string[];
  /** Where the emergency department is (shown on the emergency screen), or null if the hospital has none. */
  emergencyDepartment: TriageEmergencyDepartment | null;
}

export interface TriageSymptomChip {
  id: string;
  name: string;
  /** Only offered for this sex. */
  sex: TriageSex | null;
}

export interface TriageQuestionView {
  id: string;
  text: string;
  options: Array<{ id: string; label: string }>;
}

export interface TriageRegionView {
  id: string;
  name: string;
  /** Sides of the body map where it is drawn; empty for list-only groups. */
  views: Array<'front' | 'back'>;
  symptoms: TriageSymptomChip[];
  questions: TriageQuestionView[];
}

export interface TriageKnowledge {
  regions: TriageRegionView[];
  symptomCount: number;
}
