/**
 * The route table: every plugin and the URL prefix it serves. Read this file to see the
 * whole product; `route-table.test.ts` snapshots the resulting method + path list.
 * Every plugin reads the catalog from the snapshot store on each request.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import type { AccountDeps } from '../accounts/account-deps.ts';
import { adminRoutes } from '../accounts/admin.routes.ts';
import { authRoutes } from '../accounts/auth.routes.ts';
import { meRoutes } from '../accounts/me.routes.ts';
import { careerRoutes } from '../careers/career.routes.ts';
import { editorialRoutes, type EditorialDeps } from '../editorial/editorial.routes.ts';
import { compareRoutes } from '../compare/compare.routes.ts';
import { finderRoutes } from '../finder/finder.routes.ts';
import { matchRoutes } from '../matching/match.routes.ts';
import { careerSimilarRoutes } from '../occupations/career-similar.routes.ts';
import { occupationRoutes } from '../occupations/occupation.routes.ts';
import { accountPageRoutes } from '../pages/account/account-page.routes.tsx';
import { mePageRoutes } from '../pages/account/me-page.routes.tsx';
import { editorPageRoutes } from '../pages/editor/editor-page.routes.tsx';
import { siteRoutes } from '../pages/site.routes.tsx';
import { apiDocsPageRoutes } from '../pages/docs/api-docs-page.routes.tsx';
import { titlesPageRoutes } from '../pages/titles/titles-page.routes.tsx';
import { careerPageRoutes } from '../pages/career/career-page.routes.tsx';
import { comparePageRoutes } from '../pages/compare/compare-page.routes.tsx';
import { finderPageRoutes } from '../pages/finder/finder-page.routes.tsx';
import { matchPageRoutes } from '../pages/match/match-page.routes.tsx';
import { occupationPageRoutes } from '../pages/occupation/occupation-page.routes.tsx';
import { titleRoutes } from '../titles/title.routes.ts';
import { transitionRoutes } from '../transitions/transition.routes.ts';
import { LOCALES, localePath, type Locale } from '../i18n/locale.ts';

type RoutePlugin = FastifyPluginAsync<{ store: SnapshotStore; accounts: AccountDeps; editorial: EditorialDeps; locale: Locale }>;

export const API_PREFIX = '/api/v1';

/**
 * GET routes whose answer is the same for everyone who asks, given the URL and the catalog
 * snapshot: kept rendered (or serialised) and compressed by `http/page-cache.ts`. A route
 * that shows who is signed in, a CSRF token or anything from a cookie must never be listed
 * (account, /me and editor pages are not). The /match page is listed for its empty form; its
 * results are sent with no-store, which the cache never keeps. Of the API, the finder and
 * compare answers are listed: pure functions of the query and the catalog.
 */
const SHARED_PAGE_PATHS = ['/', '/careers/:slug', '/categories/:slug', '/finder', '/compare', '/match', '/titles', '/occupations/:code'];

export const SHARED_PAGES: readonly string[] = [
  // every interface language's page: '/careers/:slug' and '/hi/careers/:slug'; '/' in Hindi is '/hi'
  ...LOCALES.flatMap((locale) => SHARED_PAGE_PATHS.map((path) => localePath(locale, path))),
  '/sitemap.xml',
  `${API_PREFIX}/careers`,
  `${API_PREFIX}/compare`,
];

/** [plugin, prefix, what it serves]. Order matters only for readability. */
export const ROUTE_TABLE: ReadonlyArray<readonly [RoutePlugin, string, string]> = [
  // public JSON API
  [finderRoutes as RoutePlugin, API_PREFIX, 'GET /careers: search, filters, facets, sort, paging'],
  [careerRoutes as RoutePlugin, API_PREFIX, 'GET /careers/:slug: one profile'],
  [careerSimilarRoutes as RoutePlugin, API_PREFIX, 'GET /careers/:slug/similar: computed and curated similar careers'],
  [transitionRoutes as RoutePlugin, API_PREFIX, 'GET /careers/:slug/transitions: where a career can lead'],
  [compareRoutes as RoutePlugin, API_PREFIX, 'GET /compare: two to four careers side by side'],
  [matchRoutes as RoutePlugin, API_PREFIX, 'POST /match, GET /vocabularies/*: personal fit'],
  [titleRoutes as RoutePlugin, API_PREFIX, 'GET /titles: job title to careers and occupations'],
  [occupationRoutes as RoutePlugin, API_PREFIX, 'GET /occupations…: O*NET reference data when imported'],
  [authRoutes as RoutePlugin, API_PREFIX, 'POST /auth/signup, /auth/login, /auth/logout, /auth/consent/:token'],
  [meRoutes as RoutePlugin, API_PREFIX, '/me…: the signed-in person’s account, saved careers, plans, import, export, delete'],
  [editorialRoutes as RoutePlugin, API_PREFIX, '/editorial…: drafts, review, publish, revisions, diff, restore, audit (authors, reviewers, admins)'],
  [adminRoutes as RoutePlugin, API_PREFIX, 'GET /admin/outbox: mail kept when no SMTP server is configured (admins)'],
  // English-only pages and the site's edges
  [siteRoutes as RoutePlugin, '', 'GET /robots.txt, /sitemap.xml, /favicon.svg, /manifest.webmanifest, /assets/:file'],
  [apiDocsPageRoutes as RoutePlugin, '', 'GET /docs: the API reference page (the OpenAPI document from app/api-docs.ts)'],
  [editorPageRoutes as RoutePlugin, '', '/editor…: queue, YAML editor, review with diff, publish, audit (authors, reviewers, admins)'],
];

/**
 * Server-rendered pages, served in every interface language: at the path shown for English
 * and under /hi for Hindi (src/i18n/locale.ts). Each plugin gets its `locale`.
 */
export const PAGE_TABLE: ReadonlyArray<readonly [RoutePlugin, string]> = [
  [careerPageRoutes as RoutePlugin, 'GET /, /careers/:slug, /categories/:slug'],
  [finderPageRoutes as RoutePlugin, 'GET /finder'],
  [comparePageRoutes as RoutePlugin, 'GET /compare'],
  [matchPageRoutes as RoutePlugin, 'GET /match'],
  [occupationPageRoutes as RoutePlugin, 'GET /occupations/:code'],
  [accountPageRoutes as RoutePlugin, '/signup, /login, /logout, /consent/:token, /privacy'],
  [mePageRoutes as RoutePlugin, '/me…: my careers, my plan, export, delete (signed in)'],
  [titlesPageRoutes as RoutePlugin, 'GET /titles: job title lookup'],
];
