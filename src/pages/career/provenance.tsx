import type { CareerProfile } from '../../careers/career.schema.ts';
import { useMessages } from '../locale-context.tsx';
import { careerMessages } from './career.messages.ts';

/** How fresh and how trustworthy the figures are: shown beside the salary and at the end. */
export function Provenance({ p, compact = false }: { p: CareerProfile; compact?: boolean }) {
  const m = useMessages(careerMessages);
  const { sources, reviewedAt, reviewedBy, revision } = p.provenance;
  if (compact) {
    return (
      <p class="provenance">
        {m.estimate} <time dateTime={reviewedAt}>{reviewedAt}</time> · <a href="#sources">{m.sourcesLink}</a>
      </p>
    );
  }
  return (
    <aside class="provenance-box" id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">{m.sourcesHeading}</h2>
      <p>
        {m.reviewedBy(revision, reviewedBy)} <time dateTime={reviewedAt}>{reviewedAt}</time>. {m.sourcesIntro}
      </p>
      <ul>
        {sources.map((s) => (
          <li>
            {s.url ? (
              <a href={s.url} rel="noopener nofollow">
                {s.name}
              </a>
            ) : (
              s.name
            )}
          </li>
        ))}
      </ul>
      {p.codes?.onet || p.codes?.isco ? (
        <p class="muted">
          {m.referenceCodes} {p.codes.onet ? `O*NET-SOC ${p.codes.onet}` : ''}
          {p.codes.onet && p.codes.isco ? ' · ' : ''}
          {p.codes.isco ? `ISCO-08 / NCO-2015 ${p.codes.isco}` : ''}
        </p>
      ) : null}
    </aside>
  );
}
