// Expands each JSON file given on the command line with an independent JSON-LD processor
// (the npm package `jsonld`) in safe mode, offline, and fails unless every member of
// `credentialSubject`, at every depth, survives expansion with its value.
//
// Usage: node tests/jsonld/expand.mjs FILE...
// The npm packages come from the tools folder (`cargo xtask setup` installs them):
// $OWNPLAN_TOOLS_DIR, else `tools/` beside this folder's parent.
// Contexts are served from the npm package `@digitalbazaar/credentials-context`; any other
// address is refused, so nothing is ever fetched.
// Exit status: 0 every file passed, 1 a file failed, 2 usage or set-up error.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const toolsDir = process.env.OWNPLAN_TOOLS_DIR
  ? resolve(process.env.OWNPLAN_TOOLS_DIR)
  : resolve(here, '..', '..', 'tools');

let jsonld;
let contexts;
try {
  const require = createRequire(join(toolsDir, 'package.json'));
  jsonld = require('jsonld');
  ({ contexts } = require('@digitalbazaar/credentials-context'));
} catch (error) {
  console.error(
    `cannot load jsonld and @digitalbazaar/credentials-context from ${toolsDir}/node_modules ` +
      `(run \`cargo xtask setup\`): ${error.message}`,
  );
  process.exit(2);
}

const SUBJECT = 'https://www.w3.org/2018/credentials#credentialSubject';

async function documentLoader(url) {
  const document = contexts.get(url);
  if (document === undefined) {
    throw new Error(`refusing to load ${url}: only the bundled credentials contexts are served`);
  }
  return { contextUrl: null, documentUrl: url, document };
}

// The expanded property for compact member `name`: the one IRI ending in `#name` or `/name`.
function propertyFor(node, name) {
  const matches = Object.keys(node).filter(
    (iri) => !iri.startsWith('@') && (iri.endsWith(`#${name}`) || iri.endsWith(`/${name}`)),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

// Compares a compact value with its expansion (always an array of values or node objects).
function compare(compact, expanded, path, failures) {
  const values = Array.isArray(compact) ? compact : [compact];
  if (!Array.isArray(expanded) || expanded.length !== values.length) {
    failures.push(`${path}: ${values.length} value(s) became ${JSON.stringify(expanded)}`);
    return;
  }
  values.forEach((value, index) => {
    const at = Array.isArray(compact) ? `${path}[${index}]` : path;
    compareOne(value, expanded[index], at, failures);
  });
}

function compareOne(compact, expanded, path, failures) {
  if (compact !== null && typeof compact === 'object' && !Array.isArray(compact)) {
    compareNode(compact, expanded, path, failures);
  } else if (expanded === null || typeof expanded !== 'object' || expanded['@value'] !== compact) {
    failures.push(`${path}: ${JSON.stringify(compact)} became ${JSON.stringify(expanded)}`);
  }
}

function compareNode(compact, node, path, failures) {
  if (node === null || typeof node !== 'object' || '@value' in node) {
    failures.push(`${path}: an object became ${JSON.stringify(node)}`);
    return;
  }
  const used = new Set();
  for (const [name, value] of Object.entries(compact)) {
    const at = `${path}.${name}`;
    if (name === 'id') {
      if (node['@id'] !== value) {
        failures.push(`${at}: id ${JSON.stringify(value)} became @id ${JSON.stringify(node['@id'])}`);
      }
      continue;
    }
    if (name === 'type') {
      failures.push(`${at}: a type inside credentialSubject is not expected`);
      continue;
    }
    const property = propertyFor(node, name);
    if (property === undefined) {
      failures.push(`${at}: dropped by expansion`);
      continue;
    }
    used.add(property);
    compare(value, node[property], at, failures);
  }
  for (const property of Object.keys(node)) {
    if (!property.startsWith('@') && !used.has(property)) {
      failures.push(`${path}: expansion added ${property}`);
    }
  }
}

async function check(file) {
  const document = JSON.parse(readFileSync(file, 'utf8'));
  const expanded = await jsonld.expand(document, { documentLoader, safe: true, base: null });
  const failures = [];
  if (!Array.isArray(expanded) || expanded.length !== 1) {
    return [`$: the document did not expand to one node`];
  }
  const subject = document.credentialSubject;
  if (subject === null || typeof subject !== 'object' || Array.isArray(subject)) {
    return ['$.credentialSubject: missing or not an object'];
  }
  compare(subject, expanded[0][SUBJECT], '$.credentialSubject', failures);
  return failures;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tests/jsonld/expand.mjs FILE...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  let failures;
  try {
    failures = await check(file);
  } catch (error) {
    const code = error.details?.event?.code ?? error.name;
    failures = [`safe-mode expansion refused it (${code}): ${error.message}`];
    if (error.details?.cause?.message) {
      failures.push(`cause: ${error.details.cause.message}`);
    }
    if (error.details?.event?.details) {
      failures.push(JSON.stringify(error.details.event.details).slice(0, 500));
    }
  }
  if (failures.length === 0) {
    console.log(`ok ${file}`);
  } else {
    failed += 1;
    console.log(`FAILED ${file}`);
    for (const failure of failures.slice(0, 20)) {
      console.log(`  ${failure}`);
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
