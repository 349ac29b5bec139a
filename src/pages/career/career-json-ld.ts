import type { CareerProfile } from '../../careers/career.schema.ts';
import { BAND_LABELS } from '../../careers/section-copy.ts';

/** schema.org Occupation for search engines: salary in INR per year, India as the location. */
export function careerJsonLd(p: CareerProfile, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: p.title,
    description: p.summary,
    url,
    occupationLocation: { '@type': 'Country', name: 'India' },
    occupationalCategory: p.codes?.onet ?? p.category,
    estimatedSalary: p.salary.flatMap((s) =>
      s.bands.map((b) => ({
        '@type': 'MonetaryAmountDistribution',
        name: `${s.label} · ${BAND_LABELS[b.level]}`,
        currency: 'INR',
        duration: 'P1Y',
        minValue: Math.round(b.minLpa * 100000),
        ...(b.maxLpa === null ? {} : { maxValue: Math.round(b.maxLpa * 100000) }),
      })),
    ),
    skills: p.skills.map((s) => s.name).join(', '),
    educationRequirements: p.education.map((e) => ({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: e.degree,
      educationalLevel: e.level,
    })),
    experienceRequirements: {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: p.experience.minYears * 12,
    },
    responsibilities: p.tasks.map((t) => t.name),
    dateModified: p.provenance.reviewedAt,
  };
}
