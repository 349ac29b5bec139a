import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { derived, type SnapshotStore } from '../catalog/snapshot.ts';
import { invalid } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { queryTag } from '../http/query-hygiene.ts';
import { ResponseCache, sendJson } from '../http/response-cache.ts';
import { INTEREST_ANSWERS, INTEREST_KINDS } from './interest-questions.ts';
import { MatchRequest, MatchResult } from './match.schema.ts';
import { matcherOf } from './matcher.ts';
import { DegreeList, InterestQuestionList, SkillList } from './vocabulary.schema.ts';

/**
 * Answers of one snapshot by request: the matcher is pure, so the same question gets the same
 * bytes (a form submitted again, the wizard's common first steps). Keyed by a hash of the
 * request, so no answer given is held as a key; answers stay in this process, are dropped
 * with their snapshot, and are never sent to a shared cache (no-store). ~110 KB an answer
 * with 20 careers, ~20 KB compressed: 16 MB holds about 120.
 */
const answersOf = derived(() => new ResponseCache(1000, 16 * 1024 * 1024, 'fresh'));

export const matchRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  app.post(
    '/match',
    {
      schema: {
        tags: ['matching'],
        summary: 'Rank every career for a person',
        description:
          'Fit 0–100 per career from named parts (skills, education, interests, preferences), each with a score and a reason; ' +
          "missing skills by priority; a personal roadmap re-planned at the person's hours per week. Nothing is written to disk or logged: " +
          'the answer to a question may stay in the serving process’s memory (at most 16 MB, about 120 answers, keyed by a hash of the question, ' +
          'dropped when the catalog changes) so the same question is answered at once; it is never sent to a shared cache.',
        body: MatchRequest,
        response: { 200: MatchResult, ...problemResponses(400, 413, 415) },
      },
    },
    async (request, reply) => {
      const snapshot = store.current();
      const body = answersOf(snapshot).get(queryTag(request.body), () => {
        // a limit past the catalog's size means the whole catalog (total says how many were ranked)
        const outcome = matcherOf(snapshot).match(request.body);
        if ('errors' in outcome) throw invalid(outcome.errors.map((e) => `${e.field}: ${e.message}`).join('; '), outcome.errors);
        // ~5 KB a career: JSON.stringify beats the schema serialiser (the typed result has
        // exactly the schema's fields; match.routes.test.ts checks)
        return JSON.stringify(outcome.result);
      });
      // personal answers: no shared cache may keep them
      reply.header('cache-control', 'no-store');
      return sendJson(reply, body);
    },
  );

  app.get(
    '/vocabularies/degrees',
    {
      schema: {
        tags: ['matching'],
        summary: 'Degrees the matcher knows',
        description: "Built from the catalog's education options. A match request's free-text degree is matched to the nearest entry.",
        response: { 200: DegreeList, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => {
      const snapshot = store.current();
      if (notModified(request, reply, `"${snapshot.version}-degrees"`)) return reply;
      const items = matcherOf(snapshot).degrees.entries.map(({ id, degree, level, careers }) => ({ id, degree, level, careers }));
      return { items, total: items.length };
    },
  );

  app.get(
    '/vocabularies/skills',
    {
      schema: {
        tags: ['matching'],
        summary: 'Skills the matcher knows',
        description: 'Every skill a career in the catalog names. Free text is matched with synonyms ("js") and typo tolerance.',
        response: { 200: SkillList, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => {
      const snapshot = store.current();
      if (notModified(request, reply, `"${snapshot.version}-skills"`)) return reply;
      const items = matcherOf(snapshot).skills.entries.map(({ id, name, careers }) => ({ id, name, careers }));
      return { items, total: items.length };
    },
  );

  app.get(
    '/vocabularies/interests',
    {
      schema: {
        tags: ['matching'],
        summary: 'The interest questions',
        description: "One question per kind of work; answer yes, maybe or no in the match request's interests object.",
        response: { 200: InterestQuestionList, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => {
      if (notModified(request, reply, `"${store.current().version}-interests"`)) return reply;
      const items = INTEREST_KINDS.map(({ id, question }) => ({ id, question, answers: [...INTEREST_ANSWERS] }));
      return { items, total: items.length };
    },
  );
};
