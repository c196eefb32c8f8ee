/** The plain-Chinese advice and notices that go with an assessment. */
import type { TriageDepartment, TriageEmergencyDepartment, TriageStatus } from '../../../miniprogram/shared/dto/triage';
import type { RedFlagRule } from './types';

export type EmptyReason = 'empty' | 'denied_only' | 'english' | 'emoji' | 'lab_normal' | 'unrecognized';

export const ASK_FOR_SYMPTOMS = '请用几句话说说哪里不舒服、持续多久，例如“肚子疼两天，拉肚子，不发烧”；也可以在人体图上点选不舒服的部位。';

export function emptyAdvice(reason: EmptyReason, denied: string[]): string {
  switch (reason) {
    case 'empty':
      return `还没有描述症状。${ASK_FOR_SYMPTOMS}`;
    case 'denied_only':
      return `您提到的都是没有的情况（没有${denied.slice(0, 3).join('、')}）。${ASK_FOR_SYMPTOMS}`;
    case 'english':
      return `目前只能理解中文的症状描述。${ASK_FOR_SYMPTOMS}`;
    case 'emoji':
      return `从表情里看不出具体症状。${ASK_FOR_SYMPTOMS}`;
    case 'lab_normal':
      return '这看起来是一份检验报告，没有找到标记异常的项目。如果身体有不舒服，请说说症状；如果是复查，可以挂开这张化验单的医生所在科室。';
    case 'unrecognized':
      return `没有从描述中找到能判断科室的症状。${ASK_FOR_SYMPTOMS}`;
  }
}

export function emergencyAdvice(flags: RedFlagRule[], er: TriageEmergencyDepartment | null): string {
  const first = flags[0];
  const names = flags
    .map((f) => f.label)
    .slice(0, 3)
    .join('、');
  const where = er ? `本院${er.name}在${er.location}${er.phone ? `，电话${er.phone}` : ''}，24小时接诊。` : '本院没有急诊科，请拨打120或立即去最近医院的急诊。';
  return `出现危险信号：${names}。${first.advice}${where}`;
}

export function routineAdvice(status: TriageStatus, departments: TriageDepartment[], lab: string[]): string {
  const [top, second] = departments;
  const alternative = second && second.score >= top.score * 0.6 ? `，也可以考虑${second.name}` : '';
  if (lab.length > 0) {
    return `这是一份检验报告，标记异常的项目有：${lab.slice(0, 4).join('、')}。建议挂${top.name}${alternative}，请带上报告，由医生结合症状判断。`;
  }
  if (status === 'best_effort') {
    return `根据目前的信息，可以先挂${top.name}${alternative}。补充哪里不舒服、持续多久、有没有发烧等，建议会更准确。`;
  }
  return `建议挂${top.name}${alternative}。如果症状明显加重，或出现胸痛、呼吸困难、意识不清，请立即到急诊科或拨打120。`;
}

/** A question about a named condition rather than a complaint: answered as information. */
export function knowledgeNotice(conditions: string[]): string {
  return `这是关于“${conditions.slice(0, 2).join('、')}”的健康知识问题：下面是通常诊治它的科室，内容仅供了解，不是诊断；有不舒服请描述症状。`;
}
