import { ONET_ATTRIBUTION, ONET_RELEASE } from '../onet/onet-types.ts';
import { englishLang } from './mixed-language.tsx';
import { useLocale } from './locale-context.tsx';

const DATABASE = `O*NET ${ONET_RELEASE} Database`;
const LICENCE = 'CC BY 4.0';

/**
 * The attribution O*NET requires (CC BY 4.0), word for word as `ONET_ATTRIBUTION`, with the
 * database and the licence linked. Shown on every page that shows O*NET data, and only there;
 * in English on every page (the licence's words), marked as English on a Hindi page.
 */
export function OnetAttribution() {
  const [before, rest] = ONET_ATTRIBUTION.split(DATABASE) as [string, string];
  const [middle, after] = rest.split(LICENCE) as [string, string];
  return (
    <p class="onet-attribution" lang={englishLang(useLocale())}>
      {before}
      <a href="https://www.onetcenter.org/database.html" rel="noopener">
        {DATABASE}
      </a>
      {middle}
      <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener license">
        {LICENCE}
      </a>
      {after}
    </p>
  );
}
