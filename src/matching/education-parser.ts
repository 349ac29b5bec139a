/**
 * Education as people write it → where they stand (a pathway starting stage). Reads Class 10
 * and 12 with their boards' names (matric, SSLC, HSC, intermediate, +2, PUC), streams (PCM,
 * PCB, commerce, arts), ITI trades, polytechnic diplomas, degrees and integrated degrees,
 * professional stages (CA, CS, CMA levels), degrees in progress, and Hindi / Hinglish forms.
 *
 * Contract: it never maps one stream to another. When the text does not say (a bare "12th
 * pass", "graduate"), `stage` is null and `candidates` lists what it could mean, for the
 * person to choose; the matcher then answers "eligibility unknown" instead of guessing.
 */
import type { StartStage } from '../careers/pathway.schema.ts';
import { editDistance } from '../text/edit-distance.ts';
import { foldText } from '../text/normalize.ts';

export interface ParsedEducation {
  stage: StartStage | null;
  candidates: StartStage[];
  inProgress: boolean;
  /** A professional-course level reached, e.g. "CA Intermediate"; never a qualification not stated. */
  professional: string | null;
}

const STREAMS_12: StartStage[] = ['class-12-science-pcm', 'class-12-science-pcb', 'class-12-commerce', 'class-12-arts'];
const GRADUATE_FIELDS: StartStage[] = ['graduate-arts', 'graduate-commerce', 'graduate-science', 'graduate-computing', 'graduate-engineering'];

/** Spellings folded to one form first: dots and spaces inside degree names, Hindi numerals and words. */
function canonical(text: string): string {
  return ` ${foldText(text)
    .replace(/[()[\],/|:;]+/g, ' ')
    .replace(/\bd\.?\s?el\.?\s?ed\b/g, 'deled')
    .replace(/\b([a-z])\.(?=[a-z])/g, '$1')
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/\b(b|m)\s+(tech|sc|com|a|ed|pharm|des|arch|voc)\b/g, '$1$2')
    .replace(/\bbe\s*\/\s*btech\b/g, 'btech')
    .replace(/बी\.?\s*ए\.?/g, ' ba ')
    .replace(/बी\.?\s*कॉम/g, ' bcom ')
    .replace(/बी\.?\s*एस\.?\s*सी|बीएससी/g, ' bsc ')
    .replace(/बी\.?\s*टेक/g, ' btech ')
    .replace(/एम\.?\s*ए\.?/g, ' ma ')
    .replace(/आईटीआई/g, ' iti ')
    .replace(/पॉलिटेक्निक/g, ' polytechnic ')
    .replace(/डिप्लोमा/g, ' diploma ')
    .replace(/नर्सिंग/g, ' nursing ')
    .replace(/फाइनल\s*ईयर/g, ' final year ')
    .replace(/जीव\s*विज्ञान/g, ' biology ')
    .replace(/दसवीं|10\s*वीं|दसवी|हाई\s*स्कूल|मैट्रिक/g, ' 10th ')
    .replace(/बारहवीं|12\s*वीं|बारहवी|इंटर(मीडिएट)?/g, ' 12th ')
    .replace(/ग्रेजुएट|स्नातक|ग्रेजुएशन/g, ' graduate ')
    .replace(/पोस्ट\s*ग्रेजुएट|स्नातकोत्तर/g, ' postgraduate ')
    .replace(/विज्ञान/g, ' science ')
    .replace(/वाणिज्य|कॉमर्स/g, ' commerce ')
    .replace(/कला|आर्ट्स/g, ' arts ')
    .replace(/\s+/g, ' ')} `;
}

const has = (t: string, pattern: RegExp) => pattern.test(t);

/** Words people misspell in education; a word within the typo budget of one is read as it. */
const KEYWORDS = [
  'pursuing',
  'studying',
  'diploma',
  'commerce',
  'bachelor',
  'graduation',
  'graduate',
  'science',
  'polytechnic',
  'engineering',
  'nursing',
  'humanities',
  'intermediate',
  'matriculation',
  'biology',
  'mechanical',
  'electrical',
];

function spellKeywords(t: string): string {
  return t.replace(/[a-z]{5,}/g, (word) => {
    if (KEYWORDS.includes(word)) return word;
    const budget = word.length >= 8 ? 2 : 1;
    return KEYWORDS.find((k) => Math.abs(k.length - word.length) <= budget && editDistance(word, k, budget) <= budget) ?? word;
  });
}

const IN_PROGRESS =
  /\b(pursuing|persuing|studying|appearing|final year|last year|\d\s*(st|nd|rd|th)\s*(year|yr|sem(ester)?)|(first|second|third|fourth) year|currently in|doing|running)\b/;

function professional(t: string): string | null {
  const level = (course: string, names: Array<[RegExp, string]>) => {
    for (const [pattern, name] of names) if (has(t, pattern)) return `${course} ${name}`;
    return null;
  };
  return (
    level('CA', [
      [/\bca\s*final\b/, 'Intermediate'],
      [/\bca\s*(inter|intermediate|ipcc)\b/, 'Intermediate'],
      [/\bca\s*(foundation|cpt)\b/, 'Foundation'],
    ]) ??
    level('CS', [
      [/\bcs\s*(professional)\b/, 'Executive'],
      [/\bcs\s*executive\b/, 'Executive'],
      [/\b(cs\s*foundation|cseet)\b/, 'Foundation'],
    ]) ??
    level('CMA', [
      [/\bcma\s*final\b/, 'Intermediate'],
      [/\bcma\s*(inter|intermediate)\b/, 'Intermediate'],
      [/\bcma\s*foundation\b/, 'Foundation'],
    ])
  );
}

/** The Class 12 stream a text names, or null with the streams it could be. */
function stream12(t: string): { stage: StartStage | null; candidates: StartStage[] } {
  const pcmb = has(t, /\bpcmb\b/);
  if (pcmb) return { stage: null, candidates: ['class-12-science-pcm', 'class-12-science-pcb'] };
  if (has(t, /\b(pcb|bio|biology|medical|zoology|botany|bipc)\b/) && !has(t, /\bnon[ -]?medical\b/)) return { stage: 'class-12-science-pcb', candidates: [] };
  if (has(t, /\b(pcm|pcmc|pcmcs|non[ -]?medical|mpc)\b/) || (has(t, /\b(physics|science)\b/) && has(t, /\b(maths|mathematics|math)\b/)))
    return { stage: 'class-12-science-pcm', candidates: [] };
  if (has(t, /\b(commerce|com|accountancy|accounts|cec|mec)\b/)) return { stage: 'class-12-commerce', candidates: [] };
  if (has(t, /\b(arts|humanities|art|hec)\b/)) return { stage: 'class-12-arts', candidates: [] };
  if (has(t, /\bscience\b/)) return { stage: null, candidates: ['class-12-science-pcm', 'class-12-science-pcb'] };
  if (has(t, /\b(maths|mathematics|math)\b/)) return { stage: null, candidates: ['class-12-science-pcm', 'class-12-commerce', 'class-12-arts'] };
  if (has(t, /\beconomics\b/)) return { stage: null, candidates: ['class-12-commerce', 'class-12-arts'] };
  return { stage: null, candidates: STREAMS_12 };
}

/** A bachelor's or master's degree named in the text, most specific first. */
function degree(t: string): StartStage | 'graduate' | null {
  if (has(t, /\b(btech|be|bs)\s*\+?\s*(mtech|ms)\b|\bdual degree\b|\bintegrated\s*(msc|ma|mtech)\b|\bbs\s*-?\s*ms\b|\bbsms\b/)) return 'postgraduate';
  if (has(t, /\b(llb|ballb|bballb|bcomllb|law)\b/) && !has(t, /\bllm\b/)) return 'graduate-law';
  // "me" and "ms" are left out: in Hinglish "me" means "in" ("12th me hu")
  if (has(t, /\b(mba|msc|ma|mcom|mtech|mca|msw|phd|pgdm|llm|md|mds|mpharm|med|mphil|post ?graduat(e|ion)|pg)\b/)) return 'postgraduate';
  if (has(t, /\b(mbbs|bds|bams|bhms|bums|bpharm|bpt|bsc nursing|bscnursing|nursing|pharmd|bvsc|bmlt|optometry|bot)\b/)) return 'graduate-health';
  if (has(t, /\b(btech|be|engineering|barch)\b/)) return 'graduate-engineering';
  if (has(t, /\b(bca|bsc\s*(cs|it|computer\s*science|computers?)|computer science)\b/)) return 'graduate-computing';
  if (has(t, /\b(bcom|bba|bms|baf|bbm)\b/)) return 'graduate-commerce';
  if (has(t, /\b(bsc|bs)\b/)) return 'graduate-science';
  if (has(t, /\b(ba|bfa|bsw|bjmc|bed)\b/)) return 'graduate-arts';
  if (has(t, /\bbachelors?\s*(of)?\s*arts\b/)) return 'graduate-arts';
  if (has(t, /\b(graduate|graduation)\s*(in)?\s*commerce\b|\bbachelors?\s*(of)?\s*commerce\b/)) return 'graduate-commerce';
  if (has(t, /\bbachelors?\s*(of)?\s*science\b/)) return 'graduate-science';
  if (has(t, /\b(graduate|graduation|degree|bachelors?)\b/)) return 'graduate';
  return null;
}

export function parseEducation(text: string): ParsedEducation {
  const t = spellKeywords(canonical(text));
  const inProgress = has(t, IN_PROGRESS);
  const prof = professional(t);
  const result = (stage: StartStage | null, candidates: StartStage[] = []): ParsedEducation => ({ stage, candidates, inProgress, professional: prof });

  const diploma = has(t, /\b(diploma|polytechnic|dme|dce|dee|dece|gnm|anm|dmlt|deled|dpharm|dted|jbt)\b/);
  const deg = degree(t);
  // "Diploma in Civil Engineering" is a diploma; "B.Tech after diploma" is a degree
  const namedDegree = has(t, /\b(b|m)(tech|sc|com|a|pharm|ca|ba)\b|\b(mba|mca|mbbs|llb|phd)\b/);
  if (diploma && !namedDegree) return result('diploma');
  if (deg === 'graduate') return result(null, GRADUATE_FIELDS);
  if (deg) return result(deg);
  if (has(t, /\bworking\b|\bexperience\b|\bjob\b/)) return result('working-professional');
  if (prof) return result('class-12-commerce');
  if (has(t, /\b(iti|ncvt|scvt|itc)\b/)) return result('iti');
  if (has(t, /\b(icom)\b/)) return result('class-12-commerce');
  if (has(t, /\b(ia)\b/)) return result('class-12-arts');
  if (
    has(t, /\b(11|11th|xi|12|12th|xii|hsc|isc|intermediate|inter|plus two|puc|pu|senior secondary|higher secondary|12vi|barvi|12 th|isc|isc)\b/) ||
    has(t, /\+\s*2/)
  ) {
    const s = stream12(t);
    return result(s.stage, s.candidates);
  }
  if (has(t, /\b(10|10th|x|matric|matriculation|madhyamik|ssc|sslc|hslc|high school|secondary|icse|10vi|dasvi|10 th)\b/)) return result('class-10');
  return result(null);
}
