import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { assetUrl } from './assets.ts';
import { jsonBlock } from './json-block.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. /careers/backend-developer */
  path: string;
  /** Structured data, serialised safely into a JSON-LD block. */
  jsonLd?: object;
  scripts?: string[];
}

let siteUrl = 'http://localhost:3000';

/** The origin of canonical URLs and JSON-LD (config PUBLIC_URL); set once when the app is built. */
export function setSiteUrl(url: string): void {
  siteUrl = url.replace(/\/+$/, '');
}

export const SITE_URL = (): string => siteUrl;

function Layout({ meta, children }: { meta: PageMeta; children: ComponentChildren }) {
  return (
    <html lang="en-IN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        <link rel="canonical" href={`${SITE_URL()}${meta.path}`} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <meta name="theme-color" content="#0b5394" />
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="careerpath" />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={`${SITE_URL()}${meta.path}`} />
        <meta property="og:locale" content="en_IN" />
        <meta name="twitter:card" content="summary" />
        <link rel="stylesheet" href={assetUrl('css')} />
        {meta.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonBlock(meta.jsonLd) }} /> : null}
        {(meta.scripts ?? []).map((src) => (
          <script type="module" src={src} key={src} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            careerpath
          </a>
          <nav aria-label="Main">
            <ul>
              <li>
                <a href="/">Careers</a>
              </li>
              <li>
                <a href="/finder">Finder</a>
              </li>
              <li>
                <a href="/compare">Compare</a>
              </li>
              <li>
                <a href="/match">Match</a>
              </li>
              <li>
                <a href="/titles">Job titles</a>
              </li>
              <li>
                <a href="/docs">API</a>
              </li>
              <li>
                <a href="/me">My careers</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>
            careerpath is open source. Salary figures are estimates; each profile names its sources and review date.{' '}
            <a href="/privacy">Your data and privacy</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}

export function renderPage(meta: PageMeta, body: ComponentChildren): string {
  return `<!doctype html>${render(<Layout meta={meta}>{body}</Layout>)}`;
}
