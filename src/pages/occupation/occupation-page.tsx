/** An O*NET occupation's page: what it is, what it is called, its technology and tasks, similar occupations. O*NET's text is English, marked so on a Hindi page. */
import type { OccupationView } from '../../occupations/occupation-view.ts';
import type { SimilarOccupation } from '../../occupations/occupation-index.ts';
import { CareerText, type CareerWords } from '../content-words.tsx';
import { English, englishLang } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { OnetAttribution } from '../onet-attribution.tsx';
import { occupationMessages } from './occupation.messages.ts';

export interface OccupationPageProps {
  view: OccupationView;
  similar: SimilarOccupation[];
  careers: Array<{ slug: string; title: string }>;
  words: CareerWords;
}

const SHOWN = { titles: 30, technology: 30, tasks: 15, ratings: 8, similar: 10 } as const;

/** O*NET's words as tags, each with an optional note in the page's language (" · in demand"). */
function Tags({ label, items, notes = [] }: { label: string; items: string[]; notes?: string[] }) {
  return (
    <ul class="facts" aria-label={label}>
      {items.map((t, i) => (
        <li>
          <span class="tag">
            <English>{t}</English>
            {notes[i] ?? ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Ratings({ view }: { view: OccupationView }) {
  const m = useMessages(occupationMessages);
  const content = englishLang(useLocale());
  return (
    <section aria-labelledby="ratings-h">
      <h2 id="ratings-h">{m.ratings}</h2>
      <p class="intro">{m.ratingsIntro}</p>
      <div class="segments">
        {(
          [
            [m.skills, view.skills],
            [m.knowledge, view.knowledge],
          ] as const
        ).map(([label, list]) => (
          <div class="card">
            <h3>{label}</h3>
            <dl class="bands">
              {list.slice(0, SHOWN.ratings).map((r) => (
                <div>
                  <dt lang={content}>{r.name}</dt>
                  <dd>{r.importance.toFixed(1)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}

function Similar({ similar }: { similar: SimilarOccupation[] }) {
  const m = useMessages(occupationMessages);
  const href = useHref();
  return (
    <section aria-labelledby="similar-h">
      <h2 id="similar-h">{m.similar}</h2>
      <p class="intro">{m.similarIntro}</p>
      <ul class="cards">
        {similar.slice(0, SHOWN.similar).map((s) => (
          <li class="card">
            <h3>
              <a href={href(`/occupations/${s.code}`)}>
                <English>{s.title}</English>
              </a>
            </h3>
            <p class="similarity">
              <meter min={0} max={100} value={s.score} aria-hidden="true" /> {m.score(Math.round(s.score))}
            </p>
            {s.shared.length > 0 ? (
              <p>
                <strong>{m.shared}</strong>{' '}
                <English>
                  {s.shared
                    .slice(0, 4)
                    .map((f) => f.name)
                    .join(', ')}
                </English>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OccupationPage({ view, similar, careers, words }: OccupationPageProps) {
  const m = useMessages(occupationMessages);
  const href = useHref();
  const content = englishLang(useLocale());
  const titles = [...view.reportedTitles, ...view.alternateTitles];
  const technology = view.technology.slice(0, SHOWN.technology);
  return (
    <article class="occupation">
      <header class="hero">
        <p class="crumbs">
          <a href={href('/')}>{m.careers}</a> › {m.occupations} › {view.code}
        </p>
        <h1 lang={content}>{view.title}</h1>
        <p class="summary" lang={content}>
          {view.description}
        </p>
        <ul class="facts" aria-label={m.keyFacts}>
          <li>
            <span class="tag">O*NET-SOC {view.code}</span>
          </li>
          {view.jobZone !== null ? (
            <li>
              <span class="tag">{m.jobZone(view.jobZone)}</span>
            </li>
          ) : null}
        </ul>
      </header>
      {careers.length > 0 ? (
        <section aria-labelledby="careers-h">
          <h2 id="careers-h">{m.inIndia}</h2>
          <ul class="actions">
            {careers.map((c) => (
              <li>
                <a class="button secondary" href={href(`/careers/${c.slug}`)}>
                  <CareerText slug={c.slug} english={c.title} words={words} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {titles.length > 0 ? (
        <section aria-labelledby="titles-h">
          <h2 id="titles-h">{m.alsoKnownAs}</h2>
          <Tags label={m.otherTitles} items={titles.slice(0, SHOWN.titles)} />
          {titles.length > SHOWN.titles ? <p class="muted">{m.moreTitles(titles.length - SHOWN.titles)}</p> : null}
        </section>
      ) : null}
      {view.technology.length > 0 ? (
        <section aria-labelledby="technology-h">
          <h2 id="technology-h">{m.technology}</h2>
          <Tags label={m.technology} items={technology.map((t) => t.example)} notes={technology.map((t) => (t.inDemand ? m.inDemand : t.hot ? m.hot : ''))} />
        </section>
      ) : null}
      {view.tasks.length > 0 ? (
        <section aria-labelledby="tasks-h">
          <h2 id="tasks-h">{m.tasks}</h2>
          <ul lang={content}>
            {view.tasks.slice(0, SHOWN.tasks).map((t) => (
              <li>{t.statement}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.skills.length > 0 || view.knowledge.length > 0 ? <Ratings view={view} /> : null}
      {similar.length > 0 ? <Similar similar={similar} /> : null}
      <aside class="provenance-box">
        {m.usData ? <p>{m.usData}</p> : null}
        <OnetAttribution />
      </aside>
    </article>
  );
}

export function OnetMissingPage({ what }: { what: string }) {
  const m = useMessages(occupationMessages);
  const href = useHref();
  return (
    <section class="hero">
      <h1>{m.missingHeading}</h1>
      <p>{what}</p>
      <p>
        <a href={href('/')}>{m.seeAll}</a>
        {m.or}
        <a href={href('/finder')}>{m.searchFinder}</a>
        {m.end}
      </p>
    </section>
  );
}
