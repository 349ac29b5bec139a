/**
 * Pages answer a bad query with an HTML page that explains it, not problem+json. This turns
 * the errors the API would report into the same field list, or null for any other failure.
 */
import type { FastifyError } from 'fastify';
import { AppError, type FieldError } from '../errors.ts';
import { fieldErrors } from '../validation/field-errors.ts';

export function pageFieldErrors(error: unknown): FieldError[] | null {
  if (error instanceof AppError) return error.code === 'VALIDATION_FAILED' ? (error.errors ?? []) : null;
  const validation = (error as Partial<FastifyError> | null)?.validation;
  if (!validation) return null;
  return fieldErrors(validation);
}
