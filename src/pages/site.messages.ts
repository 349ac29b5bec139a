/** Words of the site's edges: the HTML answer for an address with no page. */
import { defineMessages } from '../i18n/messages.ts';

export const siteMessages = defineMessages(
  {
    notFoundTitle: 'Not found · careerpath',
    notFoundDescription: 'Page not found',
    noPage: 'There is no page at this address.',
  },
  {
    notFoundTitle: 'पेज नहीं मिला · careerpath',
    notFoundDescription: 'पेज नहीं मिला',
    noPage: 'इस पते पर कोई पेज नहीं है।',
  },
);
