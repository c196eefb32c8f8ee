import { newId } from '../../ids';
import type { TxDb } from '../../ports';
import type { Ctx } from './context';

/** Records a staff change in the audit log, inside the transaction that makes the change. */
export async function audit(tx: TxDb, ctx: Ctx, hospitalId: string, what: string, target: string): Promise<void> {
  await tx.insert('auditLog', { _id: newId('audit'), hospitalId, at: ctx.now, openid: ctx.user(), action: what, target });
}
