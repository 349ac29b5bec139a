/**
 * A career's words in the page's language: the translated field when the profile has one,
 * else the English field marked `lang: 'en'` so the page can tell screen readers (and
 * readers) which parts are still English. Figures never come from a translation.
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import type { Locale } from '../../i18n/locale.ts';

export interface Words {
  text: string;
  /** Set when the text is not in the page's language. */
  lang?: 'en';
}

type Prose = 'title' | 'summary' | 'description' | 'bestFitFor' | 'notBestFor';

export interface CareerWords {
  /** How much of the profile is in the page's language. */
  coverage: 'all' | 'part' | 'none';
  field(name: Prose | 'mainRole'): Words;
  faqs: { items: CareerProfile['faqs']; lang?: 'en' };
  pathwayTitle(id: string, english: string): Words;
  pathwayNote(id: string, english: string): Words;
  stage(pathwayId: string, stageId: string, english: { name: string; note?: string }): { name: Words; note?: Words };
}

const english = (text: string): Words => ({ text, lang: 'en' });

export function careerWords(p: CareerProfile, locale: Locale): CareerWords {
  if (locale === 'en') {
    return {
      coverage: 'all',
      field: (name) => ({ text: p[name] }),
      faqs: { items: p.faqs },
      pathwayTitle: (_id, text) => ({ text }),
      pathwayNote: (_id, text) => ({ text }),
      stage: (_p, _s, e) => ({ name: { text: e.name }, ...(e.note ? { note: { text: e.note } } : {}) }),
    };
  }
  const t = p.translations?.[locale];
  const pathways = new Map((t?.pathways ?? []).map((x) => [x.id, x]));
  return {
    coverage: t ? 'part' : 'none',
    field: (name) => {
      const translated = name === 'mainRole' ? undefined : t?.[name];
      return translated ? { text: translated } : english(p[name]);
    },
    faqs: t?.faqs?.length ? { items: t.faqs } : { items: p.faqs, lang: 'en' },
    pathwayTitle: (id, text) => {
      const x = pathways.get(id);
      return x ? { text: x.title } : english(text);
    },
    pathwayNote: (id, text) => {
      const note = pathways.get(id)?.note;
      return note ? { text: note } : english(text);
    },
    stage: (pathwayId, stageId, e) => {
      const x = pathways.get(pathwayId)?.stages?.find((s) => s.id === stageId);
      const name = x ? { text: x.name } : english(e.name);
      const note = e.note ? (x?.note ? { text: x.note } : english(e.note)) : undefined;
      return { name, ...(note ? { note } : {}) };
    },
  };
}
