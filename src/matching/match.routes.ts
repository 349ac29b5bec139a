import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { CareerCatalog } from '../careers/career-catalog.ts';
import { invalid } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { INTEREST_ANSWERS, INTEREST_KINDS } from './interest-questions.ts';
import { MatchRequest, MatchResult } from './match.schema.ts';
import { matcherFor } from './matcher.ts';
import { DegreeList, InterestQuestionList, SkillList } from './vocabulary.schema.ts';

export interface MatchRoutesOptions {
  catalog: CareerCatalog;
}


export const matchRoutes: FastifyPluginAsyncTypebox<MatchRoutesOptions> = async (app, { catalog }) => {
  const matcher = matcherFor(catalog);

  app.post(
    '/api/v1/match',
    {
      schema: {
        tags: ['matching'],
        summary: 'Rank every career for a person',
        description:
          'Fit 0–100 per career from named parts (skills, education, interests, preferences), each with a score and a reason; ' +
          'missing skills by priority; a personal roadmap re-planned at the person\'s hours per week. Nothing is stored.',
        body: MatchRequest,
        response: { 200: MatchResult, ...problemResponses(400, 413, 415) },
      },
    },
    async (request, reply) => {
      const outcome = matcher.match(request.body);
      if ('errors' in outcome) throw invalid(outcome.errors.map((e) => `${e.field}: ${e.message}`).join('; '), outcome.errors);
      // personal answers: no shared cache may keep them
      reply.header('cache-control', 'no-store');
      return outcome.result;
    },
  );

  app.get(
    '/api/v1/vocabularies/degrees',
    {
      schema: {
        tags: ['matching'],
        summary: 'Degrees the matcher knows',
        description: 'Built from the catalog\'s education options. A match request\'s free-text degree is matched to the nearest entry.',
        response: { 200: DegreeList, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => {
      if (notModified(request, reply, `"${catalog.version}-degrees"`)) return reply;
      const items = matcher.degrees.entries.map(({ id, degree, level, careers }) => ({ id, degree, level, careers }));
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/v1/vocabularies/skills',
    {
      schema: {
        tags: ['matching'],
        summary: 'Skills the matcher knows',
        description: 'Every skill a career in the catalog names. Free text is matched with synonyms ("js") and typo tolerance.',
        response: { 200: SkillList, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => {
      if (notModified(request, reply, `"${catalog.version}-skills"`)) return reply;
      const items = matcher.skills.entries.map(({ id, name, careers }) => ({ id, name, careers }));
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/v1/vocabularies/interests',
    {
      schema: {
        tags: ['matching'],
        summary: 'The interest questions',
        description: 'One question per kind of work; answer yes, maybe or no in the match request\'s interests object.',
        response: { 200: InterestQuestionList, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => {
      if (notModified(request, reply, `"${catalog.version}-interests"`)) return reply;
      const items = INTEREST_KINDS.map(({ id, question }) => ({ id, question, answers: [...INTEREST_ANSWERS] }));
      return { items, total: items.length };
    },
  );
};
