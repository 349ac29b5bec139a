/** What the share pictures say: the site's, and each career's (its field and the headline entry pay). */
import type { CareerProfile } from '../../careers/career.schema.ts';
import { formatBand } from '../../i18n/numbers.ts';
import { shareImage } from './share-image.ts';

let site: Buffer | undefined;

export function siteShareImage(): Buffer {
  site ??= shareImage({ title: 'Career paths in India', kicker: 'Pay, exams, routes, skills', highlight: 'After 10th, 12th, ITI or a degree' });
  return site;
}

export function careerShareImage(p: CareerProfile): Buffer {
  const segment = p.salary.find((s) => s.headline) ?? p.salary[0];
  const entry = segment?.bands.find((b) => b.level === 'entry');
  return shareImage({
    title: p.title,
    kicker: `${p.category} career in India`,
    ...(entry ? { highlight: `Entry pay ₹${formatBand(entry.minLpa, entry.maxLpa)}` } : {}),
  });
}

/** The words of a career's picture, for og:image:alt. */
export function careerShareAlt(p: CareerProfile): string {
  const segment = p.salary.find((s) => s.headline) ?? p.salary[0];
  const entry = segment?.bands.find((b) => b.level === 'entry');
  return `${p.title}: ${p.category} career in India${entry ? `, entry pay ₹${formatBand(entry.minLpa, entry.maxLpa)}` : ''}`;
}
