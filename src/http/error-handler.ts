/**
 * One decision point for what a client sees on failure: AppErrors and request validation
 * become RFC 9457 problem+json; anything else is logged and becomes a plain 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fieldErrors } from '../validation/field-errors.ts';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from '../errors.ts';

export const PROBLEM_TYPE_BASE = 'https://careerpath.dev/problems/';

export function problemBody(code: ErrorCode, detail: string, instance: string, errors?: FieldError[]) {
  const { status, title } = ERROR_CODES[code];
  return {
    type: `${PROBLEM_TYPE_BASE}${code.toLowerCase().replace(/_/g, '-')}`,
    title,
    status,
    detail,
    instance,
    ...(errors ? { errors } : {}),
  };
}

// Fastify's own client errors (bad JSON, body too large, wrong content type) keep their status.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
};

export function sendProblem(reply: FastifyReply, body: ReturnType<typeof problemBody>) {
  return reply.status(body.status).type('application/problem+json').send(body);
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const instance = request.url.split('?')[0] ?? request.url;
  if (error instanceof AppError) return sendProblem(reply, problemBody(error.code, error.message, instance, error.errors));
  if (error.validation) {
    const errors = fieldErrors(error.validation, error.validationContext ?? 'request');
    const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return sendProblem(reply, problemBody('VALIDATION_FAILED', detail, instance, errors));
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return sendProblem(reply, problemBody(known, error.message, instance));
  if (error.statusCode === 400 && error.code === 'FST_ERR_BAD_URL') return sendProblem(reply, problemBody('BAD_REQUEST', 'malformed URL', instance));
  request.log.error({ err: error, reqId: request.id }, 'unhandled error');
  return sendProblem(reply, problemBody('INTERNAL', 'Something went wrong on our side.', instance));
}
