/** The job-title lookup page's words. */
import { defineMessages } from '../../i18n/messages.ts';

export const titlesMessages = defineMessages(
  {
    pageTitle: 'Job title lookup | careerpath',
    queryTitle: (q: string) => `“${q}”: which career is it? | careerpath`,
    description: 'Find the career a job title belongs to.',
    heading: 'What does this job title mean?',
    intro: 'Type a title from a job notice, an offer letter or a CV: we show the careers it belongs to.',
    label: 'Job title',
    /** Examples the lookup knows: titles are matched as written in notices, in English or Hinglish. */
    placeholder: 'e.g. LDC, SDE-1, staff nurse, lekhpal',
    button: 'Look up',
    found: (q: string, count: number) => `“${q}” is a title in ${count === 1 ? 'this career' : 'these careers'}`,
    notFound: (q: string) => `No career has the title “${q}”`,
    /** Before the title the query matched: "Matched “Lekhpal”". */
    matched: 'Matched',
    occupations: 'US occupations (O*NET, US data)',
    nearest: 'Browse the nearest categories instead:',
  },
  {
    pageTitle: 'पद का नाम किस करियर का है | careerpath',
    queryTitle: (q: string) => `“${q}”: यह किस करियर का पद है? | careerpath`,
    description: 'नौकरी के पद का नाम लिखें और जानें कि वह किस करियर का है।',
    heading: 'यह पद किस करियर का है?',
    intro: 'भर्ती के विज्ञापन, ऑफ़र लेटर या CV में लिखा पद का नाम लिखें: हम बताएँगे कि वह किस करियर से जुड़ा है।',
    label: 'पद का नाम',
    placeholder: 'जैसे LDC, SDE-1, staff nurse, lekhpal',
    button: 'पता करें',
    found: (q: string, count: number) => `“${q}” ${count === 1 ? 'इस करियर का पद है' : 'इन करियर का पद है'}`,
    notFound: (q: string) => `“${q}” नाम का पद किसी करियर में नहीं मिला`,
    matched: 'मेल खाया:',
    occupations: 'अमेरिका के पेशे (O*NET, अमेरिकी आँकड़े)',
    nearest: 'इसकी जगह ये मिलते-जुलते क्षेत्र देखें:',
  },
);
