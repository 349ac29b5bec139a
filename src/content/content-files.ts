import { readdir, readFile, writeFile, rename } from 'node:fs/promises';
import { join, basename } from 'node:path';
import { parse, stringify } from 'yaml';
import type { CareerProfile } from '../careers/career.schema.ts';

export interface ContentFile {
  file: string;
  slug: string;
  text: string;
  data: unknown;
  parseError: string | null;
}

export const CAREER_FILE = /^([a-z0-9-]+)\.ya?ml$/;

/** Reads every career file in `dir`, sorted by name; a YAML syntax error is kept, not thrown. */
export async function readContentDir(dir: string): Promise<ContentFile[]> {
  const names = (await readdir(dir)).filter((n) => CAREER_FILE.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      const text = await readFile(file, 'utf8');
      const slug = basename(name).replace(/\.ya?ml$/, '');
      try {
        return { file, slug, text, data: parse(text) as unknown, parseError: null };
      } catch (error) {
        return { file, slug, text, data: null, parseError: (error as Error).message.split('\n')[0] ?? 'YAML error' };
      }
    }),
  );
}

const HEADER = '# yaml-language-server: $schema=../career.schema.json\n';

export function profileToYaml(profile: CareerProfile): string {
  return HEADER + stringify(profile, { lineWidth: 0 });
}

/** Writes atomically, so a crash never leaves half a content file. */
export async function writeProfileFile(dir: string, profile: CareerProfile): Promise<string> {
  const file = join(dir, `${profile.slug}.yaml`);
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, profileToYaml(profile), 'utf8');
  await rename(tmp, file);
  return file;
}
