/** The `ws` package (v8; in node_modules as jsdom's dependency, not declared in package.json), typed as the automator endpoint uses it. */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export interface Socket {
  readyState: number;
  send(data: string): void;
  close(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'close', listener: () => void): void;
}

export interface SocketServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, done: (ws: Socket) => void): void;
  close(): void;
}

export const OPEN = 1;

export const { WebSocketServer } = require('ws') as { WebSocketServer: new (options: { noServer: true }) => SocketServer };
