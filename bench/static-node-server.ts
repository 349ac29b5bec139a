/**
 * The node:http baseline: answers any method on `/<file>` with that file's bytes, read into
 * memory at start, and nothing else. Usage: static-node-server.ts <dir> <port> <manifest.json>
 * where the manifest maps each file name to the headers to send with it (Content-Length is added).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const [dir, port, manifest] = process.argv.slice(2);
if (!dir || !port || !manifest) throw new Error('usage: static-node-server.ts <dir> <port> <manifest.json>');
const listed = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, string>>;
const files = new Map(
  Object.entries(listed).map(([file, sent]) => {
    const body = readFileSync(join(dir, file));
    return [`/${file}`, { headers: { ...sent, 'content-length': body.length }, body }];
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
