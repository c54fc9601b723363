// The JSON schema of `sorot.config.json`, made from the VS Code settings the extension declares in
// package.json, so that the two cannot drift apart: one schema for the editor's settings and the
// project's file. `npx tsx scripts/configSchema.ts` writes it to server/data/config.schema.json; a test
// checks that the file written is what this gives. VS Code validates and completes the file with it
// (`jsonValidation` in package.json), and a configuration may name it in `$schema`.

import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
export const CONFIG_SCHEMA_FILE = path.join(ROOT, 'server', 'data', 'config.schema.json');

type Json = { [key: string]: unknown };

/** The schema, from package.json's `contributes.configuration` with its English descriptions. */
export function configSchema(manifest: Json, nls: Record<string, string>): Json {
  const described = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(described);
    if (value === null || typeof value !== 'object') return typeof value === 'string' ? value.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole) : value;
    // `scope` means something to VS Code only.
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'scope').map(([key, inner]) => [key, described(inner)]));
  };
  const settings = ((manifest.contributes as Json).configuration as Json).properties as Json;
  const properties: Json = {
    $schema: { type: 'string', description: 'The schema of this file.' },
  };
  for (const [name, schema] of Object.entries(settings)) properties[name.replace(/^sorot\./, '')] = described(schema);
  properties.ignorePatterns = {
    type: 'array', items: { type: 'string' }, default: [],
    markdownDescription: 'Files the command line leaves out of folders and globs, as `.gitignore` reads patterns, relative to this file (`drafts/`, `*-old.txt`).',
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Sorot project configuration (sorot.config.json)',
    description: 'The settings of the VS Code extension, under the same keys without `sorot.`, for a project: read by the `sorot` command line for each article under this folder, and by the language server at the workspace root, where they win over the editor\'s settings.',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

/** The schema as written to its file. */
export function configSchemaText(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Json;
  const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return JSON.stringify(configSchema(manifest, nls), null, 2) + '\n';
}

if (require.main === module) fs.writeFileSync(CONFIG_SCHEMA_FILE, configSchemaText());
