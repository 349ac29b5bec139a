/**
 * O*NET's expert-curated Related Occupations: the ground truth the similarity engine is
 * measured against. EVALUATION ONLY: only eval-similarity imports this module. The engine,
 * the reader and the importer must never read the file, or the measurement means nothing.
 */
import { forEachRow } from '../onet/onet-table.ts';
import { onetFile } from '../onet/onet-reader.ts';
import { ONET_CODE } from '../onet/onet-types.ts';

export const TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;
export type Tier = (typeof TIERS)[number];

export interface RelatedOccupation {
  code: string;
  relatedCode: string;
  tier: Tier;
  /** 1 (most related) .. 20. */
  index: number;
}

/** code → its related occupations, ordered by Index. */
export async function readRelatedOccupations(dir: string): Promise<Map<string, RelatedOccupation[]>> {
  const out = new Map<string, RelatedOccupation[]>();
  const file = onetFile(dir, 'Related Occupations');
  const columns = ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'] as const;
  await forEachRow(file, { columns }, (row) => {
    const code = row.text('O*NET-SOC Code');
    const relatedCode = row.text('Related O*NET-SOC Code');
    if (!ONET_CODE.test(code) || !ONET_CODE.test(relatedCode)) row.fail('not an O*NET-SOC code');
    const tier = row.text('Relatedness Tier');
    if (!(TIERS as readonly string[]).includes(tier)) row.fail(`unknown Relatedness Tier "${tier}"`);
    const list = out.get(code) ?? [];
    list.push({ code, relatedCode, tier: tier as Tier, index: row.number('Index') });
    out.set(code, list);
  });
  for (const list of out.values()) list.sort((a, b) => a.index - b.index);
  return out;
}
