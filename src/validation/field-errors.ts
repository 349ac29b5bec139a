/**
 * The one translator from JSON Schema validation errors (Ajv's, which Fastify passes on
 * unchanged) to the field errors every problem report uses: fields named the way the API
 * names them ("skills[3].level"), one message per problem, in plain words.
 */
import type { FieldError } from '../errors.ts';
import { pointerToField } from './json-pointer.ts';

/** The parts of an Ajv error object this needs. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string | undefined;
}

const join = (at: string, name: string) => (at ? `${at}.${name}` : name);

function fieldError(e: SchemaError, root: string): FieldError {
  const at = pointerToField(e.instancePath);
  if (e.keyword === 'additionalProperties') return { field: join(at, String(e.params.additionalProperty)), message: 'is not a known field' };
  if (e.keyword === 'required') return { field: join(at, String(e.params.missingProperty)), message: 'is required' };
  if (e.keyword === 'enum') return { field: at || root, message: `must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}` };
  return { field: at || root, message: e.message ?? 'is invalid' };
}

/** Field errors for `errors`; `root` names the whole value (e.g. "body", "querystring") when a problem is not in a field. */
export function fieldErrors(errors: readonly SchemaError[], root = 'request'): FieldError[] {
  // anyOf branches repeat their parent's failure; the branch messages are enough
  return errors.filter((e) => e.keyword !== 'anyOf').map((e) => fieldError(e, root));
}
