/**
 * One HTTP exchange over a bare socket, for what inject() cannot send: malformed request
 * lines, huge headers, methods Node's parser treats specially. Resolves with everything the
 * server wrote until it closed; silence for 5 s or a reset fails.
 */
import { connect } from 'node:net';

export function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${request.split('\r\n')[0]}`)));
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}
