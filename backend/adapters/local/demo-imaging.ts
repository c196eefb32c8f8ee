/**
 * The demo HIS's imaging catalogue: for each exam a normal report and a few abnormal ones, and the
 * critical finding its department phones through (危急值). Turnaround: a day, the electrocardiogram
 * half an hour. Fictional texts written for this project.
 */
export interface ImagingReading {
  findings: string;
  impression: string;
  critical: boolean;
}

export interface ImagingExam {
  title: string;
  turnaroundMinutes: number;
  normal: ImagingReading;
  abnormal: ImagingReading[];
  critical: ImagingReading;
}

const r = (findings: string, impression: string, critical = false): ImagingReading => ({ findings, impression, critical });

export const IMAGING_EXAMS: Record<string, ImagingExam> = {
  'IMG-ECG': {
    title: '常规心电图',
    turnaroundMinutes: 30,
    normal: r('窦性心律，心率72次/分，P-R间期0.16秒，QRS时限0.09秒，QT/QTc 0.38/0.41秒，电轴不偏，各导联ST-T未见明显异常。', '1. 窦性心律 2. 正常心电图'),
    abnormal: [
      r('窦性心律，心率88次/分，V4-V6导联ST段水平压低约0.05mV，T波低平。', '1. 窦性心律 2. ST-T改变，请结合临床'),
      r('窦性心动过缓，心率54次/分，余未见明显异常。', '窦性心动过缓'),
    ],
    critical: r('心房颤动伴快速心室率，心室率约165次/分，RR间期绝对不齐。', '心房颤动伴快速心室率', true),
  },
  'IMG-CT-CHEST': {
    title: '胸部CT平扫',
    turnaroundMinutes: 1440,
    normal: r(
      '胸廓对称，气管居中。双肺纹理清晰，未见明显实变及结节影。纵隔内未见肿大淋巴结。心影大小正常。双侧胸膜未见增厚，胸腔未见积液。',
      '胸部CT平扫未见明显异常',
    ),
    abnormal: [
      r('右肺上叶尖段见一磨玻璃结节，大小约5mm×4mm，边界清。余肺野清晰。纵隔未见肿大淋巴结。', '右肺上叶磨玻璃小结节，建议12个月后复查'),
      r('双肺下叶见斑片状模糊影，边界不清，以右肺为著。双侧胸腔未见积液。', '双肺下叶炎症，请结合临床，治疗后复查'),
    ],
    critical: r('右侧胸腔见大量气体密度影，右肺组织受压萎陷约70%，纵隔向左侧移位。', '右侧大量气胸', true),
  },
  'IMG-DR': {
    title: 'DR摄片（单部位）',
    turnaroundMinutes: 1440,
    normal: r('所摄骨质结构完整，骨皮质连续，关节间隙正常，周围软组织未见异常。', '所摄部位骨质未见明显异常'),
    abnormal: [
      r('腰椎生理曲度变直，L4、L5椎体边缘骨质增生，L4/5椎间隙略变窄。', '腰椎退行性变'),
      r('膝关节间隙内侧变窄，关节面下骨质硬化，髁间隆起变尖。', '膝关节退行性骨关节病'),
    ],
    critical: r('左股骨颈骨皮质连续性中断，断端错位，股骨头向上移位。', '左股骨颈骨折（移位）', true),
  },
  'IMG-US-ABD': {
    title: '腹部超声（肝胆胰脾）',
    turnaroundMinutes: 1440,
    normal: r('肝脏大小形态正常，包膜光滑，实质回声均匀。胆囊大小正常，壁光滑，腔内未见异常回声。胰腺、脾脏大小形态正常。', '肝胆胰脾未见明显异常'),
    abnormal: [
      r('肝脏体积稍大，实质回声细密增强，远场回声衰减。胆囊、胰腺、脾脏未见明显异常。', '脂肪肝（轻度）'),
      r('胆囊腔内见一强回声光团，大小约8mm，后伴声影，随体位改变移动。', '胆囊结石'),
    ],
    critical: r('肝周及脾周见液性暗区，最深约45mm，脾脏实质回声不均，见不规则低回声区。', '腹腔积液，脾破裂可能', true),
  },
};
