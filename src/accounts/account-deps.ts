import type { Db } from '../db/database.ts';
import type { Mailer } from './mailer.ts';

/** What the account routes and pages are given by the composition root. */
export interface AccountDeps {
  db: Db;
  mailer: Mailer;
  /** Set the Secure flag on cookies (the public site is https). */
  secureCookies: boolean;
  /** Origin of the public site, for links in mail (never taken from a request's Host header). */
  publicUrl: string;
}
