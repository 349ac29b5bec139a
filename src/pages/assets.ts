import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Static assets are read once at start and served with a content hash in the URL. */
const css = readFileSync(new URL('./assets/site.css', import.meta.url));
const cssHash = createHash('sha256').update(css).digest('base64url').slice(0, 10);

export const ASSETS = {
  css: `/assets/site.${cssHash}.css`,
};

export const ASSET_BODIES: Record<string, { type: string; body: Buffer }> = {
  [ASSETS.css]: { type: 'text/css; charset=utf-8', body: css },
};
