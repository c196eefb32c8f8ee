import { CloudDb } from '../../../backend/adapters/cloud/cloud-db';
import { isDuplicateKeyError, isMissingDocumentError } from '../../../backend/adapters/cloud/sdk-errors';
import { collections } from '../../../backend/collections';
import { DuplicateKeyError, TransactionConflictError } from '../../../backend/ports';
import { createWxServerSdkStub, StubSdkError } from '../../support/wx-server-sdk-stub';
import { runDbConformance } from './conformance';

function stubDatabase(options: { throwOnNotFound?: boolean }) {
  const sdk = createWxServerSdkStub({ collections });
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
  return sdk.database(options);
}

runDbConformance('CloudDb over the wx-server-sdk stub, throwOnNotFound: false', async () => new CloudDb(stubDatabase({ throwOnNotFound: false })));

runDbConformance('CloudDb over the wx-server-sdk stub, SDK default (a missing document throws)', async () => new CloudDb(stubDatabase({})));

describe('CloudDb: SDK errors', () => {
  it('recognizes a missing document only by its message, not by errCode -1 alone', () => {
    expect(isMissingDocumentError(new StubSdkError(-1, 'document.get:fail document with _id a1 does not exist'))).toBe(true);
    expect(isMissingDocumentError(new StubSdkError(-1, 'document.get:fail permission denied'))).toBe(false);
    expect(
      isMissingDocumentError(
        new StubSdkError(-502005, 'collection.get:fail -502005 DATABASE_COLLECTION_NOT_EXIST. [ResourceNotFound] Db or Table not exist: x'),
      ),
    ).toBe(false);
  });

  it('recognizes a duplicate key by E11000 or DATABASE_DUPLICATE_WRITE, not by -502001 alone', () => {
    const e11000 =
      'collection.add:fail -502001 DATABASE_REQUEST_FAILED. [FailedOperation] E11000 duplicate key error collection: env.staff index: openid_1_hospitalId_1 dup key: { openid: "o1", hospitalId: "h1" }';
    expect(isDuplicateKeyError(new StubSdkError(-502001, e11000))).toBe(true);
    expect(isDuplicateKeyError({ code: 'DATABASE_DUPLICATE_WRITE', message: 'duplicate write' })).toBe(true);
    expect(isDuplicateKeyError({ errCode: 11000, errMsg: 'duplicate' })).toBe(true);
    expect(isDuplicateKeyError(new StubSdkError(-502001, 'collection.add:fail -502001 DATABASE_REQUEST_FAILED. request timeout'))).toBe(false);
  });

  it('passes other errors through: a collection that does not exist is not a missing document', async () => {
    const db = new CloudDb(stubDatabase({}));
    await expect(db.get('nosuch', 'x')).rejects.toThrow(/DATABASE_COLLECTION_NOT_EXIST/);
    await expect(db.insert('nosuch', { _id: 'x' })).rejects.not.toBeInstanceOf(DuplicateKeyError);
  });

  it('answers TransactionConflictError when the SDK gives up retrying a conflicted transaction', async () => {
    const db = new CloudDb(stubDatabase({ throwOnNotFound: false }));
    await db.insert('departments', { _id: 'd1', n: 0 });
    let attempts = 0;
    const conflicted = db.transaction(async (tx) => {
      attempts++;
      await tx.get('departments', 'd1');
      await db.update('departments', { _id: 'd1' }, { inc: { n: 1 } });
      await tx.updateById('departments', 'd1', { set: { n: 100 } });
    });
    await expect(conflicted).rejects.toBeInstanceOf(TransactionConflictError);
    expect(attempts).toBe(3);
    expect(await db.get('departments', 'd1')).toEqual({ _id: 'd1', n: 3 });
  });
});
