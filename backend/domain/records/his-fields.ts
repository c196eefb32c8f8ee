/** Field schemas the records answers of the HIS share: bounded text, codes, instants. */
import { z } from 'zod';

export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);
export const code = () => text(32).regex(/^[A-Za-z0-9._-]+$/, { message: '编码只能包含字母、数字和 . _ -' });
export const hisId = (what: string) => text(80).regex(/^[A-Za-z0-9._-]+$/, { message: `${what}编号格式不正确` });
/** Epoch ms up to 2100. */
export const instant = () => z.number().int().min(0).max(4_102_444_800_000);
