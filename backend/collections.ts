/**
 * The collections, with the unique keys and indexes their queries need. The local store creates
 * them; for the cloud database, `npm run build` writes the same list to database/indexes.json to
 * create in the console.
 */
export interface CollectionSpec {
  /**
   * Each entry is a set of fields whose values together are unique. Never leave one missing or
   * null: the cloud database indexes a missing field as null, so two such documents clash there.
   */
  unique?: string[][];
  /** Each entry is a list of fields a query filters or sorts on, in order. */
  indexes?: string[][];
}

export const collections: Record<string, CollectionSpec> = {
  hospitals: { indexes: [['sort']] },
  departments: { indexes: [['hospitalId', 'sort']] },
  doctors: { indexes: [['hospitalId', 'departmentId', 'sort']] },
  articles: {
    unique: [['createdBy', 'requestId']],
    indexes: [
      ['hospitalId', 'status', 'publishedAt'],
      ['hospitalId', 'columnId', 'status', 'publishedAt'],
    ],
  },
  staff: { unique: [['openid', 'hospitalId']], indexes: [['hospitalId']] },
  auditLog: { indexes: [['hospitalId', 'at']] },
  outbox: {
    unique: [['key']],
    indexes: [
      ['status', 'dueAt'],
      ['hospitalId', 'status', 'createdAt'],
    ],
  },
  subscriptions: { indexes: [['openid']] },
  patients: {
    unique: [['ownerSlot'], ['documentKey'], ['openid', 'requestId']],
    indexes: [['openid', 'createdAt'], ['phone']],
  },
  scheduleTemplates: { unique: [['ownerId', 'weekday', 'session']], indexes: [['hospitalId', 'ownerId']] },
  resources: { indexes: [['hospitalId', 'examType']] },
  slots: {
    indexes: [['ownerId', 'date', 'start'], ['hospitalId', 'date'], ['departmentId', 'date'], ['touchedAt']],
  },
  placeRepairs: { indexes: [['hospitalId', 'at']] },
  sweepMarks: {},
  appointments: {
    indexes: [
      ['openid', 'start'],
      ['ownerId', 'date', 'session', 'status'],
      ['status', 'holdUntil'],
      ['status', 'end'],
      ['status', 'start'],
      ['status', 'date'],
      ['slotId', 'status'],
      ['examOrderId', 'status'],
      ['updatedAt'],
      ['refund'],
      ['visitOrders', 'completedAt'],
      ['patientId', 'status', 'completedAt'],
    ],
  },
  bookingLimits: {},
  clinicStops: { indexes: [['status', 'startedAt']] },
  hisAnswers: {},
  hisIssues: { indexes: [['hospitalId', 'lastAt']] },
  examOrders: { indexes: [['openid', 'status'], ['patientId']] },
  orders: {
    unique: [['outTradeNo']],
    indexes: [
      ['openid', 'createdAt'],
      ['visitId'],
      ['status', 'holdUntil'],
      ['status', 'nextQueryAt'],
      ['hospitalId', 'paidAt'],
      ['noticePending'],
      ['hospitalId', 'patientName', 'paidAt'],
      ['hospitalId', 'visitDate', 'paidAt'],
      ['patientId', 'paidAt'],
    ],
  },
  payments: { indexes: [['hospitalId', 'paidAt']] },
  refunds: {
    unique: [['outRefundNo']],
    indexes: [['orderId'], ['status', 'createdAt'], ['hospitalId', 'settledAt'], ['status', 'settledAt'], ['noticePending']],
  },
  paymentIssues: { indexes: [['hospitalId', 'at']] },
  paymentIssueDays: {},
  invoices: {
    unique: [['validKey'], ['hospitalId', 'number']],
    indexes: [
      ['openid', 'issuedAt'],
      ['orderId', 'issuedAt'],
      ['hospitalId', 'issueDate', 'issuedAt'],
    ],
  },
  invoiceCounters: {},
  invoiceClaims: {},
  invoiceReversals: {
    indexes: [
      ['orderId', 'issuedAt'],
      ['hospitalId', 'issueDate', 'issuedAt'],
    ],
  },
  navigation: { unique: [['hospitalId']] },
  feedbackRatings: {
    indexes: [
      ['hospitalId', 'month', 'createdAt'],
      ['openid', 'createdAt'],
    ],
  },
  complaints: {
    indexes: [
      ['hospitalId', 'phase', 'dueAt'],
      ['hospitalId', 'phase', 'closedAt', 'updatedAt'],
      ['hospitalId', 'escalatedAt', 'dueAt'],
      ['phase', 'escalatedAt', 'dueAt'],
      ['openid', 'receivedAt'],
    ],
  },
  complaintRules: {},
  feedbackPhotos: { indexes: [['openid', 'createdAt']] },
  improvements: { indexes: [['hospitalId', 'publishedAt']] },
  copyApplications: {
    indexes: [
      ['openid', 'createdAt'],
      ['hospitalId', 'status', 'createdAt'],
      ['status', 'updatedAt'],
      ['status', 'refund', 'updatedAt'],
      ['proofsPurged', 'purgeAt'],
    ],
  },
  recordProofs: { indexes: [['openid', 'createdAt']] },
  copyFees: {},
  homecareRequests: {
    indexes: [
      ['openid', 'createdAt'],
      ['hospitalId', 'status', 'windowStart'],
      ['hospitalId', 'nurseOpenid', 'status', 'windowStart'],
      ['status', 'updatedAt'],
      ['status', 'refund', 'updatedAt'],
    ],
  },
  homecareServices: { indexes: [['hospitalId']] },
  homecarePhotos: { indexes: [['openid', 'createdAt']] },
  homecareAlerts: { indexes: [['hospitalId', 'at']] },
  timerFailures: { indexes: [['fn', 'lastAt']] },
  sandboxTrades: {},
  reports: {
    indexes: [
      ['patientId', 'sortAt'],
      ['patientId', 'status', 'kind', 'sortAt'],
      ['patientId', 'code', 'status'],
      ['hospitalId', 'criticalState', 'sortAt'],
    ],
  },
  prescriptions: { indexes: [['patientId', 'writtenAt']] },
  recordSyncs: {},
  medicationPlans: { indexes: [['remind', 'endDate', '_id']] },
  doseLogs: { indexes: [['planId', 'date']] },
  idTries: {},
  requestKeys: { indexes: [['createdAt']] },
  rateCounters: { indexes: [['windowStart']] },
  queueSessions: { indexes: [['hospitalId', 'date']] },
  queueCalls: {},
  consultations: {
    indexes: [
      ['ownerId', 'session', 'doneAt'],
      ['departmentId', 'session', 'doneAt'],
    ],
  },
  nurseAreas: { indexes: [['hospitalId']] },
  clinicKeys: {},
  /** Scratch documents of the `selftest` function (backend/selftest/), removed by each run. */
  selftestScratch: {},
  /** 在线复诊 and 药品快递 (docs/online.md): follow-ups, the append-only encounter record, online prescriptions, fulfilments. */
  followups: {
    indexes: [
      ['openid', 'createdAt'],
      ['hospitalId', 'departmentId', 'status', 'createdAt'],
      ['status', 'updatedAt'],
      ['refund', 'updatedAt'],
    ],
  },
  followupEvents: { indexes: [['followupId', 'at']] },
  followupPhotos: { indexes: [['openid', 'createdAt']] },
  followupSettings: {},
  onlinePrescriptions: {
    indexes: [
      ['followupId', 'createdAt'],
      ['hospitalId', 'status', 'updatedAt'],
      ['status', 'updatedAt'],
      ['refund', 'updatedAt'],
    ],
  },
  deliveries: {
    indexes: [
      ['hospitalId', 'status', 'createdAt'],
      ['status', 'updatedAt'],
      ['refund', 'updatedAt'],
    ],
  },
  /** Secrets of the deployment made on first use (backend/handlers/framework/stored-secret.ts). */
  deploymentKeys: {},
  /** No-shows per person and hospital (docs/booking.md, "Limits by the person"). */
  personRecords: { indexes: [['person']] },
  consults: {
    indexes: [
      ['openid', 'createdAt'],
      ['hospitalId', 'status', 'answerBy'],
      ['acceptedBy', 'status'],
      ['status', 'createdAt'],
      ['status', 'closesAt'],
      ['status', 'refund'],
    ],
  },
  consultMessages: { indexes: [['consultId', 'at']] },
  consultPhotos: { indexes: [['openid', 'createdAt'], ['traceId']] },
  consultSettings: {},
};
