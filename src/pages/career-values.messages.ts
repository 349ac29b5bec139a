/**
 * Words for the fixed values careers are described by (demand, remote work, future scope, pay
 * levels and salary views) and for the finder's filters and sorts, shared by the finder and
 * compare pages. English keeps the words the API documents (src/finder/finder-options.ts).
 */
import { formatYears } from '../careers/section-copy.ts';
import { FACET_NAMES, SEGMENT_NAMES, SORT_NAMES } from '../finder/finder-options.ts';
import { defineMessages } from '../i18n/messages.ts';

export const valueMessages = defineMessages(
  {
    /** Demand and remote work: lower case, as the cards print them; lists capitalise. */
    threeStep: { high: 'high', medium: 'medium', low: 'low' },
    futureScope: { excellent: 'excellent', strong: 'strong', good: 'good', moderate: 'moderate', limited: 'limited' },
    level: { entry: 'Entry', mid: 'Mid', senior: 'Senior' },
    segment: SEGMENT_NAMES,
    sort: SORT_NAMES,
    facet: FACET_NAMES,
    years: (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`,
    yearsRange: formatYears,
    salaryFloor: (lpa: number) => `₹${lpa} LPA or more`,
  },
  {
    threeStep: { high: 'ज़्यादा', medium: 'मध्यम', low: 'कम' },
    futureScope: { excellent: 'बहुत अच्छी', strong: 'मज़बूत', good: 'अच्छी', moderate: 'ठीक-ठाक', limited: 'सीमित' },
    level: { entry: 'शुरुआती', mid: 'मध्य', senior: 'वरिष्ठ' },
    segment: {
      headline: 'ज़्यादातर लोगों की कमाई',
      'pan-india': 'पूरे भारत में',
      metro: 'महानगर / बड़ी कंपनियाँ',
      government: 'सरकारी नौकरी',
      private: 'प्राइवेट कंपनियाँ',
      'self-employed': 'अपना काम / अपनी प्रैक्टिस',
      abroad: 'विदेश में',
      remote: 'रिमोट / फ़्रीलांस',
    },
    sort: {
      relevance: 'सबसे सही मेल पहले',
      title: 'नाम (A–Z)',
      salary: 'वेतन (सबसे ज़्यादा पहले)',
      demand: 'माँग (सबसे ज़्यादा पहले)',
    },
    facet: {
      category: 'क्षेत्र',
      demand: 'माँग',
      remote: 'घर से काम (रिमोट)',
      futureScope: 'आगे की संभावना',
      experience: 'आपका अनुभव',
      minSalaryLpa: 'कम से कम वेतन',
      degree: 'आपकी डिग्री',
      skill: 'कौशल',
      industry: 'उद्योग',
    },
    years: (n: number) => `${n} वर्ष`,
    yearsRange: (min: number, max: number | null) => (max === null ? `${min} वर्ष या ज़्यादा` : `${min}-${max} वर्ष`),
    salaryFloor: (lpa: number) => `₹${lpa} लाख/वर्ष या ज़्यादा`,
  },
);

/** A value's words, or the value itself when the catalogue has none (a value added to the data before the words). */
export const wordFor = (words: Readonly<Record<string, string>>, value: string): string => words[value] ?? value;
