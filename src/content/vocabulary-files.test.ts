import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readVocabularies } from './vocabulary-files.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'careerpath-vocabularies-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('content/vocabularies: category names', () => {
  it('reads each category’s Hindi name, and refuses one not written in Devanagari or a field it does not know', async () => {
    const dir = folder({
      'categories.yaml': "names:\n  Healthcare: { hi: 'स्वास्थ्य सेवा' }\n  Data and AI: { hi: 'डेटा और AI' }\n  Railways: { hi: 'Railway' }\n",
    });
    try {
      const { vocabularies, problems } = await readVocabularies(dir);
      assert.equal(vocabularies.categories.names.Healthcare?.hi, 'स्वास्थ्य सेवा');
      assert.deepEqual(
        problems.map((p) => `${p.field}: ${p.message}`),
        ['names.Railways.hi: is not written in Devanagari'],
      );
      const unknown = await readVocabularies(folder({ 'categories.yaml': "names:\n  Healthcare: { hi: 'स्वास्थ्य', en: 'Health' }\n" }));
      assert.equal(unknown.problems.length, 1, 'a language the pages do not have is refused');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('treats a content folder without the file as one with no names (Hindi pages then show English names)', async () => {
    const dir = folder({});
    try {
      const { vocabularies, problems } = await readVocabularies(dir);
      assert.deepEqual(vocabularies.categories, { names: {} });
      assert.deepEqual(problems, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
