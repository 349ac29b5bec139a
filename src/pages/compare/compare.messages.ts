/** The compare page's words: headings, table rows, the chart's text alternative, the picker and what is wrong with a selection. */
import { problemText, type SelectionProblem } from '../../compare/compare.ts';
import { MAX_COMPARE, MIN_COMPARE } from '../../finder/finder-options.ts';
import { defineMessages } from '../../i18n/messages.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function hindiProblem(p: SelectionProblem): string {
  switch (p.kind) {
    case 'none':
      return `${MIN_COMPARE} से ${MAX_COMPARE} करियर चुनें।`;
    case 'too-few':
      return `तुलना के लिए कम से कम ${MIN_COMPARE} करियर चाहिए; अभी ${p.count} चुना है।`;
    case 'too-many':
      return `एक बार में ज़्यादा से ज़्यादा ${MAX_COMPARE} करियर की तुलना हो सकती है; अभी ${p.count} चुने हैं।`;
    case 'repeated':
      return `“${p.slug}” एक से ज़्यादा बार चुना गया है।`;
    case 'not-a-slug':
    case 'unknown':
      return `“${p.slug}” नाम का कोई करियर नहीं मिला।`;
  }
}

export const compareMessages = defineMessages(
  {
    comparedOn: 'Compared on',
    pickerTitle: 'Compare careers | careerpath',
    pickerDescription: 'Compare two to four India careers side by side.',
    title: (titles: string) => `${titles}: salary, skills and scope compared | careerpath`,
    description: (titles: string) => `${titles} side by side: salary bands, demand, education fit, skills and progression in India.`,
    /** Joins the careers' names: "A vs B vs C". */
    versus: ' vs ',
    finder: 'Finder',
    compare: 'Compare',
    /** The h1 around the careers' names: "Compare A vs B". */
    headingBefore: 'Compare ',
    headingAfter: '',
    summary: 'Salary, demand, education fit, skills and progression side by side.',
    onThisPage: 'On this page',
    toc: {
      glance: 'At a glance',
      salary: 'Salary',
      education: 'Education fit',
      skills: 'Skills',
      progression: 'Progression',
      similarity: 'Similarity',
      change: 'Change careers',
    },
    glance: 'At a glance',
    salary: 'Salary in India',
    education: 'Education fit per degree',
    skills: 'Skills: shared and distinct',
    progression: 'Career progression',
    similarity: 'How similar they are',
    change: 'Change the comparison',
    rows: {
      category: 'Category',
      roleFamily: 'Role family',
      demand: 'Demand',
      remote: 'Remote-friendly',
      futureScope: 'Future scope',
      experience: 'Experience covered',
      summary: 'In one line',
    },
    salaryBands: (segment: string) => `${segment} salary bands`,
    educationIntro: 'Fit score out of 100 for each route; — means the career does not list it.',
    degree: 'Degree',
    neededByAll: (n: number) => (n === 2 ? 'Needed by both' : `Needed by all ${n}`),
    neededBySome: 'Needed by some of them',
    /** Around a career's name: "Only A needs". */
    onlyBefore: 'Only ',
    onlyAfter: ' needs',
    none: 'None.',
    /** Between the names of a pair: "A and B: 40%". */
    and: ' and ',
    pairFacts: (skills: number, tools: number, sameCategory: boolean) =>
      `${skills} shared skills, ${tools} shared tools, ${sameCategory ? 'same category' : 'different categories'}`,
    similarityRule: (skills: string, tools: string, category: string) =>
      `Similarity = ${skills} skill overlap + ${tools} tool overlap + ${category} for the same category, where overlap is shared names divided by all names of the two careers.`,

    chartTitle: (segment: string) => `${segment} salary bands in INR lakh per annum`,
    noFigure: 'no figure',
    chartNote: 'Bars on one ₹ LPA scale for all segments; a faded bar is open-ended (LPA+).',

    choose: (min: number, max: number) => `Choose ${min} to ${max} careers.`,
    careerN: (n: number) => `Career ${n}`,
    noneChosen: '— none —',
    compareButton: 'Compare',
    pickerHeading: 'Compare careers',
    pickerSummary: 'Put two to four careers side by side: salary, demand, education fit, skills and progression.',
    cannotShow: 'This comparison cannot be shown',
    /** One thing wrong with the selection, as a sentence. */
    problem: (p: SelectionProblem) => `${capital(problemText(p))}.`,
    /** Said before a reason from the request check, which is in English. */
    invalidLead: '',
    chooseCareers: 'Choose careers',
    orFinderBefore: 'Or find careers in the ',
    orFinderLink: 'finder',
    orFinderAfter: ' and tick “Add to compare”.',
  },
  {
    comparedOn: 'किस बात पर तुलना',
    pickerTitle: 'करियर की तुलना करें | careerpath',
    pickerDescription: 'भारत के दो से चार करियर को साथ रखकर उनकी तुलना करें।',
    title: (titles: string) => `${titles}: वेतन, कौशल और संभावनाओं की तुलना | careerpath`,
    description: (titles: string) => `${titles} की तुलना: वेतन, माँग, कौन-सी पढ़ाई काम आती है, कौशल और भारत में आगे बढ़ने का रास्ता।`,
    versus: ' बनाम ',
    finder: 'करियर खोज',
    compare: 'तुलना',
    headingBefore: '',
    headingAfter: ' की तुलना',
    summary: 'वेतन, माँग, पढ़ाई, कौशल और आगे बढ़ने का रास्ता, सब साथ-साथ।',
    onThisPage: 'इस पेज पर',
    toc: {
      glance: 'एक नज़र में',
      salary: 'वेतन',
      education: 'पढ़ाई',
      skills: 'कौशल',
      progression: 'तरक्की',
      similarity: 'कितने मिलते-जुलते',
      change: 'करियर बदलें',
    },
    glance: 'एक नज़र में',
    salary: 'भारत में वेतन',
    education: 'कौन-सी डिग्री कितनी काम की',
    skills: 'कौशल: साझा और अलग',
    progression: 'करियर में तरक्की',
    similarity: 'ये कितने मिलते-जुलते हैं',
    change: 'तुलना बदलें',
    rows: {
      category: 'क्षेत्र',
      roleFamily: 'काम का प्रकार',
      demand: 'माँग',
      remote: 'घर से काम (रिमोट)',
      futureScope: 'आगे की संभावना',
      experience: 'कितने अनुभव तक की जानकारी',
      summary: 'एक पंक्ति में',
    },
    salaryBands: (segment: string) => `वेतन (${segment})`,
    educationIntro: 'हर पढ़ाई का फ़िट स्कोर 100 में से; — का मतलब है कि उस करियर में यह पढ़ाई नहीं दी गई है।',
    degree: 'डिग्री',
    neededByAll: (n: number) => (n === 2 ? 'दोनों में ज़रूरी' : `सभी ${n} में ज़रूरी`),
    neededBySome: 'इनमें से कुछ में ज़रूरी',
    onlyBefore: 'सिर्फ़ ',
    onlyAfter: ' में ज़रूरी',
    none: 'कोई नहीं।',
    and: ' और ',
    pairFacts: (skills: number, tools: number, sameCategory: boolean) => `${skills} कौशल और ${tools} टूल एक जैसे, ${sameCategory ? 'क्षेत्र भी एक' : 'क्षेत्र अलग-अलग'}`,
    similarityRule: (skills: string, tools: string, category: string) =>
      `समानता = ${skills} कौशल का मेल + ${tools} टूल का मेल + एक ही क्षेत्र होने पर ${category}। मेल का मतलब है: दोनों करियर के कुल नामों में से कितने नाम दोनों में एक जैसे हैं।`,

    chartTitle: (segment: string) => `वेतन (${segment}), लाख रुपये प्रति वर्ष में`,
    noFigure: 'आँकड़ा नहीं',
    chartNote: 'सभी चार्ट एक ही पैमाने (लाख रुपये प्रति वर्ष) पर हैं; हल्के रंग की पट्टी का मतलब है कि ऊपरी सीमा तय नहीं है।',

    choose: (min: number, max: number) => `${min} से ${max} करियर चुनें।`,
    careerN: (n: number) => `करियर ${n}`,
    noneChosen: '— कोई नहीं —',
    compareButton: 'तुलना करें',
    pickerHeading: 'करियर की तुलना करें',
    pickerSummary: 'दो से चार करियर साथ रखकर देखें: वेतन, माँग, पढ़ाई, कौशल और आगे बढ़ने का रास्ता।',
    cannotShow: 'यह तुलना नहीं दिखाई जा सकती',
    problem: hindiProblem,
    invalidLead: 'इस पते में गड़बड़ी है। कारण (अंग्रेज़ी में): ',
    chooseCareers: 'करियर चुनें',
    orFinderBefore: 'या ',
    orFinderLink: 'करियर खोज',
    orFinderAfter: ' में करियर ढूँढकर “तुलना में जोड़ें” चुनें।',
  },
);
