/**
 * The one Ajv setup for validating data outside a request (content files, the /match page's
 * request built from a query): every error, standard formats, and the shared translator, so a
 * content problem and an API problem name the same field the same way. Routes validate with
 * Fastify's Ajv, configured with the same options in app.ts.
 */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from 'typebox';
import type { FieldError } from '../errors.ts';
import { fieldErrors } from './field-errors.ts';

/** Ajv options shared with Fastify's request validation. */
export const AJV_OPTIONS = { allErrors: true, strict: false } as const;

const ajv = new Ajv(AJV_OPTIONS);
addFormats.default(ajv);

export type Validation<T> = { value: T; errors: [] } | { value: null; errors: FieldError[] };

/** A checker for `schema`: the value typed when valid, else every problem (not just the first). */
export function validator<T>(schema: TSchema, root = '(root)'): (data: unknown) => Validation<T> {
  const validate = ajv.compile<T>(schema);
  return (data) => (validate(data) ? { value: data, errors: [] } : { value: null, errors: fieldErrors(validate.errors ?? [], root) });
}
