/**
 * The API reference as a page of the site: every operation with its method, path, summary,
 * parameters, request body and responses, and every named schema as a table of fields, all
 * server-rendered from the OpenAPI document (no script). Tables turn into cards on a phone.
 */
import { STATUS_CODES } from 'node:http';
import type { ComponentChildren } from 'preact';
import { Table } from '../career/career-page-parts.tsx';
import {
  constraints,
  fieldRows,
  linkNamedBodies,
  operationsByTag,
  typeParts,
  type Content,
  type DocOperation,
  type DocTag,
  type JsonSchema,
  type OpenApiDocument,
  type Parameter,
  type TypePart,
} from './openapi-doc.ts';

/** Where the raw document is served (GET /api/v1/openapi.json; /docs/json is the same document). */
export const OPENAPI_JSON = '/api/v1/openapi.json';

/** `code` in descriptions becomes <code>; nothing else of Markdown is used in ours. */
function Prose({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}

function Type({ parts, schemas }: { parts: TypePart[]; schemas: ReadonlySet<string> }) {
  return (
    <>
      {parts.map((p) => (typeof p === 'string' ? p : schemas.has(p.ref) ? <a href={`#schema-${p.ref}`}>{p.ref}</a> : p.ref))}
    </>
  );
}

const describe = (description: string | undefined, notes: string[]) => (
  <>
    {description ? <Prose text={description} /> : null}
    {notes.length ? <span class="api-notes">{`${description ? ' ' : ''}(${notes.join('; ')})`}</span> : null}
  </>
);

function FieldTable({ label, schema, schemas }: { label: string; schema: JsonSchema; schemas: ReadonlySet<string> }) {
  const rows = fieldRows(schema).map((f) => [
    <code>{f.path}</code>,
    <Type parts={f.type} schemas={schemas} />,
    f.required ? 'required' : 'optional',
    describe(f.description, f.notes),
  ]);
  // closed until asked for: a phone scans the operations, and the browser lays out only what is opened
  return (
    <details class="api-fields">
      <summary>
        {label} ({rows.length})
      </summary>
      <Table label={label} head={['Field', 'Type', 'Required', 'Description']} rows={rows} className="api-table" />
    </details>
  );
}

/** A body: a link to its named schema, or its fields when it is an inline object, or its type in words. */
function Body({ label, content, schemas }: { label: string; content: Content | undefined; schemas: ReadonlySet<string> }) {
  const [mediaType, media] = Object.entries(content ?? {})[0] ?? [];
  if (!mediaType) return null;
  const schema = media?.schema;
  return (
    <>
      <p>
        <code>{mediaType}</code>: <Type parts={typeParts(schema)} schemas={schemas} />
      </p>
      {schema?.properties ? <FieldTable label={label} schema={schema} schemas={schemas} /> : null}
    </>
  );
}

function Parameters({ label, parameters, schemas }: { label: string; parameters: Parameter[]; schemas: ReadonlySet<string> }) {
  const rows = parameters.map((p) => [
    <code>{p.name}</code>,
    p.in,
    <Type parts={typeParts(p.schema)} schemas={schemas} />,
    p.required ? 'required' : 'optional',
    describe(p.description, constraints(p.schema)),
  ]);
  return <Table label={label} head={['Name', 'In', 'Type', 'Required', 'Description']} rows={rows} className="api-table" />;
}

/** "Bad Request: problem details": the HTTP reason, then what the document adds (its placeholder "Default Response" adds nothing). */
export function statusMeaning(status: string, description = ''): string {
  const reason = STATUS_CODES[status] ?? status;
  const extra = description === 'Default Response' || description.toLowerCase() === reason.toLowerCase() ? '' : description;
  return extra ? `${reason}: ${extra.charAt(0).toLowerCase()}${extra.slice(1)}` : reason;
}

function OperationView({ o, schemas }: { o: DocOperation; schemas: ReadonlySet<string> }) {
  const { op } = o;
  const name = `${o.method} ${o.path}`;
  const responses = Object.entries(op.responses ?? {});
  const bodies = responses.filter(([status, r]) => status.startsWith('2') && Object.values(r.content ?? {})[0]?.schema?.properties);
  return (
    <article class="api-op" id={o.id} aria-labelledby={`${o.id}-h`}>
      <h3 id={`${o.id}-h`}>
        <span class={`api-method api-${o.method.toLowerCase()}`}>{o.method}</span> <code class="api-path">{o.path}</code>
      </h3>
      {op.summary ? <p class="api-summary">{op.summary}</p> : null}
      {op.description ? (
        <p>
          <Prose text={op.description} />
        </p>
      ) : null}
      {op.parameters?.length ? (
        <>
          <h4>Parameters</h4>
          <Parameters label={`Parameters of ${name}`} parameters={op.parameters} schemas={schemas} />
        </>
      ) : null}
      {op.requestBody ? (
        <>
          <h4>Request body {op.requestBody.required ? '(required)' : '(optional)'}</h4>
          <Body label={`Request body fields of ${name}`} content={op.requestBody.content} schemas={schemas} />
        </>
      ) : null}
      <h4>Responses</h4>
      <Table
        label={`Responses of ${name}`}
        head={['Status', 'Meaning', 'Body']}
        rows={responses.map(([status, r]) => {
          const schema = Object.values(r.content ?? {})[0]?.schema;
          return [<code>{status}</code>, statusMeaning(status, r.description), schema ? <Type parts={typeParts(schema)} schemas={schemas} /> : 'none'];
        })}
        className="api-table"
      />
      {bodies.map(([status, r]) => (
        <Body label={`Fields of the ${status} response of ${name}`} content={r.content} schemas={schemas} />
      ))}
    </article>
  );
}

function TagSection({ tag, schemas }: { tag: DocTag; schemas: ReadonlySet<string> }) {
  return (
    <section id={`tag-${tag.name}`} aria-labelledby={`tag-${tag.name}-h`}>
      <h2 id={`tag-${tag.name}-h`}>{tag.name[0]!.toUpperCase() + tag.name.slice(1)}</h2>
      {tag.description ? <p class="intro">{tag.description}</p> : null}
      {tag.operations.map((o) => (
        <OperationView o={o} schemas={schemas} />
      ))}
    </section>
  );
}

function Contents({ tags, schemaNames }: { tags: DocTag[]; schemaNames: string[] }) {
  return (
    <nav class="api-toc" aria-labelledby="api-toc-h">
      <h2 id="api-toc-h">Contents</h2>
      <ul>
        {tags.map((t) => (
          <li>
            <a href={`#tag-${t.name}`}>{t.name[0]!.toUpperCase() + t.name.slice(1)}</a>
            <ul>
              {t.operations.map((o) => (
                <li>
                  <a href={`#${o.id}`}>
                    <span class="api-method">{o.method}</span> <code class="api-path">{o.path}</code>
                  </a>
                  {o.op.summary ? ` ${o.op.summary}` : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
        <li>
          <a href="#schemas">Schemas</a>: {schemaNames.length} named data shapes
        </li>
      </ul>
    </nav>
  );
}

export function ApiDocsPage({ doc }: { doc: OpenApiDocument }): ComponentChildren {
  const tags = operationsByTag(linkNamedBodies(doc));
  const named = Object.entries(doc.components?.schemas ?? {});
  const schemas = new Set(named.map(([name]) => name));
  return (
    <>
      <header class="hero">
        <h1>{doc.info.title}</h1>
        {doc.info.description ? (
          <p class="summary">
            <Prose text={doc.info.description} />
          </p>
        ) : null}
        <p>
          Version {doc.info.version}, OpenAPI {doc.openapi}
          {doc.info.license ? `, ${doc.info.license.name} licence` : ''}. No key is needed for the public read API. The machine-readable
          document, for code generators and API tools: <a href={OPENAPI_JSON}>openapi.json</a> (also at <a href="/docs/json">/docs/json</a>{' '}
          and, as YAML, <a href="/docs/yaml">/docs/yaml</a>).
        </p>
      </header>
      <Contents tags={tags} schemaNames={[...schemas]} />
      {tags.map((tag) => (
        <TagSection tag={tag} schemas={schemas} />
      ))}
      <section id="schemas" aria-labelledby="schemas-h">
        <h2 id="schemas-h">Schemas</h2>
        <p class="intro">The named data shapes the operations above send and answer. A field marked required is always present.</p>
        {named.map(([name, schema]) => (
          <section class="api-schema" id={`schema-${name}`} aria-labelledby={`schema-${name}-h`}>
            <h3 id={`schema-${name}-h`}>{name}</h3>
            {schema.description ? (
              <p>
                <Prose text={schema.description} />
              </p>
            ) : null}
            {schema.properties ? (
              <FieldTable label={`Fields of ${name}`} schema={schema} schemas={schemas} />
            ) : (
              <p>
                <Type parts={typeParts(schema)} schemas={schemas} />
              </p>
            )}
          </section>
        ))}
      </section>
    </>
  );
}
