/**
 * The /match page around the form and results: titles, the introduction, and the names and
 * problems of the answers. English pages show a problem as the validator words it (as the API
 * does); other languages say the field's rule in their own words, chosen by the field.
 */
import { defineMessages } from '../../i18n/messages.ts';
import type { FieldKey } from './match-query.ts';

type Labels = Record<Exclude<FieldKey, 'skill' | 'level'>, string>;

/** Said after the field's name in the list of fixes, so they do not repeat it. */
const HI_PROBLEMS: Record<FieldKey, string> = {
  degree: '120 अक्षरों के अंदर लिखें।',
  stage: 'सूची में से कोई एक चुनें।',
  age: '10 से 70 के बीच, पूरे सालों में लिखें।',
  category: 'सूची में से कोई एक चुनें।',
  skill: 'नाम 80 अक्षरों के अंदर लिखें।',
  level: 'स्तर चुनें: शुरुआती, मध्यम या उन्नत।',
  skills: 'एक बार में 50 से ज़्यादा कौशल नहीं लिए जाते।',
  interests: '“हाँ”, “पक्का नहीं” या “नहीं” में से एक चुनें।',
  remote: 'दिए गए जवाबों में से एक चुनें।',
  segment: 'सूची में से कोई एक चुनें।',
  target: '0 से 500 के बीच कोई संख्या लिखें (लाख रुपये सालाना), जैसे 6।',
  years: '0 से 50 के बीच कोई संख्या लिखें।',
  hours: '1 से 100 के बीच कोई संख्या लिखें।',
  current: 'सूची में से कोई करियर चुनें, या खाली छोड़ दें।',
  other: 'यह जवाब ठीक नहीं है; इसे फिर से देखें।',
};

export const matchPageMessages = defineMessages(
  {
    title: 'Which career fits you? Personal career match | careerpath',
    resultTitle: 'Your career matches | careerpath',
    description: 'Tell us your degree, skills, interests and preferences; see which careers fit you, why, what to learn and how long it takes.',
    heading: 'Which career fits you?',
    summary:
      'Your degree, skills, interests and preferences against every career: a fit score with its reasons, the skills you are missing and a roadmap that skips what you already know.',
    fixHeading: 'Some answers need a fix',
    tellUs: 'Tell us about you',
    changeAnswers: 'Change your answers',
    /** Said on translated pages above results whose explanations come in English; empty in English. */
    englishNote: '',
    labels: {
      degree: 'Degree',
      stage: 'Where you stand',
      age: 'Age',
      category: 'Category',
      skills: 'Skills',
      interests: 'Interest questions',
      remote: 'Remote work',
      segment: 'Where you want to work',
      target: 'Target salary',
      years: 'Years of experience',
      hours: 'Hours a week',
      current: 'Current career',
      other: 'Your answers',
    } satisfies Labels,
    problem: (_key: FieldKey, apiMessage: string): string => apiMessage,
    /** The degree matched nothing: `nearest` are the closest degrees we know (maybe none). */
    unknownDegree: (_input: string, _nearest: readonly string[], apiMessage: string): string => apiMessage,
  },
  {
    title: 'आपके लिए कौन-सा करियर सही है? अपना करियर मिलान | careerpath',
    resultTitle: 'आपके लिए करियर | careerpath',
    description: 'अपनी डिग्री, कौशल, रुचियाँ और पसंद बताइए; देखिए कौन-से करियर आप पर जमते हैं, क्यों, क्या सीखना है और उसमें कितना समय लगेगा।',
    heading: 'आपके लिए कौन-सा करियर सही है?',
    summary:
      'आपकी डिग्री, कौशल, रुचियों और पसंद को हर करियर से मिलाकर: मेल का अंक और उसके कारण, कौन-से कौशल अभी कम हैं, और एक रोडमैप जिसमें वह छोड़ दिया जाता है जो आप पहले से जानते हैं।',
    fixHeading: 'कुछ जवाब ठीक करने हैं',
    tellUs: 'अपने बारे में बताइए',
    changeAnswers: 'अपने जवाब बदलें',
    englishNote: 'करियर के नाम, मेल के कारण और रोडमैप के कदम अभी अंग्रेज़ी में हैं; उनका हिंदी अनुवाद धीरे-धीरे जोड़ा जा रहा है।',
    labels: {
      degree: 'डिग्री',
      stage: 'आप अभी कहाँ हैं',
      age: 'उम्र',
      category: 'श्रेणी',
      skills: 'कौशल',
      interests: 'रुचि के सवाल',
      remote: 'घर से (रिमोट) काम',
      segment: 'आप कहाँ काम करना चाहते हैं',
      target: 'लक्ष्य वेतन',
      years: 'काम का अनुभव',
      hours: 'हर हफ़्ते घंटे',
      current: 'अभी का करियर',
      other: 'आपके जवाब',
    },
    problem: (key: FieldKey) => HI_PROBLEMS[key],
    unknownDegree: (input: string, nearest: readonly string[]) =>
      `“${input}” हमारी सूची की किसी डिग्री से मेल नहीं खाता।` +
      (nearest.length ? ` सबसे क़रीबी: ${nearest.join('; ')}।` : ' सूची में से कोई डिग्री चुनें, या अंग्रेज़ी में लिखें, जैसे BA, B.Com।'),
  },
);
