/**
 * The career page's in-page navigation: one sticky bar ("On this page") that opens into every
 * section, the computed ones after the section they follow. It folds so that on a phone it
 * costs one line of the screen; following a link opens the folded section it points at
 * (career-sections island; without JavaScript the section opens on a tap).
 */
import { type SectionKey } from '../../careers/section-copy.ts';
import { SECTIONS } from '../../careers/section-copy.ts';
import { useMessages } from '../locale-context.tsx';
import { careerMessages } from './career.messages.ts';
import { EXTRA_SECTIONS, type CareerExtras } from './career-extras.tsx';
import { PATHWAYS_SECTION } from './career-pathways.tsx';

/** Computed sections, listed after the section they follow on the page. */
type TocExtras = Partial<Record<SectionKey, Array<{ id: string; heading: keyof ReturnType<typeof headingsOf> }>>>;

const headingsOf = (m: (typeof careerMessages)['en']) => ({
  pathways: m.pathwaysHeading,
  onet: m.alsoKnownAs,
  computed: m.computedSimilarity,
  transitions: m.whereItLeads,
});

const ORDER: SectionKey[] = [
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

export function Toc({ title, extras = {} }: { title: string; extras?: TocExtras }) {
  const m = useMessages(careerMessages);
  const headings = headingsOf(m);
  return (
    <nav class="toc sticky-toc" aria-label={m.onThisPage}>
      <details>
        <summary>{m.onThisPage}</summary>
        <ul>
          {ORDER.map((k) => (
            <>
              <li>
                <a href={`#${SECTIONS[k].id}`}>{m.headings[k](title)}</a>
              </li>
              {(extras[k] ?? []).map((x) => (
                <li>
                  <a href={`#${x.id}`}>{headings[x.heading]}</a>
                </li>
              ))}
            </>
          ))}
        </ul>
      </details>
    </nav>
  );
}

export function tocExtras(extras: CareerExtras | undefined): TocExtras {
  if (!extras) return {};
  return {
    salary: [{ id: PATHWAYS_SECTION.id, heading: 'pathways' }],
    ...(extras.onet ? { jobTitles: [{ id: EXTRA_SECTIONS.onet.id, heading: 'onet' as const }] } : {}),
    similar: [{ id: EXTRA_SECTIONS.computed.id, heading: 'computed' }],
    progression: [{ id: EXTRA_SECTIONS.transitions.id, heading: 'transitions' }],
  };
}
