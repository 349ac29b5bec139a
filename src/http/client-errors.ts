/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers too large, a broken
 * request line) are answered as problem+json with the security headers, like every other
 * error, and the connection is closed.
 */
import type { FastifyInstance } from 'fastify';
import type { Duplex } from 'node:stream';
import { problemBody } from './error-handler.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const REASONS: Record<number, string> = { 400: 'Bad Request', 413: 'Payload Too Large', 431: 'Request Header Fields Too Large' };

function statusOf(code: string | undefined): 400 | 413 | 431 {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413;
  return 400;
}

export function clientErrors(app: FastifyInstance): void {
  app.server.removeAllListeners('clientError');
  app.server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(error.code);
    const body = JSON.stringify({
      ...problemBody('BAD_REQUEST', status === 431 ? 'request headers too large' : 'malformed HTTP request', '/'),
      status,
      title: REASONS[status],
    });
    const headers = Object.entries({
      ...SECURITY_HEADERS,
      'content-type': 'application/problem+json',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${REASONS[status]}\r\n${headers}\r\n${body}`);
  });
}
