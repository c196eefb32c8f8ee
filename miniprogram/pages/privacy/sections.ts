/**
 * 隐私说明: what the app stores and why, as the code does it (backend/collections.ts,
 * docs/files.md, docs/services.md, miniprogram/stores/session.ts). Change this text with the code.
 */
export interface PrivacySection {
  id: string;
  title: string;
  paragraphs: string[];
}

export const privacySections: PrivacySection[] = [
  {
    id: 'account',
    title: '您的账号',
    paragraphs: ['本小程序用微信提供的用户标识（openid）识别您的账号，不要求设置密码，也不读取您的微信昵称、头像、通讯录或聊天记录。'],
  },
  {
    id: 'patients',
    title: '就诊人信息',
    paragraphs: [
      '实名就医要求预约时登记就诊人：姓名、证件类型和号码、手机号、与您的关系，以及由证件得出的出生日期和性别。每个账号最多登记5位就诊人，可在“就诊人管理”中修改或删除。',
      '爽约记录按就诊人保存，用于执行医院的爽约限约规则。',
    ],
  },
  {
    id: 'visits',
    title: '预约、就诊和检查结果',
    paragraphs: [
      '保存您的预约、签到和候诊记录，以及医院信息系统提供的检查检验报告、处方和用药提醒，供您本人和该院有相应岗位的工作人员查看。',
      '定位签到和来院路线只在当时使用您的位置计算与医院的距离，不保存位置。',
    ],
  },
  {
    id: 'money',
    title: '支付、退款和发票',
    paragraphs: [
      '订单、支付和退款记录以“分”为单位保存。付款在微信支付内完成，本小程序看不到您的银行卡信息。',
      '开具电子发票时保存发票抬头、单位税号和您填写的邮箱。发票PDF是私有文件，只能通过10分钟内有效的链接打开。',
    ],
  },
  {
    id: 'files',
    title: '照片、证明材料和地址',
    paragraphs: [
      '投诉时上传的照片、申请病历复印时上传的身份证明、申请上门护理时上传的照片都作为私有文件保存，只有您本人和该院负责处理的工作人员能看到。病历复印的证明材料在申请结束180天后自动删除。',
      '病历邮寄和上门护理需要的收件地址、服务地址和联系电话，只用于这次服务。',
    ],
  },
  {
    id: 'messages',
    title: '消息提醒',
    paragraphs: ['只有在您点击同意后，才会向您发送就诊提醒、叫号、报告和退款等订阅消息；一次性订阅每同意一次发送一条。'],
  },
  {
    id: 'staff',
    title: '医院工作人员能看到什么',
    paragraphs: ['工作人员只能看到本院、且与其岗位相关的信息（如收费员看本院订单、护士看本诊区候诊队列）。授予和撤销工作人员权限、退款等操作都记入审计日志。'],
  },
  {
    id: 'device',
    title: '保存在您手机上的设置',
    paragraphs: ['您选择的医院和长辈模式开关保存在手机本地，删除小程序即可清除。'],
  },
];
