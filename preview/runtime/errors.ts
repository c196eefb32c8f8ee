/**
 * Errors in page code: written to the console (as the DevTools console would show them) and kept
 * for the side panel and the tests.
 */
export interface PreviewError {
  where: string;
  message: string;
  at: number;
}

export const errors: PreviewError[] = [];
const listeners: Array<(e: PreviewError) => void> = [];

export function onError(listener: (e: PreviewError) => void): void {
  listeners.push(listener);
}

export function reportError(e: unknown, where: string): void {
  let message: string;
  if (e instanceof Error) message = `${e.message}${e.stack ? `\n${e.stack.split('\n').slice(1, 4).join('\n')}` : ''}`;
  else if (typeof e === 'object' && e !== null) {
    try {
      message = JSON.stringify(e);
    } catch {
      message = String(e);
    }
  } else message = String(e);
  const entry = { where, message, at: Date.now() };
  errors.push(entry);
  if (errors.length > 100) errors.shift();
  console.error(`[preview] ${where}: ${message}`);
  listeners.forEach((l) => l(entry));
}
