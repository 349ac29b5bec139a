/**
 * The interest questions: one per kind of work the catalog's categories involve, at most 12
 * so a student answers them in two minutes. Each kind carries the words that signal it in a
 * career's content (category, role family, skill types, tasks); career-interests.ts derives
 * every career's interest profile from those words, so no profile is typed by hand.
 */

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
  {
    id: 'code',
    question: 'Would you enjoy writing code and building software, apps or websites?',
    label: 'building software',
    signals: ['programming', 'software', 'developer', 'development', 'frontend', 'backend', 'framework', 'code', 'coding', 'api', 'app', 'web', 'mobile', 'computer science', 'test automation', 'engineering process', 'feature', 'bug', 'release', 'integration', 'platform'],
  },
  {
    id: 'systems',
    question: 'Would you enjoy setting up and protecting computer systems, networks and cloud servers?',
    label: 'running computer systems',
    signals: ['infrastructure', 'security', 'cloud', 'network', 'networking', 'operating system', 'devops', 'server', 'deployment', 'reliability', 'container', 'database', 'administrator', 'linux', 'backup', 'incident', 'monitoring', 'access', 'migration', 'pipeline', 'security operation'],
  },
  {
    id: 'data',
    question: 'Would you enjoy finding answers in numbers and data: statistics, spreadsheets, analysis?',
    label: 'working with data',
    signals: ['data', 'analytics', 'analysis', 'analyst', 'statistic', 'quantitative', 'visualization', 'machine learning', 'spreadsheet', 'dashboard', 'metric', 'model', 'forecast', 'mathematics', 'actuarial', 'insight', 'experiment analysis', 'data engineering', 'data tool'],
  },
  {
    id: 'money',
    question: 'Would you enjoy working with money: accounts, tax, budgets and investments?',
    label: 'handling money and accounts',
    signals: ['finance', 'financial', 'accounting', 'accountant', 'taxation', 'tax', 'audit', 'budget', 'banking', 'bank', 'investment', 'valuation', 'actuarial', 'payroll', 'gst', 'tds', 'risk', 'account', 'reconcile', 'invoice', 'credit', 'transaction', 'financial reporting', 'accounting process'],
  },
  {
    id: 'care',
    question: "Would you enjoy caring for people's health: patients, treatment and recovery?",
    label: "caring for people's health",
    signals: ['healthcare', 'clinical', 'patient', 'nursing', 'nurse', 'medical', 'care', 'therapy', 'rehabilitation', 'nutrition', 'pharmacy', 'pharmacology', 'dental', 'diagnostic', 'health', 'emergency care', 'treatment', 'drug', 'diet', 'medication', 'specialty nursing', 'clinical procedure', 'public health', 'practitioner'],
  },
  {
    id: 'design',
    question: 'Would you enjoy designing how things look and work: visuals, screens, spaces or clothes?',
    label: 'designing',
    signals: ['design', 'designer', 'creative', 'visual', 'illustration', 'fashion', 'interior', 'ux', 'ui', 'typography', 'layout', 'graphic', 'brand', 'colour', 'design software', 'prototype', 'wireframe', 'sketch', 'garment', 'space planning', 'design technology'],
  },
  {
    id: 'words',
    question: 'Would you enjoy writing, storytelling and media: articles, videos and campaigns?',
    label: 'writing and media',
    signals: ['media', 'writing', 'writer', 'journalism', 'content', 'story', 'editor', 'editing', 'video', 'post production', 'public relation', 'press', 'reporting', 'reporter', 'copy', 'article', 'communication', 'multimedia', 'news', 'social media', 'campaign', 'publish'],
  },
  {
    id: 'hands',
    question: 'Would you enjoy working with your hands: building, installing, repairing or cooking?',
    label: 'hands-on work',
    signals: ['trade', 'skilled trade', 'technician', 'electrician', 'culinary', 'kitchen', 'cook', 'repair', 'install', 'installation', 'wiring', 'maintenance', 'equipment', 'field engineering', 'trade skill', 'vehicle', 'service', 'hospitality', 'food', 'site', 'physical', 'hospitality operation', 'kitchen management'],
  },
  {
    id: 'science',
    question: 'Would you enjoy science and engineering: experiments, calculations and technical design?',
    label: 'science and engineering',
    signals: ['core engineering', 'engineering', 'laboratory', 'science', 'scientist', 'research', 'experiment', 'simulation', 'embedded', 'hardware', 'manufacturing', 'mechanical', 'electrical', 'chemical', 'civil', 'technical design', 'laboratory science', 'energy', 'process', 'control system', 'structural', 'electronics', 'rf engineering', 'vlsi'],
  },
  {
    id: 'business',
    question: 'Would you enjoy selling, persuading and running teams or operations?',
    label: 'business and leading people',
    signals: ['business', 'management', 'manager', 'sales', 'marketing', 'commercial', 'operations', 'leadership', 'product', 'consultant', 'strategy', 'customer', 'negotiation', 'stakeholder', 'supply chain', 'human resource', 'hr', 'vendor', 'client', 'team', 'digital marketing', 'business analysis', 'hospitality management'],
  },
  {
    id: 'law',
    question: 'Would you enjoy law, rules and public service: regulations, governance and serving citizens?',
    label: 'law, rules and public service',
    signals: ['law', 'legal', 'lawyer', 'compliance', 'governance', 'regulation', 'regulatory', 'government', 'public service', 'policy', 'civil service', 'police', 'court', 'case', 'legal compliance', 'tax administration', 'exam skill', 'general awareness', 'investigation', 'value', 'contract', 'filing', 'statutory'],
  },
  {
    id: 'teach',
    question: 'Would you enjoy teaching, training and guiding people?',
    label: 'teaching and guiding',
    signals: ['education', 'teaching', 'teacher', 'pedagogy', 'faculty', 'training', 'mentoring', 'student', 'lesson', 'classroom', 'curriculum', 'patient education', 'counselling', 'school', 'college', 'university', 'lecture', 'guide', 'coaching', 'research management'],
  },
] as const satisfies readonly InterestKind[];

export type InterestId = (typeof INTEREST_KINDS)[number]['id'];
export const INTEREST_IDS = INTEREST_KINDS.map((k) => k.id) as InterestId[];

/** How an answer counts: the share of a career's work of this kind that the person would enjoy. */
export const ANSWER_VALUE: Record<InterestAnswer, number> = { yes: 1, maybe: 0.5, no: 0 };
