/**
 * The parts of an O*NET database release this project uses, as plain records keyed by
 * O*NET-SOC code. Missing source values are `null`, whichever way the file spelled them.
 * O*NET data is CC BY 4.0: anything that shows it must carry `ONET_ATTRIBUTION`.
 */

/** The O*NET release the attribution names (the shared data and the test fixture are 29.3). */
export const ONET_RELEASE = '29.3';

/** The attribution O*NET's CC BY 4.0 licence asks for, word for word, on anything showing its data. */
export const ONET_ATTRIBUTION =
  `This page includes information from the O*NET ${ONET_RELEASE} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ` +
  'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. careerpath has modified all or some of this information. ' +
  'USDOL/ETA has not approved, endorsed, or tested these modifications.';

/** `15-1252.00`: six-digit SOC code plus a two-digit O*NET extension. */
export const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;

export interface OnetOccupation {
  code: string;
  title: string;
  description: string;
}

export interface OnetAlternateTitle {
  code: string;
  title: string;
  shortTitle: string | null;
  /** Comma-separated O*NET source codes, e.g. `08` or `01,09`. */
  sources: string | null;
}

export interface OnetReportedTitle {
  code: string;
  title: string;
  shownInMyNextMove: boolean;
}

export type RatingDomain = 'skill' | 'knowledge';

/** One skill or knowledge element for one occupation, IM and LV rows merged. */
export interface OnetRating {
  code: string;
  domain: RatingDomain;
  elementId: string;
  elementName: string;
  /** IM scale, 1–5. */
  importance: number | null;
  /** LV scale, 0–7. */
  level: number | null;
  /** O*NET's flag that the level is not relevant to the occupation (LV row). */
  notRelevant: boolean;
  /** O*NET recommends suppressing the IM or LV estimate (low precision). */
  suppress: boolean;
}

export interface OnetTechnology {
  code: string;
  example: string;
  commodityCode: number;
  commodityTitle: string;
  /** Frequently asked for across all employers' postings. */
  hot: boolean;
  /** Frequently asked for in this occupation's postings. */
  inDemand: boolean;
}

export interface OnetTask {
  code: string;
  taskId: number;
  statement: string;
  /** `null` for tasks O*NET has not yet classified (newer occupations). */
  type: 'Core' | 'Supplemental' | null;
  incumbentsResponding: number | null;
}

export const RIASEC = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'] as const;
export type RiasecName = (typeof RIASEC)[number];

/** OI (occupational interest) scale value 1–7 for one RIASEC type. */
export interface OnetInterest {
  code: string;
  elementId: string;
  name: RiasecName;
  value: number;
}

export interface OnetJobZone {
  code: string;
  /** 1 (little preparation) to 5 (extensive preparation). */
  jobZone: number;
}

/** Share of respondents (percent) naming `category` (1–12, RL scale) as the required education. */
export interface OnetEducation {
  code: string;
  category: number;
  percent: number;
}

export interface OnetRelease {
  occupations: OnetOccupation[];
  alternateTitles: OnetAlternateTitle[];
  reportedTitles: OnetReportedTitle[];
  ratings: OnetRating[];
  technology: OnetTechnology[];
  tasks: OnetTask[];
  interests: OnetInterest[];
  jobZones: OnetJobZone[];
  education: OnetEducation[];
}
