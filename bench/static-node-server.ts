/**
 * The node:http baseline: answers any method on `/<file>` with that file's bytes, read into
 * memory at start, and nothing else. Usage: static-node-server.ts <dir> <port> <manifest.json>
 * where the manifest maps each file name to its content-type and content-encoding (or null).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const [dir, port, manifest] = process.argv.slice(2);
if (!dir || !port || !manifest) throw new Error('usage: static-node-server.ts <dir> <port> <manifest.json>');
const types = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { type: string; encoding: string | null }>;
const files = new Map(
  Object.entries(types).map(([file, { type, encoding }]) => {
    const body = readFileSync(join(dir, file));
    const headers = { 'content-type': type, 'content-length': body.length, ...(encoding ? { 'content-encoding': encoding, vary: 'Accept-Encoding' } : {}) };
    return [`/${file}`, { headers, body }];
  }),
);

createServer((request, response) => {
  const file = files.get(request.url ?? '');
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, file.headers);
  response.end(file.body);
}).listen(Number(port), '127.0.0.1');
