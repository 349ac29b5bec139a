/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers too large, a broken
 * request line, a method it does not know such as BREW) and CONNECT requests (which Node hands
 * to a proxy's 'connect' listener, or else drops without a word) are answered as problem+json
 * with the security headers, like every other error, and the connection is closed.
 */
import type { FastifyInstance } from 'fastify';
import type { Duplex } from 'node:stream';
import { problemBody } from './error-handler.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const ANSWERS = {
  400: { reason: 'Bad Request', detail: 'malformed HTTP request' },
  413: { reason: 'Payload Too Large', detail: 'malformed HTTP request' },
  431: { reason: 'Request Header Fields Too Large', detail: 'request headers too large' },
  501: { reason: 'Not Implemented', detail: 'this server does not implement that method' },
} as const;

type RawStatus = keyof typeof ANSWERS;

function statusOf(code: string | undefined): RawStatus {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413;
  if (code === 'HPE_INVALID_METHOD') return 501;
  return 400;
}

function answer(socket: Duplex, status: RawStatus): void {
  const { reason, detail } = ANSWERS[status];
  const body = JSON.stringify({ ...problemBody(status === 501 ? 'NOT_IMPLEMENTED' : 'BAD_REQUEST', detail, '/'), status, title: reason });
  const headers = Object.entries({
    ...SECURITY_HEADERS,
    'content-type': 'application/problem+json',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n${body}`);
}

export function clientErrors(app: FastifyInstance): void {
  app.server.removeAllListeners('clientError');
  app.server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    answer(socket, statusOf(error.code));
  });
  // careerpath is no proxy: CONNECT is a method it does not implement
  app.server.on('connect', (_request: unknown, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    answer(socket, 501);
  });
}
