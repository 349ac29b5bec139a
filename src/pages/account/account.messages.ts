/**
 * Sign-up, log-in and guardian consent pages. Problems: English pages show the account
 * service's own words (as the API does); other languages translate the ones they know, by
 * field message or error code, and show any other in English.
 */
import type { ErrorCode } from '../../errors.ts';
import { defineMessages } from '../../i18n/messages.ts';

const HI_PROBLEMS: ReadonlyArray<readonly [RegExp, (found: RegExpExecArray) => string]> = [
  [/^is required$/, () => 'यह भरना ज़रूरी है'],
  [/^must be a year, e\.g\. \d+$/, () => 'साल अंकों में लिखें, जैसे 2007'],
  [/^must be at least (\d+) characters$/, (found) => `कम से कम ${found[1]} अक्षर का होना चाहिए`],
  [/^is one of the most common passwords/, () => 'यह बहुत आम पासवर्ड है; कोई और चुनें'],
  [/^repeats one or two characters/, () => 'इसमें एक-दो अक्षर ही बार-बार हैं; कोई और चुनें'],
  [/^must be a real year of birth/, () => 'जन्म का सही साल लिखें, जो कम से कम पाँच साल पहले का हो'],
  [/^is required under 18/, () => '18 साल से कम उम्र में ज़रूरी है: खाता खुलने से पहले माता-पिता या अभिभावक की सहमति चाहिए'],
  [/^must be the parent's or guardian's own address/, () => 'यह माता-पिता या अभिभावक का अपना ईमेल होना चाहिए, आपका नहीं'],
];

const HI_FORM_ERRORS: Partial<Record<ErrorCode, string>> = {
  UNAUTHORIZED: 'ईमेल या पासवर्ड ग़लत है।',
  RATE_LIMITED: 'बहुत बार ग़लत लॉग-इन हुआ; 15 मिनट बाद फिर कोशिश करें।',
  FORBIDDEN: 'यह खाता अभी माता-पिता या अभिभावक की सहमति का इंतज़ार कर रहा है; हमने उन्हें एक लिंक ईमेल किया है।',
  CONFLICT: 'इस ईमेल से खाता पहले से बना है; लॉग-इन करें।',
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + '.';

export const accountMessages = defineMessages(
  {
    signupTitle: 'Create an account',
    signupIntro: 'Save careers and tick off your plan. Without an account, they stay on this device only.',
    fixThis: 'Please fix this',
    haveAccount: 'Already have one? {}.',
    logInLink: 'Log in',
    whatWeStore: 'What we store and why',
    stop: '.',
    email: 'Email',
    password: 'Password',
    passwordHint: 'At least 10 characters; not a common password.',
    birthYear: 'Year of birth',
    birthYearHint: 'We ask the year only. Under 18 this year? A parent or guardian must agree.',
    guardianEmail: 'Parent’s or guardian’s email (if you are under 18)',
    guardianHint: 'We email them a link; your account opens when they agree.',
    createButton: 'Create my account',
    /** Fields as the problem list names them. */
    fields: { email: 'Email', password: 'Password', birthYear: 'Year of birth', guardianEmail: 'Parent’s or guardian’s email' } as Record<string, string>,
    loginTitle: 'Log in',
    loginFailed: 'Could not log you in',
    newHere: 'New here? {}.',
    createLink: 'Create an account',
    loginButton: 'Log in',
    waitingTitle: 'Waiting for your guardian',
    almostThere: 'Almost there',
    emailedGuardian: (email: string) => `We emailed your parent or guardian. Your account opens when they agree; then log in with ${email}.`,
    consentTitle: 'Agree to your child’s account',
    consentHeading: 'Agree to your child’s careerpath account',
    consentText:
      'careerpath keeps only what your child saves: careers and roadmap progress. It shows no advertising and does no tracking. You or your child can export or delete everything at any time.',
    readWhatWeStore: 'Read what we store',
    agree: 'I am the parent or guardian and I agree',
    thanks: 'Thank you',
    accountOpen: 'The account is open; your child can log in now.',
    linkInvalidTitle: 'Link not valid',
    linkInvalid: 'This link is not valid',
    linkMaybeUsed: 'It may have been used for an account that was since deleted.',
    /** A field's problem; `apiMessage` is the service's. A language returns it unchanged when it has no words for it. */
    problem: (apiMessage: string): string => apiMessage,
    /** A problem with the whole form (wrong password, too many tries), by error code. */
    formError: (_code: ErrorCode, apiMessage: string): string => sentence(apiMessage),
  },
  {
    signupTitle: 'खाता बनाएँ',
    signupIntro: 'करियर सहेजें और अपनी योजना के पूरे हुए कदमों पर निशान लगाएँ। बिना खाते के ये सिर्फ़ इसी डिवाइस पर रहते हैं।',
    fixThis: 'कृपया इसे ठीक करें',
    haveAccount: 'पहले से खाता है? {}।',
    logInLink: 'लॉग-इन करें',
    whatWeStore: 'हम क्या रखते हैं और क्यों',
    stop: '।',
    email: 'ईमेल',
    password: 'पासवर्ड',
    passwordHint: 'कम से कम 10 अक्षर; कोई आम पासवर्ड नहीं।',
    birthYear: 'जन्म का साल',
    birthYearHint: 'हम सिर्फ़ साल पूछते हैं। इस साल आपकी उम्र 18 से कम है? तो माता-पिता या अभिभावक की सहमति चाहिए।',
    guardianEmail: 'माता-पिता या अभिभावक का ईमेल (अगर आपकी उम्र 18 से कम है)',
    guardianHint: 'हम उन्हें एक लिंक ईमेल करेंगे; उनकी सहमति मिलते ही आपका खाता खुल जाएगा।',
    createButton: 'मेरा खाता बनाएँ',
    fields: { email: 'ईमेल', password: 'पासवर्ड', birthYear: 'जन्म का साल', guardianEmail: 'माता-पिता या अभिभावक का ईमेल' },
    loginTitle: 'लॉग-इन',
    loginFailed: 'लॉग-इन नहीं हो सका',
    newHere: 'पहली बार आए हैं? {}।',
    createLink: 'खाता बनाएँ',
    loginButton: 'लॉग-इन करें',
    waitingTitle: 'अभिभावक की सहमति का इंतज़ार',
    almostThere: 'बस एक कदम और',
    emailedGuardian: (email: string) => `हमने आपके माता-पिता या अभिभावक को ईमेल भेजा है। उनकी सहमति मिलते ही आपका खाता खुल जाएगा; फिर ${email} से लॉग-इन करें।`,
    consentTitle: 'अपने बच्चे के खाते के लिए सहमति दें',
    consentHeading: 'अपने बच्चे के careerpath खाते के लिए सहमति दें',
    consentText:
      'careerpath सिर्फ़ वही रखता है जो आपका बच्चा सहेजता है: करियर और रोडमैप में उसकी प्रगति। यहाँ कोई विज्ञापन नहीं है और कोई ट्रैकिंग नहीं होती। आप या आपका बच्चा कभी भी सारी जानकारी डाउनलोड कर सकते हैं या मिटा सकते हैं।',
    readWhatWeStore: 'पढ़ें कि हम क्या रखते हैं',
    agree: 'मैं माता-पिता या अभिभावक हूँ और सहमति देता/देती हूँ',
    thanks: 'धन्यवाद',
    accountOpen: 'खाता खुल गया है; आपका बच्चा अब लॉग-इन कर सकता है।',
    linkInvalidTitle: 'लिंक सही नहीं है',
    linkInvalid: 'यह लिंक सही नहीं है',
    linkMaybeUsed: 'हो सकता है यह लिंक किसी ऐसे खाते का हो जिसे बाद में मिटा दिया गया।',
    problem: (apiMessage: string) => {
      for (const [pattern, say] of HI_PROBLEMS) {
        const found = pattern.exec(apiMessage);
        if (found) return say(found);
      }
      return apiMessage;
    },
    formError: (code: ErrorCode, apiMessage: string) => HI_FORM_ERRORS[code] ?? sentence(apiMessage),
  },
);
