/**
 * Static assets: the stylesheet and the browser bundles of Preact islands
 * (`src/pages/islands/<name>.island.tsx`), built once in memory at start with esbuild and
 * served under content-hashed URLs, so they can be cached for a year.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface Asset {
  type: string;
  body: Buffer;
}

const hashOf = (body: Buffer | Uint8Array) => createHash('sha256').update(body).digest('base64url').slice(0, 10);
const ISLANDS_DIR = fileURLToPath(new URL('./islands/', import.meta.url));

const css = readFileSync(new URL('./assets/site.css', import.meta.url));
const urls: Record<string, string> = { css: `/assets/site.${hashOf(css)}.css` };
export const ASSET_BODIES: Record<string, Asset> = { [urls.css!]: { type: 'text/css; charset=utf-8', body: css } };

const islands = readdirSync(ISLANDS_DIR).filter((f) => f.endsWith('.island.tsx'));
if (islands.length > 0) {
  const built = buildSync({
    entryPoints: islands.map((f) => `${ISLANDS_DIR}${f}`),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Hindi words as UTF-8 (3 bytes a letter) rather than \u escapes (6); bundles are served as UTF-8
    charset: 'utf8',
    outdir: '/islands',
    write: false,
    logLevel: 'silent',
  });
  for (const file of built.outputFiles) {
    const name = file.path.replace(/^.*\//, '').replace(/\.island\.js$/, '');
    const url = `/assets/${name}.${hashOf(file.contents)}.js`;
    urls[name] = url;
    ASSET_BODIES[url] = { type: 'text/javascript; charset=utf-8', body: Buffer.from(file.contents) };
  }
}

/** URL of an asset by name: `css`, or an island's name (`finder` for finder.island.tsx). */
export function assetUrl(name: string): string {
  const url = urls[name];
  if (!url) throw new Error(`no asset named ${name}`);
  return url;
}
