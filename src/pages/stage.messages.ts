/**
 * Where a person stands (START_STAGES), as the pages name it: the match form's choices, the
 * stages the matcher reads, and a pathway's "from" on career pages. The API keeps the ids.
 */
import type { StartStage } from '../careers/pathway.schema.ts';
import { defineMessages } from '../i18n/messages.ts';

const en = {
  'class-10': 'Class 10 (studying or passed)',
  'class-12-science-pcm': 'Class 12 Science with Maths (PCM)',
  'class-12-science-pcb': 'Class 12 Science with Biology (PCB)',
  'class-12-commerce': 'Class 12 Commerce',
  'class-12-arts': 'Class 12 Arts / Humanities',
  'class-12-any': 'Class 12, stream not listed',
  iti: 'ITI certificate',
  diploma: 'Polytechnic diploma',
  'graduate-engineering': 'Graduate: engineering (B.Tech / BE)',
  'graduate-science': 'Graduate: science (B.Sc)',
  'graduate-computing': 'Graduate: computing (BCA / B.Sc CS)',
  'graduate-commerce': 'Graduate: commerce (B.Com / BBA)',
  'graduate-arts': 'Graduate: arts (BA)',
  'graduate-health': 'Graduate: health (MBBS, nursing, pharmacy…)',
  'graduate-law': 'Graduate: law (LLB)',
  'graduate-any': 'Graduate: another subject',
  postgraduate: 'Postgraduate',
  'working-professional': 'Working, education not listed above',
} satisfies Record<StartStage, string>;

export const stageMessages = defineMessages(en, {
  'class-10': 'कक्षा 10 (पढ़ रहे हैं या पास)',
  'class-12-science-pcm': 'कक्षा 12 विज्ञान, गणित के साथ (PCM)',
  'class-12-science-pcb': 'कक्षा 12 विज्ञान, जीव विज्ञान के साथ (PCB)',
  'class-12-commerce': 'कक्षा 12 वाणिज्य (कॉमर्स)',
  'class-12-arts': 'कक्षा 12 कला / मानविकी (आर्ट्स)',
  'class-12-any': 'कक्षा 12, स्ट्रीम इस सूची में नहीं',
  iti: 'ITI सर्टिफ़िकेट',
  diploma: 'पॉलिटेक्निक डिप्लोमा',
  'graduate-engineering': 'स्नातक: इंजीनियरिंग (B.Tech / BE)',
  'graduate-science': 'स्नातक: विज्ञान (B.Sc)',
  'graduate-computing': 'स्नातक: कंप्यूटर (BCA / B.Sc CS)',
  'graduate-commerce': 'स्नातक: वाणिज्य (B.Com / BBA)',
  'graduate-arts': 'स्नातक: कला (BA)',
  'graduate-health': 'स्नातक: स्वास्थ्य (MBBS, नर्सिंग, फ़ार्मेसी…)',
  'graduate-law': 'स्नातक: क़ानून (LLB)',
  'graduate-any': 'स्नातक: कोई और विषय',
  postgraduate: 'स्नातकोत्तर (पोस्ट-ग्रेजुएट)',
  'working-professional': 'नौकरी कर रहे हैं, पढ़ाई ऊपर की सूची में नहीं',
});
