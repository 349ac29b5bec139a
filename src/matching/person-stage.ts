/**
 * Where a person stands (a pathway starting stage), from what they told us: the `stage` they
 * chose, or else the level and words of the degree their free text matched. Unsure means
 * null: eligibility then says it does not know, rather than guessing a stream.
 */
import type { StartStage } from '../careers/pathway.schema.ts';
import type { DegreeEntry, DegreeFacts } from './degree-vocabulary.ts';

export function stageFromDegree(entry: DegreeEntry, facts: DegreeFacts): StartStage | null {
  const level = entry.level.toLowerCase();
  const { subjects, tracks } = facts.tags;
  if (level === 'class 10') return 'class-10';
  if (level === 'class 12') {
    if (facts.tags.catchAll === 'class12') return 'class-12-any';
    if (subjects.has('health')) return 'class-12-science-pcb';
    if (subjects.has('maths')) return 'class-12-science-pcm';
    if (subjects.has('commerce')) return 'class-12-commerce';
    if (subjects.has('arts')) return 'class-12-arts';
    return null;
  }
  if (level === 'diploma') return 'diploma';
  if (level === 'certificate') return subjects.has('trade') ? 'iti' : null;
  if (level === 'postgraduate') return 'postgraduate';
  if (level === 'graduate' || level === 'engineering' || level === 'professional') {
    if (tracks.has('engineering')) return 'graduate-engineering';
    if (subjects.has('computing')) return 'graduate-computing';
    if (subjects.has('health')) return 'graduate-health';
    if (subjects.has('law')) return 'graduate-law';
    if (subjects.has('commerce')) return 'graduate-commerce';
    if (tracks.has('science')) return 'graduate-science';
    if (subjects.has('arts')) return 'graduate-arts';
    return 'graduate-any';
  }
  return null;
}
