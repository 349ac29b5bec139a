/** A skill row's labels: the server renders the rows, and the match wizard island numbers the rows it adds. */
import { defineMessages } from '../../i18n/messages.ts';

export const skillRowMessages = defineMessages(
  {
    skill: (n: number) => `Skill ${n}`,
    level: 'Level',
    /** Read after "Level" by screen readers only. */
    levelOfSkill: (n: number) => ` of skill ${n}`,
  },
  {
    skill: (n: number) => `कौशल ${n}`,
    level: 'स्तर',
    levelOfSkill: (n: number) => ` (कौशल ${n} का)`,
  },
);
