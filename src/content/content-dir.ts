import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The career files: `CONTENT_DIR` if set (tests, editors' drafts), else the repository's own. */
export const CONTENT_DIR = process.env.CONTENT_DIR
  ? resolve(process.env.CONTENT_DIR)
  : fileURLToPath(new URL('../../content/careers', import.meta.url));
