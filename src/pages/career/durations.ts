/** Durations in words of the page's language, figures from the data: "4–10 months", "about 5.5–7 years". */
import { formatRupees } from '../../i18n/numbers.ts';
import type { CareerMessages } from './career.messages.ts';

export type Range = { min: number; max: number };

const span = (r: Range, digits: (n: number) => string) => (r.min === r.max ? digits(r.min) : `${digits(r.min)}–${digits(r.max)}`);
const asYears = (n: number) => (n / 12).toFixed(n % 12 === 0 ? 0 : 1);

export const monthsText = (m: CareerMessages, r: Range) => m.months(span(r, String));
export const yearsText = (m: CareerMessages, r: Range) => m.about(span(r, asYears));
export const costText = (c: Range) => span(c, formatRupees);
