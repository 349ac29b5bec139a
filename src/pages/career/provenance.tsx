import type { CareerProfile } from '../../careers/career.schema.ts';

/** How fresh and how trustworthy the figures are: shown beside the salary and at the end. */
export function Provenance({ p, compact = false }: { p: CareerProfile; compact?: boolean }) {
  const { sources, reviewedAt, reviewedBy, revision } = p.provenance;
  if (compact) {
    return (
      <p class="provenance">
        Estimate · reviewed <time dateTime={reviewedAt}>{reviewedAt}</time> · <a href="#sources">sources</a>
      </p>
    );
  }
  return (
    <aside class="provenance-box" id="sources" aria-labelledby="sources-h">
      <h2 id="sources-h">Sources and review</h2>
      <p>
        Revision {revision} · reviewed by {reviewedBy} on <time dateTime={reviewedAt}>{reviewedAt}</time>. Salary figures are estimates based on:
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
          Reference codes: {p.codes.onet ? `O*NET-SOC ${p.codes.onet}` : ''}
          {p.codes.onet && p.codes.isco ? ' · ' : ''}
          {p.codes.isco ? `ISCO-08 / NCO-2015 ${p.codes.isco}` : ''}
        </p>
      ) : null}
    </aside>
  );
}
