/**
 * The automator endpoint of the emulator (`ws://127.0.0.1:<port>/automator`, development mode
 * only): miniprogram-automator's `connect({ wsEndpoint })` speaks to it as to WeChat DevTools.
 * Requests `{ id, method, params }` are answered `{ id, result }` or `{ id, error: { message } }`;
 * events go out as `{ method, params }`. The preview page in Chromium answers most methods
 * (preview/runtime/automator.ts); this side presses taps with the mouse and takes screenshots.
 * The first client opens the page (preview/automator/chromium-page.ts); later ones share it.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { openPreviewPage, type PreviewPage } from './chromium-page';
import { OPEN, type Socket, WebSocketServer } from './ws';

export const AUTOMATOR_PATH = '/automator';

type Reply = { result: unknown } | { error: string } | { press: { x: number; y: number } };

interface Request {
  id: string;
  method: string;
  params: Record<string, unknown>;
}

function parseRequest(raw: string): Request | null {
  try {
    const m: unknown = JSON.parse(raw);
    if (!m || typeof m !== 'object') return null;
    const { id, method, params } = m as Record<string, unknown>;
    if (typeof id !== 'string' || typeof method !== 'string') return null;
    return { id, method, params: params && typeof params === 'object' ? (params as Record<string, unknown>) : {} };
  } catch {
    return null;
  }
}

export interface AutomatorEndpoint {
  close(): Promise<void>;
}

export function attachAutomator(server: Server, baseUrl: string): AutomatorEndpoint {
  const wss = new WebSocketServer({ noServer: true });
  const clients = new Set<Socket>();
  const logging = new WeakSet<Socket>();
  let opening: Promise<PreviewPage> | null = null;

  const emit = (method: string, params: unknown): void => {
    const text = JSON.stringify({ method, params });
    for (const c of clients) if (c.readyState === OPEN && (method !== 'App.logAdded' || logging.has(c))) c.send(text);
  };
  const preview = (): Promise<PreviewPage> => {
    if (!opening) {
      opening = openPreviewPage(baseUrl, emit);
      opening.catch(() => (opening = null));
    }
    return opening;
  };

  const answer = async (client: Socket, { method, params }: Request): Promise<unknown> => {
    if (method === 'Tool.close') return {};
    if (method === 'App.enableLog') logging.add(client);
    const { page } = await preview();
    if (method === 'App.captureScreenshot') return { data: (await page.screenshot()).toString('base64') };
    const reply = (await page.evaluate(`window.__pzAutomator(${JSON.stringify(method)}, ${JSON.stringify(params)})`)) as Reply;
    if ('error' in reply) throw new Error(reply.error);
    if ('press' in reply) {
      await page.mouse.click(reply.press.x, reply.press.y);
      await page.evaluate('window.__pzAutomatorSettle()');
      return {};
    }
    return reply.result;
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== AUTOMATOR_PATH) return void socket.destroy();
    wss.handleUpgrade(req, socket, head, (client) => {
      clients.add(client);
      client.on('close', () => clients.delete(client));
      client.on('message', (data) => {
        const request = parseRequest(data.toString());
        if (!request) return;
        answer(client, request).then(
          (result) => client.readyState === OPEN && client.send(JSON.stringify({ id: request.id, result })),
          (e: unknown) =>
            client.readyState === OPEN && client.send(JSON.stringify({ id: request.id, error: { message: e instanceof Error ? e.message : String(e) } })),
        );
      });
    });
  };
  server.on('upgrade', onUpgrade);

  return {
    close: async () => {
      server.off('upgrade', onUpgrade);
      for (const c of clients) c.close();
      wss.close();
      if (opening) await (await opening.catch(() => null))?.close();
    },
  };
}
