/**
 * Reads the OpenAPI 3.1 document @fastify/swagger builds (`app.swagger()`) into what the
 * /docs page shows: operations grouped by tag in the document's order, and every schema as a
 * flat list of fields ("facets.category[].count") with its type and limits in words. Only the
 * parts of JSON Schema our typebox schemas produce are read; anything else shows as "any".
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  pattern?: string;
}

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface Content {
  [mediaType: string]: { schema?: JsonSchema };
}

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; description?: string; content?: Content };
  responses?: Record<string, { description?: string; content?: Content }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; license?: { name: string } };
  tags?: Array<{ name: string; description?: string }>;
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface DocOperation {
  /** Anchor on the page: the operationId, or method and path made safe. */
  id: string;
  method: string;
  path: string;
  op: Operation;
}

export interface DocTag {
  name: string;
  description: string;
  operations: DocOperation[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Operations under their first tag; tags in the document's order, then untagged ones as they appear. */
export function operationsByTag(doc: OpenApiDocument): DocTag[] {
  const tags = new Map<string, DocTag>((doc.tags ?? []).map((t) => [t.name, { name: t.name, description: t.description ?? '', operations: [] }]));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const name = op.tags?.[0] ?? 'other';
      if (!tags.has(name)) tags.set(name, { name, description: '', operations: [] });
      const id = op.operationId ?? `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      tags.get(name)!.operations.push({ id, method: method.toUpperCase(), path, op });
    }
  }
  return [...tags.values()].filter((t) => t.operations.length > 0);
}

/** Text, or a link to a named schema of the document. */
export type TypePart = string | { ref: string };

export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

const join = (lists: TypePart[][], word: string): TypePart[] => lists.flatMap((l, i) => (i === 0 ? l : [word, ...l]));

/** A schema's type in words: "string (email)", "array of " + CareerSummary, "one of "a", "b"", "integer or null". */
export function typeParts(schema: JsonSchema | undefined): TypePart[] {
  if (!schema) return ['any'];
  if (schema.$ref) return [{ ref: refName(schema.$ref) }];
  if (schema.const !== undefined) return [JSON.stringify(schema.const)];
  if (schema.enum) return [`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`];
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return join(union.map(typeParts), ' or ');
  if (schema.allOf) return join(schema.allOf.map(typeParts), ' and ');
  const types = [schema.type ?? (schema.properties ? 'object' : 'any')].flat();
  return join(
    types.map((type): TypePart[] => {
      if (type === 'array') return schema.items ? ['array of ', ...typeParts(schema.items)] : ['array'];
      if (type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object')
        return ['map of names to ', ...typeParts(schema.additionalProperties)];
      return [schema.format ? `${type} (${schema.format})` : type];
    }),
    ' or ',
  );
}

const range = (low: number | undefined, high: number | undefined, unit: string): string | null => {
  if (low !== undefined && high !== undefined) return `${low}–${high}${unit}`;
  if (low !== undefined) return `at least ${low}${unit}`;
  if (high !== undefined) return `at most ${high}${unit}`;
  return null;
};

/** A schema's limits in words: "1–200 characters", "at most 20 items", "0–50", "default "headline"". */
export function constraints(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const notes = [
    range(schema.minLength, schema.maxLength, ' characters'),
    range(schema.minimum, schema.maximum, ''),
    schema.exclusiveMinimum !== undefined ? `more than ${schema.exclusiveMinimum}` : null,
    schema.exclusiveMaximum !== undefined ? `less than ${schema.exclusiveMaximum}` : null,
    range(schema.minItems, schema.maxItems, ' items'),
    schema.uniqueItems ? 'no repeats' : null,
    schema.pattern ? `matches ${schema.pattern}` : null,
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : null,
  ];
  return notes.filter((n): n is string => n !== null);
}

export interface FieldRow {
  /** Dotted path from the schema's root; "[]" marks the items of a list. */
  path: string;
  type: TypePart[];
  required: boolean;
  description: string;
  notes: string[];
}

/** Nesting deeper than this is shown as its type only (no schema of ours goes near it). */
const MAX_DEPTH = 8;

/** The object whose fields a field's value has: itself, its list's items, or the one non-null branch of a union. */
function innerObject(schema: JsonSchema, path: string): { schema: JsonSchema; path: string } | null {
  if (schema.$ref) return null;
  if (schema.properties) return { schema, path };
  const union = (schema.anyOf ?? schema.oneOf)?.filter((s) => s.type !== 'null');
  if (union?.length === 1) return innerObject(union[0]!, path);
  if (schema.items) return innerObject(schema.items, `${path}[]`);
  return null;
}

/** Every field of an object schema, depth first, each followed by its own fields. Empty for a non-object. */
export function fieldRows(schema: JsonSchema, prefix = '', depth = 0): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, sub]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const row: FieldRow = { path, type: typeParts(sub), required: required.has(name), description: sub.description ?? '', notes: constraints(sub) };
    const inner = depth < MAX_DEPTH ? innerObject(sub, path) : null;
    return inner ? [row, ...fieldRows(inner.schema, inner.path, depth + 1)] : [row];
  });
}

/**
 * The document with every request and response body that is a named schema written out in
 * full (as @fastify/swagger inlines them) replaced by a reference to it, so the page shows
 * such a body as a link instead of a second copy of its fields.
 */
export function linkNamedBodies(doc: OpenApiDocument): OpenApiDocument {
  const names = new Map(Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => [JSON.stringify(schema), name]));
  const link = (content: Content | undefined): Content | undefined => {
    if (!content) return content;
    return Object.fromEntries(
      Object.entries(content).map(([type, media]) => {
        const name = media.schema ? names.get(JSON.stringify(media.schema)) : undefined;
        return [type, name ? { ...media, schema: { $ref: `#/components/schemas/${name}` } } : media];
      }),
    );
  };
  const paths = Object.fromEntries(
    Object.entries(doc.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, op]) => {
          const responses = Object.fromEntries(Object.entries(op.responses ?? {}).map(([status, r]) => [status, { ...r, content: link(r.content) }]));
          const requestBody = op.requestBody ? { ...op.requestBody, content: link(op.requestBody.content) } : undefined;
          return [method, { ...op, responses, ...(requestBody ? { requestBody } : {}) }];
        }),
      ),
    ]),
  );
  return { ...doc, paths };
}
