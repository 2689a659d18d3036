import { readFileSync, writeFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import { Ajv2020, type AnySchema } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { openApiJson } from './openapi';
import { ALL_ROUTES, QA_ROUTES } from './qa';

const DOC = new URL('../../docs/openapi.json', import.meta.url);

interface Operation {
  operationId: string;
  tags: string[];
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, AnySchema> };
}

/** A fresh copy each time: the validator dereferences the document it is given in place. */
const committed = () => JSON.parse(readFileSync(DOC, 'utf8')) as OpenApiDocument;

async function problemsOf(document: unknown): Promise<string[]> {
  const result = await validate(document as Parameters<typeof validate>[0]);
  return [
    ...(result.valid ? [] : [compileErrors(result)]),
    ...result.warnings.map((w) => w.message),
  ];
}

/** The OpenAPI validators leave schema objects unread: their dialect's meta-schema reads them. */
function schemaProblems(document: OpenApiDocument): string[] {
  const ajv = new Ajv2020();
  return Object.entries(document.components.schemas).flatMap(([name, schema]) =>
    ajv.validateSchema(schema) ? [] : [`${name}: ${ajv.errorsText(ajv.errors)}`],
  );
}

describe('docs/openapi.json', () => {
  it('is the rendering of the current contract (run `npm run docs:api` after changing it)', () => {
    const rendered = openApiJson();
    if (process.env.WRITE_API_DOCS === '1') writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('is a valid OpenAPI 3.1 document, without a warning', async () => {
    expect(await problemsOf(committed())).toEqual([]);
  });

  it('holds valid JSON Schema 2020-12 in every component', () => {
    expect(schemaProblems(committed())).toEqual([]);
  });

  // The checks above must be able to fail: each of these copies is broken in one place.
  it.each([
    [
      'a path parameter it does not declare',
      ['/api/onboarding/steps/{id}/complete', 'post', 'parameters'],
      undefined,
    ],
    ['an operationId used twice', ['/api/agent', 'get', 'operationId'], 'credits'],
    [
      'a response without a description',
      ['/api/credits', 'get', 'responses', '200', 'description'],
      undefined,
    ],
    [
      'a reference to a schema that is not there',
      ['/api/credits', 'get', 'responses', '200', 'content', 'application/json', 'schema', '$ref'],
      '#/components/schemas/Nowhere',
    ],
  ])('rejects a copy with %s', async (_, path, value) => {
    const document = committed();
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>(
        (node, key) => node[key] as Record<string, unknown>,
        document.paths,
      );
    if (value === undefined) delete parent[path.at(-1)!];
    else parent[path.at(-1)!] = value;
    expect(await problemsOf(document)).not.toEqual([]);
  });

  it('rejects a copy with a schema of a type JSON Schema does not have', () => {
    const document = committed();
    document.components.schemas.Credits = { type: 'strin' };
    expect(schemaProblems(document)).toEqual([expect.stringContaining('Credits')]);
  });

  it('describes every route the mock serves, by its name, the QA ones under the qa tag', () => {
    const operations = Object.values(committed().paths).flatMap((methods) =>
      Object.values(methods),
    );
    expect(Object.fromEntries(operations.map((o) => [o.operationId, o.tags]))).toEqual(
      Object.fromEntries(
        Object.keys(ALL_ROUTES).map((name) => [name, [name in QA_ROUTES ? 'qa' : 'credits']]),
      ),
    );
  });
});
