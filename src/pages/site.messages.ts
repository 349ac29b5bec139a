/** Words of the site's edges: the HTML answer for an address with no page, or a method it does not take. */
import { defineMessages } from '../i18n/messages.ts';

export const siteMessages = defineMessages(
  {
    404: { title: 'Not found', heading: 'Page not found' },
    405: { title: 'Method not allowed', heading: 'Not possible here' },
    501: { title: 'Not implemented', heading: 'Not possible here' },
    noPage: 'There is no page at this address.',
    notAllowed: (method: string, allow: string) => `This address does not accept ${method} requests (only ${allow}).`,
    notImplemented: (method: string) => `This site does not understand ${method} requests.`,
  },
  {
    404: { title: 'पेज नहीं मिला', heading: 'यह पेज नहीं मिला' },
    405: { title: 'यह तरीका यहाँ नहीं चलता', heading: 'यहाँ यह संभव नहीं' },
    501: { title: 'यह तरीका उपलब्ध नहीं', heading: 'यहाँ यह संभव नहीं' },
    noPage: 'इस पते पर कोई पेज नहीं है।',
    notAllowed: (method: string, allow: string) => `यह पता ${method} अनुरोध नहीं लेता (सिर्फ़ ${allow})।`,
    notImplemented: (method: string) => `यह साइट ${method} अनुरोध नहीं समझती।`,
  },
);
