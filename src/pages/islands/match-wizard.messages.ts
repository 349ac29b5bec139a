/** The match wizard island's own words (the skill rows' labels are in ../match/skill-row.messages.ts). */
import { defineMessages } from '../../i18n/messages.ts';

export const matchWizardMessages = defineMessages(
  {
    /** Announced to screen readers on every move. */
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    back: 'Back',
    next: 'Next',
    addSkill: 'Add another skill',
    mostSkills: (max: number) => `That is the most skills one match takes (${max}).`,
  },
  {
    stepOf: (n: number, total: number) => `चरण ${n} (${total} में से)`,
    back: 'पीछे',
    next: 'आगे',
    addSkill: 'एक और कौशल जोड़ें',
    mostSkills: (max: number) => `एक बार में इससे ज़्यादा कौशल नहीं जोड़ सकते (${max})।`,
  },
);
