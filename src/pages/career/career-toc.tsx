/** The career page's table of contents: every section, with the computed ones after the section they follow. */
import { SECTIONS, type SectionKey } from '../../careers/section-copy.ts';
import { EXTRA_SECTIONS, type CareerExtras } from './career-extras.tsx';
import { PATHWAYS_SECTION } from './career-pathways.tsx';

/** Computed sections, listed after the section they follow on the page. */
type TocExtras = Partial<Record<SectionKey, Array<{ id: string; heading: string }>>>;

export function Toc({ title, extras = {} }: { title: string; extras?: TocExtras }) {
  const keys: SectionKey[] = [
    'overview',
    'salary',
    'skills',
    'education',
    'roadmap',
    'tasks',
    'tools',
    'jobTitles',
    'similar',
    'progression',
    'industries',
    'projects',
    'risks',
    'faqs',
    'explore',
  ];
  return (
    <nav class="toc" aria-label="On this page">
      <ul>
        {keys.map((k) => (
          <>
            <li>
              <a href={`#${SECTIONS[k].id}`}>{SECTIONS[k].heading(title)}</a>
            </li>
            {(extras[k] ?? []).map((x) => (
              <li>
                <a href={`#${x.id}`}>{x.heading}</a>
              </li>
            ))}
          </>
        ))}
      </ul>
    </nav>
  );
}

export function tocExtras(extras: CareerExtras | undefined): TocExtras {
  if (!extras) return {};
  return {
    education: [PATHWAYS_SECTION],
    ...(extras.onet ? { jobTitles: [EXTRA_SECTIONS.onet] } : {}),
    similar: [EXTRA_SECTIONS.computed],
    progression: [EXTRA_SECTIONS.transitions],
  };
}
