import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { assetUrl } from './assets.ts';
import { jsonBlock } from './json-block.ts';
import { LANGUAGE_TAGS, LOCALES, localePath, type Locale } from '../i18n/locale.ts';
import { layoutMessages } from './layout.messages.ts';
import { LocaleContext } from './locale-context.tsx';

export interface PageMeta {
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. /careers/backend-developer */
  path: string;
  /** Structured data, serialised safely into a JSON-LD block. */
  jsonLd?: object;
  scripts?: string[];
  /**
   * The page exists in every interface language (hreflang alternates, a language switch).
   * False for pages served in English only (the editor). Default true.
   */
  translated?: boolean;
  /** Path of the link-preview picture (1200×630 PNG) and its words; the site's picture when absent. */
  image?: { path: string; alt: string };
  /** Path with query of this exact view, for the language switch (default `path`): a finder search stays the same search. */
  switchPath?: string;
}

let siteUrl = 'http://localhost:3000';

/** The origin of canonical URLs and JSON-LD (config PUBLIC_URL); set once when the app is built. */
export function setSiteUrl(url: string): void {
  siteUrl = url.replace(/\/+$/, '');
}

export const SITE_URL = (): string => siteUrl;

function Layout({ meta, locale, children }: { meta: PageMeta; locale: Locale; children: ComponentChildren }) {
  const m = layoutMessages[locale];
  const href = (path: string) => localePath(locale, path);
  const translated = meta.translated !== false;
  const other = m.switchLang as Locale;
  return (
    <html lang={LANGUAGE_TAGS[locale]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        <link rel="canonical" href={`${SITE_URL()}${href(meta.path)}`} />
        {translated ? LOCALES.map((l) => <link rel="alternate" hrefLang={LANGUAGE_TAGS[l]} href={`${SITE_URL()}${localePath(l, meta.path)}`} key={l} />) : null}
        {translated ? <link rel="alternate" hrefLang="x-default" href={`${SITE_URL()}${meta.path}`} /> : null}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <meta name="theme-color" content="#0b5394" />
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="careerpath" />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={`${SITE_URL()}${href(meta.path)}`} />
        <meta property="og:locale" content={m.ogLocale} />
        <meta property="og:image" content={`${SITE_URL()}${meta.image?.path ?? '/share.png'}`} />
        <meta property="og:image:type" content="image/png" />
        <meta property="og:image:width" content="1200" />
        <meta property="og:image:height" content="630" />
        <meta property="og:image:alt" content={meta.image?.alt ?? m.shareAlt} />
        <meta name="twitter:card" content="summary_large_image" />
        <link rel="stylesheet" href={assetUrl('css')} />
        {meta.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonBlock(meta.jsonLd) }} /> : null}
        {(meta.scripts ?? []).map((src) => (
          <script type="module" src={src} key={src} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {m.skip}
        </a>
        <header class="site-header">
          <a class="brand" href={href('/')}>
            careerpath
          </a>
          <nav aria-label={m.mainNav}>
            <ul>
              <li>
                <a href={href('/')}>{m.careers}</a>
              </li>
              <li>
                <a href={href('/finder')}>{m.finder}</a>
              </li>
              <li>
                <a href={href('/compare')}>{m.compare}</a>
              </li>
              <li>
                <a href={href('/match')}>{m.match}</a>
              </li>
              <li>
                <a href={href('/titles')}>{m.titles}</a>
              </li>
              <li>
                <a href="/docs">{m.api}</a>
              </li>
              <li>
                <a href={href('/me')}>{m.mine}</a>
              </li>
              {translated ? (
                <li>
                  <a href={localePath(other, meta.switchPath ?? meta.path)} hrefLang={LANGUAGE_TAGS[other]} lang={LANGUAGE_TAGS[other]} class="lang-switch">
                    {m.switchTo}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>
            {m.footer} <a href={href('/privacy')}>{m.privacy}</a>
            {m.fullStop}
          </p>
        </footer>
      </body>
    </html>
  );
}

/** A whole HTML page in `locale`: every component below reads the language from context. */
export function renderPage(meta: PageMeta, body: ComponentChildren, locale: Locale = 'en'): string {
  return `<!doctype html>${render(
    <LocaleContext.Provider value={locale}>
      <Layout meta={meta} locale={locale}>
        {body}
      </Layout>
    </LocaleContext.Provider>,
  )}`;
}
