import { defineMessages } from '../i18n/messages.ts';

export const layoutMessages = defineMessages(
  {
    skip: 'Skip to content',
    mainNav: 'Main',
    careers: 'Careers',
    finder: 'Finder',
    compare: 'Compare',
    match: 'Match',
    titles: 'Job titles',
    api: 'API',
    mine: 'My careers',
    footer: 'careerpath is open source. Salary figures are estimates; each profile names its sources and review date.',
    privacy: 'Your data and privacy',
    /** The link to the same page in the other language, written in that language. */
    switchTo: 'हिन्दी में पढ़ें',
    switchLang: 'hi',
    ogLocale: 'en_IN',
    shareAlt: 'careerpath: career paths in India, with pay, exams, routes and skills',
  },
  {
    skip: 'मुख्य सामग्री पर जाएँ',
    mainNav: 'मुख्य',
    careers: 'करियर',
    finder: 'खोजें',
    compare: 'तुलना',
    match: 'मेरे लिए करियर',
    titles: 'पद के नाम',
    api: 'API',
    mine: 'मेरे करियर',
    footer: 'careerpath ओपन सोर्स है। वेतन के आँकड़े अनुमान हैं; हर प्रोफ़ाइल में उसके स्रोत और जाँच की तारीख़ दी गई है।',
    privacy: 'आपका डेटा और निजता',
    switchTo: 'Read in English',
    switchLang: 'en',
    ogLocale: 'hi_IN',
    shareAlt: 'careerpath: भारत में करियर के रास्ते, वेतन, परीक्षाएँ और हुनर',
  },
);
