import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { constraints, fieldRows, linkNamedBodies, operationsByTag, typeParts, type JsonSchema, type OpenApiDocument } from './openapi-doc.ts';

describe('OpenAPI document for the /docs page', () => {
  it('says a type in words, linking named schemas', () => {
    assert.deepEqual(typeParts({ type: 'string', format: 'email' }), ['string (email)']);
    assert.deepEqual(typeParts({ type: 'array', items: { $ref: '#/components/schemas/CareerSummary' } }), ['array of ', { ref: 'CareerSummary' }]);
    assert.deepEqual(typeParts({ anyOf: [{ type: 'integer' }, { type: 'null' }] }), ['integer', ' or ', 'null']);
    assert.deepEqual(typeParts({ enum: ['low', 'high'] }), ['one of "low", "high"']);
    assert.deepEqual(typeParts({ type: 'object', additionalProperties: { type: 'number' } }), ['map of names to ', 'number']);
    assert.deepEqual(typeParts(undefined), ['any']);
  });

  it('says limits in words', () => {
    assert.deepEqual(constraints({ type: 'string', minLength: 1, maxLength: 80, pattern: '^[a-z]+$' }), ['1–80 characters', 'matches ^[a-z]+$']);
    assert.deepEqual(constraints({ type: 'integer', minimum: 0, default: 10 }), ['at least 0', 'default 10']);
    assert.deepEqual(constraints({ type: 'array', maxItems: 20 }), ['at most 20 items']);
  });

  it('flattens nested objects, lists of objects and nullable objects into dotted fields, stopping at named schemas', () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['items'],
      properties: {
        items: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } } },
        range: { anyOf: [{ type: 'object', properties: { min: { type: 'number' } } }, { type: 'null' }] },
        career: { $ref: '#/components/schemas/CareerProfile' },
      },
    };
    const rows = fieldRows(schema);
    assert.deepEqual(
      rows.map((r) => [r.path, r.required]),
      [
        ['items', true],
        ['items[].name', true],
        ['items[].tags', false],
        ['range', false],
        ['range.min', false],
        ['career', false],
      ],
    );
  });

  it('groups operations under their first tag, in the document tag order, untagged last', () => {
    const doc: OpenApiDocument = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      tags: [{ name: 'careers' }, { name: 'unused' }, { name: 'finder' }],
      paths: {
        '/a': { get: { operationId: 'getA', tags: ['finder'] }, post: { tags: ['careers', 'finder'] } },
        '/b': { delete: {} },
      },
    };
    assert.deepEqual(
      operationsByTag(doc).map((t) => [t.name, t.operations.map((o) => o.id)]),
      [
        ['careers', ['post-a']],
        ['finder', ['getA']],
        ['other', ['delete-b']],
      ],
    );
  });

  it('links a body that is a named schema written out in full, and leaves other bodies as they are', () => {
    const named: JsonSchema = { type: 'object', properties: { a: { type: 'string' } } };
    const other: JsonSchema = { type: 'object', properties: { b: { type: 'string' } } };
    const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
    const doc: OpenApiDocument = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      components: { schemas: { Named: named } },
      paths: { '/a': { post: { requestBody: { content: json({ ...named }) }, responses: { '200': { content: json(other) }, '204': {} } } } },
    };
    const op = linkNamedBodies(doc).paths!['/a']!.post!;
    assert.deepEqual(op.requestBody!.content, json({ $ref: '#/components/schemas/Named' }));
    assert.deepEqual(op.responses!['200']!.content, json(other));
    assert.equal(op.responses!['204']!.content, undefined);
  });
});
