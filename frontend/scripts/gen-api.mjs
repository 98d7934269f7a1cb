// Generates src/lib/api-types.ts from the server's OpenAPI document (../docs/openapi.json) with
// openapi-typescript, formatted by Prettier like the rest of the code.
//   node scripts/gen-api.mjs          writes the file            (npm run gen:api)
//   node scripts/gen-api.mjs --check  fails if it is stale       (npm run check:api, part of lint and build)
// Friendly names for the generated types live in src/lib/api-schema.ts: the only module to adapt
// when a regenerated file changes shape.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, '../docs/openapi.json');
const target = resolve(root, 'src/lib/api-types.ts');

const header = `/**
 * Generated from docs/openapi.json by \`npm run gen:api\` (openapi-typescript). Do not edit: change the
 * server's contract, regenerate, and adapt the friendly names in api-schema.ts.
 */\n\n`;

const ast = await openapiTS(pathToFileURL(source), { alphabetize: true });
const options = (await prettier.resolveConfig(target)) ?? {};
const generated = await prettier.format(header + astToString(ast) + values(JSON.parse(readFileSync(source, 'utf8'))), {
  ...options,
  filepath: target,
});

/**
 * Values the document states that openapi-typescript leaves out (it writes types only): each view's default order,
 * the `x-default-by-view` extension of GET /api/tickets' `sort` parameter (the server's TicketView.defaultOrder).
 * @param {{ paths: Record<string, { get?: { parameters?: { name: string, 'x-default-by-view'?: Record<string, string> }[] } }> }} document
 */
function values(document) {
  const sort = (document.paths['/api/tickets']?.get?.parameters ?? []).find((p) => p.name === 'sort');
  const defaults = sort?.['x-default-by-view'];
  if (!defaults) throw new Error('docs/openapi.json: GET /api/tickets has no sort parameter with x-default-by-view');
  return `
/** Each view's order when a list asks for none (GET /api/tickets, \`sort\`'s \`x-default-by-view\`). */
export const listTicketsDefaultSortByView = ${JSON.stringify(defaults)} as const;
`;
}

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    console.error('src/lib/api-types.ts is stale: docs/openapi.json changed. Run `npm run gen:api` and commit.');
    process.exit(1);
  }
  console.log('src/lib/api-types.ts matches docs/openapi.json');
} else {
  writeFileSync(target, generated);
  console.log('wrote src/lib/api-types.ts');
}
