/**
 * Figures in the Indian way in both languages: ₹ with lakh/crore grouping (₹1,20,000),
 * salaries in lakh a year. Digits stay Latin in Hindi too, as Hindi newspapers print them.
 */
import type { Locale } from './locale.ts';

const grouping = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });

/** ₹1,20,000 */
export const formatRupees = (n: number): string => `₹${grouping.format(n)}`;

/** "8.0", "1.55": one decimal as the seed pages print it, two when the figure has them (never rounded away). */
const lakh = (n: number) => (Math.abs(n * 10 - Math.round(n * 10)) < 1e-9 ? n.toFixed(1) : n.toFixed(2));

const PER_YEAR: Record<Locale, { range: (a: string, b: string) => string; from: (a: string) => string }> = {
  en: { range: (a, b) => `${a}-${b} LPA`, from: (a) => `${a} LPA+` },
  hi: { range: (a, b) => `${a}-${b} लाख/वर्ष`, from: (a) => `${a} लाख/वर्ष से अधिक` },
};

/** "3.5-6.0 LPA", "38.0 LPA+"; in Hindi "3.5-6.0 लाख/वर्ष". Without the ₹, which pages set in its own span. */
export function formatBand(minLpa: number, maxLpa: number | null, locale: Locale = 'en'): string {
  const words = PER_YEAR[locale];
  return maxLpa === null ? words.from(lakh(minLpa)) : words.range(lakh(minLpa), lakh(maxLpa));
}
