/**
 * The interest questions: one per kind of work the catalog's categories involve, at most 12
 * so a student answers them in two minutes. Each kind carries the words that signal it in a
 * career's content (category, role family, skill types, tasks); career-interests.ts derives
 * every career's interest profile from those words, so no profile is typed by hand.
 */

import { INTEREST_SIGNALS } from './interest-signals.ts';

export const INTEREST_ANSWERS = ['yes', 'maybe', 'no'] as const;
export type InterestAnswer = (typeof INTEREST_ANSWERS)[number];

export interface InterestKind {
  id: string;
  /** The question as the form asks it. */
  question: string;
  /** Short name used in reasons: "most of its work is {label}". */
  label: string;
  /** Words (stemmed, lower case) or phrases that signal this kind of work in career content. */
  signals: readonly string[];
}

export const INTEREST_KINDS = [
  { id: 'code', question: 'Would you enjoy writing code and building software, apps or websites?', label: 'building software', signals: INTEREST_SIGNALS.code },
  {
    id: 'systems',
    question: 'Would you enjoy setting up and protecting computer systems, networks and cloud servers?',
    label: 'running computer systems',
    signals: INTEREST_SIGNALS.systems,
  },
  {
    id: 'data',
    question: 'Would you enjoy finding answers in numbers and data: statistics, spreadsheets, analysis?',
    label: 'working with data',
    signals: INTEREST_SIGNALS.data,
  },
  {
    id: 'money',
    question: 'Would you enjoy working with money: accounts, tax, budgets and investments?',
    label: 'handling money and accounts',
    signals: INTEREST_SIGNALS.money,
  },
  {
    id: 'care',
    question: "Would you enjoy caring for people's health: patients, treatment and recovery?",
    label: "caring for people's health",
    signals: INTEREST_SIGNALS.care,
  },
  {
    id: 'design',
    question: 'Would you enjoy designing how things look and work: visuals, screens, spaces or clothes?',
    label: 'designing',
    signals: INTEREST_SIGNALS.design,
  },
  {
    id: 'words',
    question: 'Would you enjoy writing, storytelling and media: articles, videos and campaigns?',
    label: 'writing and media',
    signals: INTEREST_SIGNALS.words,
  },
  {
    id: 'hands',
    question: 'Would you enjoy working with your hands: building, installing, repairing or cooking?',
    label: 'hands-on work',
    signals: INTEREST_SIGNALS.hands,
  },
  {
    id: 'science',
    question: 'Would you enjoy science and engineering: experiments, calculations and technical design?',
    label: 'science and engineering',
    signals: INTEREST_SIGNALS.science,
  },
  {
    id: 'business',
    question: 'Would you enjoy selling, persuading and running teams or operations?',
    label: 'business and leading people',
    signals: INTEREST_SIGNALS.business,
  },
  {
    id: 'law',
    question: 'Would you enjoy law, rules and public service: regulations, governance and serving citizens?',
    label: 'law, rules and public service',
    signals: INTEREST_SIGNALS.law,
  },
  { id: 'teach', question: 'Would you enjoy teaching, training and guiding people?', label: 'teaching and guiding', signals: INTEREST_SIGNALS.teach },
] as const satisfies readonly InterestKind[];

export type InterestId = (typeof INTEREST_KINDS)[number]['id'];
export const INTEREST_IDS = INTEREST_KINDS.map((k) => k.id) as InterestId[];

/** How an answer counts: the share of a career's work of this kind that the person would enjoy. */
export const ANSWER_VALUE: Record<InterestAnswer, number> = { yes: 1, maybe: 0.5, no: 0 };
