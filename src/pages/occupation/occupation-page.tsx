/** An O*NET occupation's page: what it is, what it is called, its technology and tasks, similar occupations. */
import type { OccupationView } from '../../occupations/occupation-view.ts';
import type { SimilarOccupation } from '../../occupations/occupation-index.ts';
import { OnetAttribution } from '../onet-attribution.tsx';

export interface OccupationPageProps {
  view: OccupationView;
  similar: SimilarOccupation[];
  careers: Array<{ slug: string; title: string }>;
}

const JOB_ZONES = ['', 'little or no preparation', 'some preparation', 'medium preparation', 'considerable preparation', 'extensive preparation'];
const SHOWN = { titles: 30, technology: 30, tasks: 15, ratings: 8, similar: 10 } as const;

function Tags({ label, items }: { label: string; items: string[] }) {
  return (
    <ul class="facts" aria-label={label}>
      {items.map((t) => (
        <li>
          <span class="tag">{t}</span>
        </li>
      ))}
    </ul>
  );
}

export function OccupationPage({ view, similar, careers }: OccupationPageProps) {
  const titles = [...view.reportedTitles, ...view.alternateTitles];
  return (
    <article class="occupation">
      <header class="hero">
        <p class="crumbs">
          <a href="/">Careers</a> › Occupations (O*NET) › {view.code}
        </p>
        <h1>{view.title}</h1>
        <p class="summary">{view.description}</p>
        <ul class="facts" aria-label="Key facts">
          <li>
            <span class="tag">O*NET-SOC {view.code}</span>
          </li>
          {view.jobZone !== null ? (
            <li>
              <span class="tag">
                Job zone {view.jobZone}: {JOB_ZONES[view.jobZone]}
              </span>
            </li>
          ) : null}
        </ul>
      </header>
      {careers.length > 0 ? (
        <section aria-labelledby="careers-h">
          <h2 id="careers-h">Careers in India</h2>
          <ul class="actions">
            {careers.map((c) => (
              <li>
                <a class="button secondary" href={`/careers/${c.slug}`}>
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {titles.length > 0 ? (
        <section aria-labelledby="titles-h">
          <h2 id="titles-h">Also known as</h2>
          <Tags label="Other titles" items={titles.slice(0, SHOWN.titles)} />
          {titles.length > SHOWN.titles ? <p class="muted">and {titles.length - SHOWN.titles} more titles.</p> : null}
        </section>
      ) : null}
      {view.technology.length > 0 ? (
        <section aria-labelledby="technology-h">
          <h2 id="technology-h">Technology</h2>
          <Tags
            label="Technology"
            items={view.technology.slice(0, SHOWN.technology).map((t) => `${t.example}${t.inDemand ? ' · in demand' : t.hot ? ' · hot' : ''}`)}
          />
        </section>
      ) : null}
      {view.tasks.length > 0 ? (
        <section aria-labelledby="tasks-h">
          <h2 id="tasks-h">Tasks</h2>
          <ul>
            {view.tasks.slice(0, SHOWN.tasks).map((t) => (
              <li>{t.statement}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.skills.length > 0 || view.knowledge.length > 0 ? (
        <section aria-labelledby="ratings-h">
          <h2 id="ratings-h">Most important skills and knowledge</h2>
          <p class="intro">Importance on O*NET's 1–5 scale.</p>
          <div class="segments">
            {(
              [
                ['Skills', view.skills],
                ['Knowledge', view.knowledge],
              ] as const
            ).map(([label, list]) => (
              <div class="card">
                <h3>{label}</h3>
                <dl class="bands">
                  {list.slice(0, SHOWN.ratings).map((r) => (
                    <div>
                      <dt>{r.name}</dt>
                      <dd>{r.importance.toFixed(1)}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            ))}
          </div>
        </section>
      ) : null}
      {similar.length > 0 ? (
        <section aria-labelledby="similar-h">
          <h2 id="similar-h">Similar occupations</h2>
          <p class="intro">Computed from tasks, titles, knowledge, skills and technology (score 0–100).</p>
          <ul class="cards">
            {similar.slice(0, SHOWN.similar).map((s) => (
              <li class="card">
                <h3>
                  <a href={`/occupations/${s.code}`}>{s.title}</a>
                </h3>
                <p class="similarity">
                  <meter min={0} max={100} value={s.score} aria-hidden="true" /> score {Math.round(s.score)}
                </p>
                {s.shared.length > 0 ? (
                  <p>
                    <strong>Shared:</strong>{' '}
                    {s.shared
                      .slice(0, 4)
                      .map((f) => f.name)
                      .join(', ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <aside class="provenance-box">
        <OnetAttribution />
      </aside>
    </article>
  );
}

export function OnetMissingPage({ what }: { what: string }) {
  return (
    <section class="hero">
      <h1>Occupation not available</h1>
      <p>{what}</p>
      <p>
        <a href="/">See all careers</a> or <a href="/finder">search the finder</a>.
      </p>
    </section>
  );
}
