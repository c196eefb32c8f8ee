/**
 * 在线咨询's cloud path on the stub of wx-server-sdk: the content-security adapter calls
 * security.msgSecCheck and security.mediaCheckAsync (version 2, with the caller's openid and the
 * scene), a risky text is refused and nothing stored; the `wxa_media_check` push reaches the
 * function's handler, and the same event sent by a mini program user is refused.
 */
import { CloudContentCheck, CHECK_UNAVAILABLE } from '../../backend/adapters/cloud/cloud-content-check';
import { CloudDb } from '../../backend/adapters/cloud/cloud-db';
import { createCloudMain } from '../../backend/adapters/cloud/main';
import { silentLogger } from '../../backend/adapters/system';
import { collections } from '../../backend/collections';
import { consultFunction } from '../../backend/handlers/consult';
import { mediaCheckPush } from '../../backend/handlers/consult/media-check';
import type { ConsultPhotoDoc } from '../../backend/domain/online/consult-docs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWxServerSdkStub, STUB_RISKY_TEXT } from '../support/wx-server-sdk-stub';

const stub = createWxServerSdkStub({ collections });
const main = createCloudMain(consultFunction, stub, mediaCheckPush);
const db = new CloudDb(stub.database({ throwOnNotFound: false }));

it('declares the openapi permissions it calls', () => {
  const config = JSON.parse(readFileSync(join(__dirname, '../../cloudfunctions/consult/config.json'), 'utf8')) as {
    permissions: { openapi: string[] };
    triggers: Array<{ type: string }>;
  };
  expect(config.permissions.openapi).toEqual(['security.msgSecCheck', 'security.mediaCheckAsync']);
  expect(config.triggers.map((t) => t.type)).toEqual(['timer']);
});

it('msgSecCheck (v2: openid, scene, content): pass, risky refused with the reason; the word list first; mediaCheckAsync answers a trace id', async () => {
  const check = new CloudContentCheck(stub, silentLogger);
  expect(await check.text({ openid: 'o-1', scene: 2, content: '孩子发烧两天' })).toEqual({ ok: true });
  expect(await check.text({ openid: 'o-1', scene: 2, content: `请看${STUB_RISKY_TEXT}` })).toEqual({
    ok: false,
    label: '20001',
    reason: '内容含有时政信息，未能发送，请修改后再试',
  });
  const calls = stub.securityCalls.length;
  expect(await check.text({ openid: 'o-1', scene: 2, content: '草泥马' })).toMatchObject({ ok: false, label: '20003' });
  expect(stub.securityCalls.length).toBe(calls);
  const media = await check.media({ openid: 'o-1', scene: 2, url: 'https://example.invalid/a.png' });
  expect(media.verdict).toBeNull();
  expect(media.traceId).toMatch(/^[0-9a-f]{16}$/);
  expect(stub.securityCalls[0]).toEqual({ version: 2, openid: 'o-1', scene: 2, content: '孩子发烧两天' });
  expect(stub.securityCalls[stub.securityCalls.length - 1]).toEqual({
    version: 2,
    openid: 'o-1',
    scene: 2,
    mediaUrl: 'https://example.invalid/a.png',
    mediaType: 2,
  });
});

it('fails closed when WeChat cannot be asked', async () => {
  const broken = {
    ...stub,
    openapi: { ...stub.openapi, security: { msgSecCheck: () => Promise.reject(new Error('down')), mediaCheckAsync: () => Promise.reject(new Error('down')) } },
  };
  const check = new CloudContentCheck(broken, silentLogger);
  expect(await check.text({ openid: 'o-1', scene: 2, content: '你好' })).toEqual({ ok: false, label: 'unavailable', reason: CHECK_UNAVAILABLE });
  expect((await check.media({ openid: 'o-1', scene: 2, url: 'https://x' })).verdict).toMatchObject({ ok: false });
});

it('the wxa_media_check push reaches the handler; the same event from a mini program user is refused', async () => {
  await db.insert<ConsultPhotoDoc>('consultPhotos', {
    _id: 'cph-1',
    hospitalId: 'h-zzcentral',
    openid: 'o-1',
    filePath: 'cloud://x/private/consult/a.png',
    size: 9,
    createdAt: 1,
    check: 'pending',
    traceId: 'trace-1',
    reason: '',
  });
  const event = {
    ToUserName: 'gh_x',
    FromUserName: 'o-1',
    MsgType: 'event',
    Event: 'wxa_media_check',
    trace_id: 'trace-1',
    version: 2,
    result: { suggest: 'risky', label: 20002 },
  };
  stub.setOpenid('o-1');
  expect(await main(event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect((await db.get<ConsultPhotoDoc>('consultPhotos', 'cph-1'))?.check).toBe('pending');
  stub.setOpenid(undefined);
  expect(await main(event, {})).toEqual({ ok: true, data: { photo: 'rejected' } });
  expect(await db.get<ConsultPhotoDoc>('consultPhotos', 'cph-1')).toMatchObject({ check: 'rejected', reason: '内容含有色情信息，未能发送，请修改后再试' });
});
