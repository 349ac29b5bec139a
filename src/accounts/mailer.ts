/**
 * Outgoing mail. With SMTP_URL set, messages go through nodemailer; without it they are kept
 * in the database outbox (readable by an admin at GET /api/v1/admin/outbox), so a self-hoster
 * sees sign-up work before configuring mail. The log names only the subject: recipients and
 * links are personal data and secrets.
 */
import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import { insertOutbox } from './account.repository.ts';

export interface Mail {
  /** The account the message concerns: the outbox row is deleted with it. */
  userId: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export const MAIL_FROM = 'careerpath <no-reply@careerpath.invalid>';

export function createMailer(db: Db, logger: FastifyBaseLogger, smtpUrl: string | null): Mailer {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
        logger.info({ subject: mail.subject }, 'mail sent');
      },
    };
  }
  return {
    async send(mail) {
      await insertOutbox(db, { user_id: mail.userId, to_address: mail.to, subject: mail.subject, body: mail.text });
      logger.info({ subject: mail.subject }, 'mail kept in the outbox (no SMTP_URL)');
    },
  };
}
