/** What the my-plan island says after saving a career or ticking a step (in a role="status" line). */
import { defineMessages } from '../../i18n/messages.ts';

export const myPlanMessages = defineMessages(
  {
    done: 'Done',
    saved: 'Saved to My careers.',
    savedHere: 'Saved on this device. Log in or create an account to keep it everywhere.',
    failed: 'Could not save; please try again.',
    marked: (done: boolean) => `Step marked ${done ? 'done' : 'to do'}.`,
    markedHere: (done: boolean) => `Step marked ${done ? 'done' : 'to do'} on this device.`,
  },
  {
    done: 'पूरा हुआ',
    saved: '“मेरे करियर” में सहेज लिया।',
    savedHere: 'इस डिवाइस पर सहेज लिया। हर जगह देखने के लिए लॉग-इन करें या खाता बनाएँ।',
    failed: 'सहेजा नहीं जा सका; कृपया फिर से कोशिश करें।',
    marked: (done: boolean) => (done ? 'कदम पूरा हुआ माना गया।' : 'कदम फिर से “करना है” में रखा गया।'),
    markedHere: (done: boolean) => (done ? 'इस डिवाइस पर कदम पूरा हुआ माना गया।' : 'इस डिवाइस पर कदम फिर से “करना है” में रखा गया।'),
  },
);
