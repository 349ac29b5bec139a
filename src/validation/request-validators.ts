/**
 * Request validation for Fastify: query strings and path parameters arrive as text and are
 * coerced ("5" → 5, a repeated key → an array); JSON bodies are taken as sent — an array is
 * never read as its first item, nor null as 0. Both share the options of validator.ts.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { AJV_OPTIONS } from './validator.ts';

function ajvWith(coerceTypes: 'array' | false, shared: readonly object[]): Ajv {
  const ajv = new Ajv({ ...AJV_OPTIONS, coerceTypes, useDefaults: true, removeAdditional: false });
  addFormats.default(ajv);
  for (const schema of shared) ajv.addSchema(schema);
  return ajv;
}

/** A schema compiler for every route: `shared` are the schemas added with app.addSchema (for $ref). */
export function requestValidators(shared: () => readonly object[]): FastifySchemaCompiler<FastifySchema> {
  let body: Ajv | null = null;
  let text: Ajv | null = null;
  const compiled = new WeakMap<object, ValidateFunction>();
  return ({ schema, httpPart }) => {
    body ??= ajvWith(false, shared());
    text ??= ajvWith('array', shared());
    const ajv = httpPart === 'body' ? body : text;
    const key = schema as object;
    let validate = compiled.get(key);
    if (!validate) {
      const id = (schema as { $id?: string }).$id;
      validate = (id ? ajv.getSchema(id) : undefined) ?? ajv.compile(schema as object);
      compiled.set(key, validate);
    }
    return validate;
  };
}
