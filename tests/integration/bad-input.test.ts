/**
 * Every action answers bad input with VALIDATION_FAILED naming the field, and writes nothing.
 * For each action a valid event is given; each field is then removed, given the wrong type, and
 * given 10,000 characters.
 */
import { collections } from '../../backend/collections';
import { functions } from '../../backend/functions';
import { startLocalSystem, type LocalSystem } from '../support/local-system';

const ADMIN = 'platform-admin';
const LONG = '长'.repeat(10_000);
let sys: LocalSystem;

const valid: Record<string, Record<string, Record<string, unknown>>> = {
  content: {
    listHospitals: {},
    getHospital: { hospitalId: 'h-zzcentral' },
    listDepartments: { hospitalId: 'h-zzcentral' },
    getDepartment: { departmentId: 'd-x' },
    listDoctors: { hospitalId: 'h-zzcentral', departmentId: 'd-x' },
    getDoctor: { doctorId: 'doc-x' },
    getDirections: { hospitalId: 'h-zzcentral' },
    listPhones: { hospitalId: 'h-zzcentral' },
    getGuide: { hospitalId: 'h-zzcentral' },
    listColumns: { hospitalId: 'h-zzcentral' },
    listArticles: { hospitalId: 'h-zzcentral', columnId: 'c-x', page: 1, pageSize: 10 },
    getArticle: { articleId: 'art-x' },
    listAllArticles: { hospitalId: 'h-zzcentral', status: 'draft', page: 1, pageSize: 10 },
    getArticleDraft: { articleId: 'art-x' },
    createArticle: {
      hospitalId: 'h-zzcentral',
      requestId: 'req-bad-00001',
      columnId: 'c-x',
      title: '标题',
      summary: '摘要',
      body: '正文',
      images: [],
      videoUrl: '',
      departmentIds: [],
      author: '作者',
    },
    updateArticle: {
      articleId: 'art-x',
      columnId: 'c-x',
      title: '标题',
      summary: '摘要',
      body: '正文',
      images: [],
      videoUrl: '',
      departmentIds: [],
      author: '作者',
    },
    publishArticle: { articleId: 'art-x' },
    unpublishArticle: { articleId: 'art-x' },
    listAllDepartmentsForEdit: { hospitalId: 'h-zzcentral' },
    updateHospitalIntro: { hospitalId: 'h-zzcentral', intro: '简介', specialties: ['心内'], photos: [] },
    updateDepartmentIntro: { departmentId: 'd-x', intro: '简介', location: '1楼', phone: '0371-6666', conditions: ['高血压'] },
    getOffers: { hospitalId: 'h-zzcentral' },
    setOffers: { hospitalId: 'h-zzcentral', offers: ['hospital', 'departments', 'phones', 'guide'] },
  },
  patients: {
    list: {},
    add: { name: '王芳', idType: 'resident_id', idNumber: '11010519491231002X', phone: '13800000000', relation: 'self', requestId: 'req-bad-00002' },
    update: { patientId: 'pat-x', name: '王芳', idType: 'resident_id', idNumber: '11010519491231002X', phone: '13800000000', relation: 'self' },
    remove: { patientId: 'pat-x' },
  },
  booking: {
    doctorSchedule: { doctorId: 'doc-zz-001' },
    listSlots: { doctorId: 'doc-zz-001', date: '2026-11-27' },
    departmentSchedule: { departmentId: 'd-zz-cardio', date: '2026-11-27' },
    rules: { hospitalId: 'h-zzcentral' },
    book: { slotId: 'slot-x', patientId: 'pat-x', requestId: 'req-bad-00003' },
    cancel: { appointmentId: 'appt-x' },
    mine: { status: 'active' },
    get: { appointmentId: 'appt-x' },
    examOrders: {},
    examSchedule: { examOrderId: 'exo-x' },
    listResourceSlots: { resourceId: 'res-x', date: '2026-11-27' },
    bookExam: { examOrderId: 'exo-x', slotId: 'slot-x', requestId: 'req-bad-00004' },
  },
  schedule: {
    listTemplates: { hospitalId: 'h-zzcentral', ownerId: 'doc-zz-001' },
    saveTemplate: {
      hospitalId: 'h-zzcentral',
      ownerType: 'doctor',
      ownerId: 'doc-zz-001',
      weekday: 1,
      session: 'am',
      startTime: '08:00',
      endTime: '12:00',
      slotMinutes: 30,
      capacity: 4,
      onsiteReserve: 1,
      feeFen: 3500,
    },
    removeTemplate: { templateId: 'tpl-x' },
    listResources: { hospitalId: 'h-zzcentral' },
    getSettings: { hospitalId: 'h-zzcentral' },
    saveSettings: {
      hospitalId: 'h-zzcentral',
      windowDays: 7,
      releaseTime: '08:00',
      cancelDeadlineMinutes: 120,
      holdMinutes: 15,
      dailyCap: 3,
      noShowCount: 3,
      noShowWithinDays: 90,
      noShowRestrictDays: 30,
    },
    publish: { hospitalId: 'h-zzcentral', ownerId: 'doc-zz-001' },
    sessionSlots: { ownerId: 'doc-zz-001', date: '2026-11-27', session: 'am' },
    stopClinic: { ownerId: 'doc-zz-001', date: '2026-11-27', session: 'am', reason: '医生外出会诊' },
    addOn: { slotId: 'slot-x', count: 1, reason: '复诊患者' },
    reconcilePlaces: { hospitalId: 'h-zzcentral' },
    placeRepairs: { hospitalId: 'h-zzcentral' },
  },
  orders: {
    payAppointment: { appointmentId: 'appt-x' },
    pay: { orderId: 'ord-x' },
    settle: { orderId: 'ord-x' },
    get: { orderId: 'ord-x' },
    mine: { status: 'unpaid' },
    bills: {},
    staffOrder: { orderId: 'ord-x' },
    refund: { orderId: 'ord-x', amountFen: 100, reason: '多收费用', requestId: 'req-bad-00005' },
    dailyTotals: { hospitalId: 'h-zzcentral', date: '2026-11-25' },
    paymentIssues: { hospitalId: 'h-zzcentral' },
    findForRefund: { hospitalId: 'h-zzcentral', name: '张建国', phone: '13803710001', date: '2026-11-25' },
  },
  clinic: {
    sessionAppointments: { ownerId: 'doc-zz-001', date: '2026-11-28', session: 'am' },
    checkIn: { appointmentId: 'appt-x' },
    completeVisit: { appointmentId: 'appt-x', diagnosis: '上呼吸道感染' },
    hisIssues: { hospitalId: 'h-zzcentral' },
  },
  reminders: {
    templateIds: { hospitalId: 'h-zzcentral', kinds: ['visit_tomorrow'] },
    consent: { hospitalId: 'h-zzcentral', results: [{ templateId: 'demo-visit-reminder', result: 'accept' }] },
    failed: { hospitalId: 'h-zzcentral' },
  },
  selftest: {
    run: {},
  },
  invoices: {
    request: {
      orderId: 'ord-x',
      titleType: 'company',
      titleName: '深圳市腾讯计算机系统有限公司',
      taxCode: '91440300708461136T',
      email: 'finance@example.com',
      requestId: 'req-bad-00021',
    },
    reissue: { invoiceId: 'inv-x', titleType: 'personal', titleName: '张建国', requestId: 'req-bad-00022' },
    get: { invoiceId: 'inv-x' },
    link: { invoiceId: 'inv-x' },
    forOrder: { orderId: 'ord-x' },
    mine: {},
    list: { hospitalId: 'h-zzcentral', date: '2026-11-25' },
  },
  staff: {
    me: {},
    list: { hospitalId: 'h-zzcentral' },
    grant: { hospitalId: 'h-zzcentral', openid: 'someone-01', name: '张三', role: 'editor', doctorId: 'doc-zz-001' },
    revoke: { hospitalId: 'h-zzcentral', openid: 'someone-01', role: 'editor' },
  },
  queue: {
    checkIn: { appointmentId: 'appt-x', code: 'pzq1.h-zzcentral.d-zz-cardio.abc', location: { latitude: 34.7, longitude: 113.6 } },
    status: { appointmentId: 'appt-x' },
    callNext: { ownerId: 'doc-zz-001', date: '2026-11-25', session: 'am', requestId: 'req-bad-00031' },
    recall: { appointmentId: 'appt-x', requestId: 'req-bad-00032' },
    skip: { appointmentId: 'appt-x', requestId: 'req-bad-00033' },
    checkInFor: { appointmentId: 'appt-x', requestId: 'req-bad-00034' },
    addWalkIn: { slotId: 'slot-x', patientName: '王芳', requestId: 'req-bad-00035' },
    setPriority: { appointmentId: 'appt-x', priority: 'elderly80', reason: '患者85岁' },
    markReturning: { appointmentId: 'appt-x' },
    pause: { ownerId: 'doc-zz-001', date: '2026-11-25', session: 'am', reason: '医生临时会诊' },
    resume: { ownerId: 'doc-zz-001', date: '2026-11-25', session: 'am' },
    setRoom: { ownerId: 'doc-zz-001', date: '2026-11-25', session: 'am', room: '3诊室' },
    areaCode: { departmentId: 'd-zz-cardio' },
    sessionQueue: { ownerId: 'doc-zz-001', date: '2026-11-25', session: 'am' },
    mySessions: { hospitalId: 'h-zzcentral', as: 'nurse' },
    startVisit: { appointmentId: 'appt-x' },
    finishReturn: { appointmentId: 'appt-x' },
    assignAreas: { hospitalId: 'h-zzcentral', openid: 'demo-nurse-zz', departmentIds: ['d-zz-cardio'] },
    listAreas: { hospitalId: 'h-zzcentral' },
    getSettings: { hospitalId: 'h-zzcentral' },
    saveSettings: { hospitalId: 'h-zzcentral', checkInOpensMinutes: 60, checkInClosesMinutes: 30, skipPlaces: 3, locationRadiusMeters: 500 },
    carePath: { appointmentId: 'appt-x', from: 'zz-cashier', elder: false },
    startExam: { appointmentId: 'appt-x' },
    finishExam: { appointmentId: 'appt-x' },
  },
  triage: { assess: { hospitalId: 'h-zzcentral' }, knowledge: {} },
  navigation: {
    route: { hospitalId: 'h-zzcentral', from: 'zz-cashier', to: 'd-zz-cardio', stepFree: true, elder: false },
    places: { hospitalId: 'h-zzcentral' },
    getMap: { hospitalId: 'h-zzcentral' },
    replaceMap: {
      hospitalId: 'h-x',
      map: {
        buildings: [{ id: 'b', name: '门诊楼', x: 0, y: 0, width: 20, depth: 10 }],
        floors: [{ id: 'b-f1', buildingId: 'b', level: 1, label: '1楼' }],
        points: [
          { id: 'gate', kind: 'entrance', name: '正门', floorId: 'b-f1', x: 0, y: 5, main: true },
          { id: 'desk', kind: 'info', name: '服务台', floorId: 'b-f1', x: 10, y: 5 },
        ],
        edges: [{ from: 'gate', to: 'desk', kind: 'corridor', meters: 10 }],
      },
      payBeforeExam: true,
    },
  },
  records: {
    reports: { patientId: 'pat-x', hospitalId: 'h-zzcentral', page: 1 },
    report: { reportId: 'rep-x', idLast4: '1234', abnormalFirst: true },
    trend: { patientId: 'pat-x', code: 'HBA1C' },
    prescriptions: { patientId: 'pat-x' },
    drug: { code: 'DRUG-IBU' },
    interactions: { patientId: 'pat-x' },
    savePlan: { prescriptionId: 'rx-x', times: ['08:00', '20:00'], remind: true, requestId: 'req-bad-00032' },
    plan: { prescriptionId: 'rx-x' },
    markDose: { planId: 'plan-x', date: '2026-11-25', time: '08:00', taken: true },
    criticalList: { hospitalId: 'h-zzcentral' },
    recordContact: { reportId: 'rep-x', contactedPerson: '王秀兰', method: 'phone', note: '已电话告知', requestId: 'req-bad-00031' },
  },
  feedback: {
    rate: { appointmentId: 'appt-x', scores: { doctor: 5, nurse: 5, waiting: 4, environment: 4, payment: 5 }, comment: '很好' },
    myRating: { appointmentId: 'appt-x' },
    myVisits: {},
    stats: { hospitalId: 'h-zzcentral', month: '2026-11' },
    attach: { hospitalId: 'h-zzcentral', image: 'iVBORw0KGgoBAgME', requestId: 'req-bad-00031' },
    photoLink: { photoId: 'fph-x' },
    complain: {
      hospitalId: 'h-zzcentral',
      category: 'service',
      text: '排队太久',
      appointmentId: 'appt-x',
      departmentId: 'd-x',
      photoIds: [],
      requestId: 'req-bad-00032',
    },
    myComplaints: {},
    complaint: { complaintId: 'cmp-x' },
    worklist: { hospitalId: 'h-zzcentral' },
    assign: { complaintId: 'cmp-x', handler: '门诊部', multiDepartment: false },
    answer: { complaintId: 'cmp-x', text: '已处理' },
    close: { complaintId: 'cmp-x', note: '患者认可' },
    overdue: { hospitalId: 'h-zzcentral' },
    changes: { hospitalId: 'h-zzcentral' },
    addChange: { hospitalId: 'h-zzcentral', title: '延长服务时间', text: '挂号窗口提前开放', departmentName: '门诊部', requestId: 'req-bad-00033' },
    getRules: { hospitalId: 'h-zzcentral' },
    saveRules: { hospitalId: 'h-zzcentral', singleDays: 5, multiDays: 10 },
    rateService: { kind: 'consult', itemId: 'cs-x', scores: { doctor: 5, response: 4 }, comment: '很好' },
    serviceRating: { kind: 'delivery', itemId: 'dl-x' },
  },
  recordCopies: {
    attach: { hospitalId: 'h-zzcentral', image: 'iVBORw0KGgoBAgME', requestId: 'req-bad-00041' },
    proofLink: { proofId: 'prf-x' },
    apply: {
      hospitalId: 'h-zzcentral',
      patientId: 'pat-x',
      applicantType: 'self',
      applicantName: '张建国',
      proofs: [{ kind: 'applicant_id', proofId: 'prf-x' }],
      visitIds: ['appt-x'],
      parts: ['outpatient_record'],
      purpose: 'insurance',
      address: { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' },
      requestId: 'req-bad-00042',
    },
    mine: {},
    get: { applicationId: 'rca-x' },
    resubmit: { applicationId: 'rca-x', proofs: [{ kind: 'applicant_id', proofId: 'prf-x' }] },
    cancel: { applicationId: 'rca-x' },
    fees: { hospitalId: 'h-zzcentral' },
    saveFees: { hospitalId: 'h-zzcentral', perPageFen: 50, postageFen: 1200 },
    worklist: { hospitalId: 'h-zzcentral', status: 'submitted' },
    requestMore: { applicationId: 'rca-x', reason: '照片不清晰' },
    refuse: { applicationId: 'rca-x', reason: '材料不全' },
    quote: { applicationId: 'rca-x', pages: 12 },
    copied: { applicationId: 'rca-x' },
    ship: { applicationId: 'rca-x', carrier: 'EMS', trackingNo: 'EA123456789CN' },
  },
  homecare: {
    catalog: { hospitalId: 'h-zzcentral' },
    attach: { hospitalId: 'h-zzcentral', image: 'iVBORw0KGgoBAgME', requestId: 'req-bad-00051' },
    photoLink: { homecareId: 'hc-x', photoId: 'hph-x' },
    request: {
      hospitalId: 'h-zzcentral',
      patientId: 'pat-x',
      group: 'elderly',
      serviceCode: 'dressing',
      address: { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' },
      date: '2026-11-27',
      startTime: '09:00',
      endTime: '11:00',
      condition: '术后伤口换药',
      photoIds: [],
      doctorOrderPhotoId: 'hph-x',
      risk: { drugAllergy: false, infectious: false, consciousness: 'clear', aggression: false },
      requestId: 'req-bad-00052',
    },
    mine: {},
    get: { homecareId: 'hc-x' },
    cancel: { homecareId: 'hc-x' },
    worklist: { hospitalId: 'h-zzcentral' },
    accept: { homecareId: 'hc-x', assessment: '可上门' },
    decline: { homecareId: 'hc-x', reason: '超出服务范围' },
    assign: { homecareId: 'hc-x', nurseOpenid: 'nurse-0001' },
    reschedule: { homecareId: 'hc-x', date: '2026-11-28', startTime: '14:00', endTime: '16:00' },
    alerts: { hospitalId: 'h-zzcentral' },
    nurses: { hospitalId: 'h-zzcentral' },
    setNurse: { hospitalId: 'h-zzcentral', openid: 'nurse-0001', nurseTitle: 'senior_nurse', practiceSinceYear: 2015 },
    tasks: { hospitalId: 'h-zzcentral' },
    depart: { homecareId: 'hc-x' },
    start: { homecareId: 'hc-x' },
    finish: { homecareId: 'hc-x', note: '已换药', vitals: { temperature: 36.5, pulse: 80, systolic: 120, diastolic: 80, spo2: 98 } },
    alert: { homecareId: 'hc-x', note: '家属情绪激动', requestId: 'req-bad-00053' },
    services: { hospitalId: 'h-zzcentral' },
    saveService: { hospitalId: 'h-zzcentral', code: 'dressing', serviceFen: 9000, travelFen: 2000, active: true },
  },
  followup: {
    eligibility: { patientId: 'pat-x', departmentId: 'd-x' },
    attach: { hospitalId: 'h-zzcentral', image: 'iVBORw0KGgoFBQ==', requestId: 'req-bad-fu001' },
    start: { patientId: 'pat-x', departmentId: 'd-x', changes: '血压平稳', reportIds: [], photoIds: [], guardianPresent: false, requestId: 'req-bad-fu002' },
    mine: {},
    get: { followupId: 'fu-x' },
    photoLink: { followupId: 'fu-x', photoId: 'fph-x' },
    message: { followupId: 'fu-x', text: '您好', requestId: 'req-bad-fu003' },
    withdraw: { followupId: 'fu-x' },
    settings: { hospitalId: 'h-zzcentral' },
    saveSettings: { hospitalId: 'h-zzcentral', windowDays: 180, feeFen: 1000, shipsCold: false },
    worklist: { hospitalId: 'h-zzcentral' },
    accept: { followupId: 'fu-x' },
    decline: { followupId: 'fu-x', reason: '需到院面诊' },
    refer: { followupId: 'fu-x', reason: '需到院面诊' },
    complete: { followupId: 'fu-x' },
    previous: { followupId: 'fu-x' },
    formulary: { followupId: 'fu-x' },
    renew: { followupId: 'fu-x', chronicNote: '稳定', requestId: 'req-bad-fu004' },
    prescribe: { followupId: 'fu-x', type: 'long_term', chronicNote: '', items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }], requestId: 'req-bad-fu005' },
    revise: { prescriptionId: 'orx-x', type: 'long_term', chronicNote: '', items: [{ code: 'DRUG-AML', quantity: 1, days: 28 }] },
    reviewQueue: { hospitalId: 'h-zzcentral' },
    review: { prescriptionId: 'orx-x', decision: 'return', reason: '剂量有误' },
    prescription: { prescriptionId: 'orx-x' },
  },
  delivery: {
    quote: { prescriptionId: 'orx-x', province: '河南省' },
    choose: {
      prescriptionId: 'orx-x',
      mode: 'delivery',
      address: { name: '张建国', phone: '13800000000', province: '河南省', city: '郑州市', district: '金水区', detail: '花园路100号' },
    },
    get: { prescriptionId: 'orx-x' },
    receive: { prescriptionId: 'orx-x' },
    cancel: { prescriptionId: 'orx-x' },
    worklist: { hospitalId: 'h-zzcentral' },
    pack: { prescriptionId: 'orx-x' },
    ship: { prescriptionId: 'orx-x', carrier: '顺丰速运', trackingNo: 'SF1234567890' },
    handOver: { prescriptionId: 'orx-x' },
  },
  consult: {
    offer: { hospitalId: 'h-zzcentral', doctorId: 'doc-zz-001' },
    attach: { hospitalId: 'h-zzcentral', image: 'iVBORw0KGgoBAgME', requestId: 'req-bad-00061' },
    ask: { hospitalId: 'h-zzcentral', doctorId: 'doc-zz-001', patientId: 'pat-x', text: '血压偏高需要加药吗', images: [], requestId: 'req-bad-00062' },
    mine: {},
    thread: { consultationId: 'cs-x' },
    followUp: { consultationId: 'cs-x', text: '睡前吃可以吗', images: [], requestId: 'req-bad-00063' },
    end: { consultationId: 'cs-x' },
    withdraw: { consultationId: 'cs-x' },
    worklist: { hospitalId: 'h-zzcentral' },
    accept: { consultationId: 'cs-x' },
    decline: { consultationId: 'cs-x', reason: '需要面诊' },
    reply: {
      consultationId: 'cs-x',
      text: '建议复查',
      assessment: '控制欠佳',
      actNow: '按时服药',
      warningSigns: '胸痛时拨打120',
      visit: 'planned',
      visitWhen: '一周内',
      departmentId: 'd-zz-cardio',
      requestId: 'req-bad-00064',
    },
    getSettings: { hospitalId: 'h-zzcentral' },
    saveSettings: { hospitalId: 'h-zzcentral', answerHours: 24, defaultFen: 2000, departmentFen: 0, doctorFees: { 'doc-zz-001': 3000 } },
  },
};

/** A value of another type than the field's valid one. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'abc';
  if (Array.isArray(value)) return 'not-a-list';
  return ['x'];
}

async function totalDocs(): Promise<number> {
  let n = 0;
  for (const c of Object.keys(collections)) n += await sys.ports.db.count(c);
  return n;
}

beforeAll(async () => {
  sys = await startLocalSystem({ adminOpenids: [ADMIN] });
});

it('every action of every function has a valid event in this table', () => {
  for (const [fn, def] of Object.entries(functions)) {
    expect(Object.keys(valid[fn] ?? {}).sort()).toEqual(Object.keys(def.actions).sort());
  }
});

const cases = Object.entries(valid).flatMap(([fn, actions]) =>
  Object.entries(actions).flatMap(([action, event]) =>
    Object.keys(event).flatMap((field) => [
      { fn, action, field, how: 'wrong type', event: { ...event, [field]: wrongType(event[field]) } },
      { fn, action, field, how: '10,000 characters', event: { ...event, [field]: LONG } },
    ]),
  ),
);

/** Fields whose limit is above 10,000 characters get one character over their limit instead. */
const overLimit: Record<string, number> = { 'createArticle.body': 20_001, 'updateArticle.body': 20_001 };

it.each(cases)('$fn.$action: $field with $how → VALIDATION_FAILED, nothing written', async ({ fn, action, field, how, event }) => {
  const before = await totalDocs();
  const limit = overLimit[`${action}.${field}`];
  const input = how === '10,000 characters' && limit ? { ...event, [field]: '长'.repeat(limit) } : event;
  const res = await sys.call(fn, ADMIN, { action, ...input });
  expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: expect.stringMatching(new RegExp(`^${field}`)) } });
  if (!res.ok) expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await totalDocs()).toBe(before);
});

const required = Object.entries(valid).flatMap(([fn, actions]) =>
  Object.entries(actions).flatMap(([action, event]) => Object.keys(event).map((field) => ({ fn, action, field, event }))),
);

const optional = new Set([
  'listDoctors.departmentId',
  'listArticles.columnId',
  'listArticles.page',
  'listArticles.pageSize',
  'listAllArticles.status',
  'listAllArticles.page',
  'listAllArticles.pageSize',
  'departmentSchedule.date',
  'mine.status',
  'request.email',
  'listTemplates.ownerId',
  'publish.ownerId',
  'mine.status',
  'route.from',
  'route.stepFree',
  'route.elder',
  'carePath.from',
  'carePath.elder',
  'replaceMap.payBeforeExam',
  'grant.doctorId',
  'checkIn.code',
  'checkIn.location',
  'reports.hospitalId',
  'reports.page',
  'report.idLast4',
  'report.abnormalFirst',
  'recordContact.note',
  'rate.comment',
  'stats.month',
  'complain.appointmentId',
  'complain.departmentId',
  'complain.photoIds',
  'close.note',
  'addChange.departmentName',
  'worklist.status',
  'request.photoIds',
  'request.doctorOrderPhotoId',
  'alert.note',
  'start.reportIds',
  'start.photoIds',
  'start.guardianPresent',
  'renew.chronicNote',
  'prescribe.chronicNote',
  'revise.chronicNote',
  'review.reason',
  'quote.province',
  'choose.address',
  'ask.images',
  'followUp.images',
  ...['assessment', 'actNow', 'warningSigns', 'visit', 'visitWhen', 'departmentId'].map((f) => `reply.${f}`),
  ...['createArticle', 'updateArticle'].flatMap((a) => ['images', 'videoUrl', 'departmentIds', 'author'].map((f) => `${a}.${f}`)),
  'findForRefund.name',
  'findForRefund.phone',
  'findForRefund.date',
  'rateService.comment',
]);

it.each(required)('$fn.$action without $field: VALIDATION_FAILED unless the field is optional', async ({ fn, action, field, event }) => {
  const rest = { ...event };
  delete rest[field];
  const before = await totalDocs();
  const res = await sys.call(fn, ADMIN, { action, ...rest });
  if (optional.has(`${action}.${field}`)) {
    if (!res.ok) expect(res.error.code).not.toBe('INTERNAL');
  } else {
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field } });
    expect(await totalDocs()).toBe(before);
  }
});

it('an unknown action answers VALIDATION_FAILED on the field action', async () => {
  expect(await sys.call('content', null, { action: 'dropDatabase' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'action' } });
  expect(await sys.call('content', null, { action: 'toString' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'action' } });
  expect(await sys.call('content', null, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'action' } });
});
