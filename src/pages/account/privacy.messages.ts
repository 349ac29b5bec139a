/** The privacy notice (DPDP Act 2023) in plain words: keep every language saying the same. `{}` marks a link. */
import { defineMessages } from '../../i18n/messages.ts';

export const privacyMessages = defineMessages(
  {
    title: 'Your data and privacy | careerpath',
    description: 'What careerpath stores, why, for how long, and how to export or delete it.',
    heading: 'Your data and privacy',
    storeHeading: 'What we store',
    store: [
      'Without an account: nothing. Careers you save and steps you tick stay in your browser on this device.',
      'With an account: your email, a scrambled form of your password (never the password itself), your year of birth, your role, the careers you save, the status of each plan step, your log-in sessions and a list of what you did with your account (signed up, logged in, exported).',
      'If you are under 18: your parent’s or guardian’s email, and when they agreed.',
      'The matcher’s answers are worked out when you ask and are not stored.',
    ],
    neverHeading: 'What we never do',
    never: [
      'No advertising, no analytics, no tracking cookies, no selling or sharing of your data, for anyone. For anyone under 18 this is also the law.',
      'One cookie only: the log-in cookie, which we need to know it is you.',
    ],
    howLongHeading: 'How long',
    howLong: 'Until you delete your account. Log-in sessions end after 30 days. Records of failed log-ins are kept for 15 minutes, to stop password guessing.',
    exportHeading: 'Export and delete',
    exportText:
      'On {} you can download everything we hold about you as one file, or delete your account. Deleting removes every record about you at once; it cannot be undone.',
    myCareers: 'My careers',
    questionsHeading: 'Questions or complaints',
    questions: 'Write to our grievance officer at {}. We answer within 30 days. You may also complain to the Data Protection Board of India.',
  },
  {
    title: 'आपका डेटा और निजता | careerpath',
    description: 'careerpath क्या रखता है, क्यों, कब तक, और आप उसे कैसे डाउनलोड करें या मिटाएँ।',
    heading: 'आपका डेटा और निजता',
    storeHeading: 'हम क्या रखते हैं',
    store: [
      'बिना खाते के: कुछ भी नहीं। आप जो करियर सहेजते हैं और जो कदम पूरे करते हैं, वे इसी डिवाइस के ब्राउज़र में रहते हैं।',
      'खाते के साथ: आपका ईमेल, आपके पासवर्ड का बदला हुआ रूप (पासवर्ड खुद कभी नहीं), जन्म का साल, आपकी भूमिका, सहेजे गए करियर, योजना के हर कदम की स्थिति, लॉग-इन सत्र और आपने खाते से क्या किया (साइन-अप, लॉग-इन, डेटा डाउनलोड)।',
      'अगर आपकी उम्र 18 साल से कम है: आपके माता-पिता या अभिभावक का ईमेल और उन्होंने कब सहमति दी।',
      'मिलान (match) के जवाब उसी समय बनते हैं और सहेजे नहीं जाते।',
    ],
    neverHeading: 'हम क्या कभी नहीं करते',
    never: [
      'कोई विज्ञापन नहीं, कोई एनालिटिक्स नहीं, कोई ट्रैकिंग कुकी नहीं, आपका डेटा किसी को बेचा या दिया नहीं जाता। 18 साल से कम उम्र वालों के लिए यह क़ानून भी है।',
      'केवल एक कुकी: लॉग-इन की कुकी, ताकि हम जानें कि यह आप हैं।',
    ],
    howLongHeading: 'कब तक',
    howLong: 'जब तक आप अपना खाता न मिटाएँ। लॉग-इन सत्र 30 दिन में ख़त्म हो जाते हैं। ग़लत लॉग-इन के रिकॉर्ड 15 मिनट रखे जाते हैं, ताकि कोई पासवर्ड का अंदाज़ा न लगा सके।',
    exportHeading: 'डाउनलोड करें और मिटाएँ',
    exportText:
      '{} पेज पर आप हमारे पास रखी अपनी पूरी जानकारी एक फ़ाइल में डाउनलोड कर सकते हैं, या अपना खाता मिटा सकते हैं। मिटाने से आपके बारे में हर रिकॉर्ड एक साथ हट जाता है; इसे वापस नहीं लाया जा सकता।',
    myCareers: 'मेरे करियर',
    questionsHeading: 'सवाल या शिकायत',
    questions: 'हमारे शिकायत अधिकारी को {} पर लिखें। हम 30 दिन में जवाब देते हैं। आप भारत के डेटा संरक्षण बोर्ड (Data Protection Board of India) में भी शिकायत कर सकते हैं।',
  },
);
