/**
 * Debian's nginx in front of careerpath instances, configured from deploy/nginx's template
 * (the file operators install), run as the current user from a temporary prefix: pid, logs
 * and temp files stay in `dir`, nothing under /etc or /var is touched.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, start, waitUntilUp, type Started } from './processes.ts';

export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path)) ?? null;

const TEMPLATE = fileURLToPath(new URL('../../deploy/nginx/careerpath.conf.template', import.meta.url));

/** The template with its ${NAME} placeholders filled, as envsubst would; a placeholder left unfilled is an error. */
export function renderNginxTemplate(values: Record<string, string>): string {
  const text = readFileSync(TEMPLATE, 'utf8').replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx template: no value for \${${name}}`);
    return value;
  });
  return text;
}

export interface NginxProxy {
  base: string;
  started: Started;
  errorLog(): string;
}

/** Starts nginx on a free loopback port in front of `upstreams` (host:port each). */
export async function startNginxProxy(dir: string, upstreams: [string, string]): Promise<NginxProxy> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const port = await freePort();
  chmodSync(dir, 0o755); // when run as root, nginx's workers run as nobody and must reach their temp folders
  const site = join(dir, 'careerpath.conf');
  writeFileSync(site, renderNginxTemplate({ CAREERPATH_UPSTREAM_1: upstreams[0], CAREERPATH_UPSTREAM_2: upstreams[1], NGINX_LISTEN: `127.0.0.1:${port}` }));
  const errorLog = join(dir, 'error.log');
  const temp = (name: string) => `${name}_temp_path ${join(dir, `${name}_temp`)};`;
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include ${site};
}
`,
  );
  const started = start(NGINX, ['-p', dir, '-c', conf, '-e', errorLog]);
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/healthz`, started, { timeoutMs: 20_000 });
  return { base, started, errorLog: () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '') };
}
