/**
 * The /match results: what the matcher understood, then the top careers (match-career.tsx).
 * Names and the matcher's notes are English; on other pages they carry lang="en".
 */
import type { StartStage } from '../../careers/pathway.schema.ts';
import { INTEREST_KINDS } from '../../matching/interest-questions.ts';
import type { MatchResult } from '../../matching/match.schema.ts';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { English, englishLang } from '../mixed-language.tsx';
import { stageMessages } from '../stage.messages.ts';
import { CareerResult, type CareerLookup } from './match-career.tsx';
import { matchPageMessages } from './match-page.messages.ts';
import { matchResultsMessages } from './match-results.messages.ts';
import { skillLevelMessages, wordOf } from './skill-level.messages.ts';

/** Where the person stands, as read; when the words could mean several stages, a link for each to choose from. */
function Stage({ understood, stageUrl }: { understood: MatchResult['understood']; stageUrl: (stage: StartStage) => string }) {
  const m = useMessages(matchResultsMessages);
  const stages = useMessages(stageMessages);
  const href = useHref();
  const { stage, stageCandidates, degree } = understood;
  if (stage) {
    return (
      <li>
        {m.stand} <strong>{stages[stage.value]}</strong>
        {stage.how === 'degree' ? m.fromEducation : ''}
      </li>
    );
  }
  if (stageCandidates.length === 0) return <li>{m.standUnknown}</li>;
  return (
    <li class="mp-candidates">
      {degree ? m.couldMean(degree.input) : m.educationCouldMean} {m.whichOne}{' '}
      <ul>
        {stageCandidates.map((c) => (
          <li>
            <a href={href(stageUrl(c))}>{stages[c]}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}

function Understood({ understood, note, stageUrl }: { understood: MatchResult['understood']; note: string; stageUrl: (stage: StartStage) => string }) {
  const m = useMessages(matchResultsMessages);
  const levels = useMessages(skillLevelMessages).levels;
  const { degree, skills, unmatchedSkills } = understood;
  return (
    <div class="mp-understood">
      <h3>{m.understood}</h3>
      <ul>
        {degree ? (
          <li>
            {m.education}{' '}
            <strong>
              <English>{degree.degree}</English>
            </strong>
            {degree.how === 'exact' ? '' : m.nearestTo(degree.input)}
          </li>
        ) : (
          <li>{m.educationNone}</li>
        )}
        <Stage understood={understood} stageUrl={stageUrl} />
        <li>
          {m.skills}{' '}
          {skills.length === 0
            ? m.skillsNone
            : skills.map((s, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <strong>
                    <English>{s.name}</English>
                  </strong>{' '}
                  ({wordOf(levels, s.level)}){s.how === 'exact' ? '' : m.skillFrom(s.input)}
                </>
              ))}
        </li>
        {unmatchedSkills.length > 0 ? (
          <li class="mp-unmatched">
            {m.unmatched}{' '}
            {unmatchedSkills.map((u, i) => (
              <>
                {i > 0 ? '; ' : ''}“{u.input}”{u.suggestions.length ? m.didYouMean(u.suggestions.join(', ')) : ''}
              </>
            ))}
          </li>
        ) : null}
        <li>{m.interestsAnswered(understood.interestsAnswered, INTEREST_KINDS.length)}</li>
      </ul>
      <p class="muted" lang={englishLang(useLocale())}>
        {note}
      </p>
    </div>
  );
}

export function MatchResults(props: { result: MatchResult; shareUrl: string; stageUrl: (stage: StartStage) => string; career: CareerLookup }) {
  const { result, shareUrl, stageUrl, career } = props;
  const m = useMessages(matchResultsMessages);
  const note = useMessages(matchPageMessages).englishNote;
  const href = useHref();
  return (
    <section class="mp-results" aria-labelledby="results-h">
      <h2 id="results-h" tabIndex={-1}>
        {m.heading}
      </h2>
      <p>
        {m.topOf(result.careers.length, result.total)} <a href={href(shareUrl)}>{m.shareLink}</a>
        {m.shareNote}
      </p>
      {note ? <p class="muted">{note}</p> : null}
      <Understood understood={result.understood} note={result.assumptions.note} stageUrl={stageUrl} />
      <p id="my-plan-status" role="status" aria-live="polite" />
      <ol class="mp-list">
        {result.careers.map((c, i) => (
          <li>
            <CareerResult c={c} open={i === 0} career={career} />
          </li>
        ))}
      </ol>
    </section>
  );
}
