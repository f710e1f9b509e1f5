// Parses exported DBML with @dbml/core and exported Mermaid with mermaid's own parser, all
// designs in one process (driven by test_export_dbml_mermaid.py):
//
//   node parse_dbml_mermaid.mjs JOBS.json RESULTS.json
//
// JOBS.json: [{id, dbml, mermaid}] (file paths). RESULTS.json, per id:
//   dbml:    {error} or {tables: [{name, fields: [{name, pk, notNull, unique, increment, type}],
//            indexes}], refs: [[{table, fields, relation}, ...]], enums: [names], postgres: error|null}
//   mermaid: {error} or {type, entities: {name: [{name, type, keys}]}, relationships: [...]}
//
// The test copies this file next to the node_modules it installed, so that the bare imports
// below resolve there (ES modules ignore NODE_PATH).
import fs from 'fs';
import { Parser, exporter } from '@dbml/core';
import { JSDOM } from 'jsdom';


// mermaid needs a DOM for its sanitizer, not for parsing
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const k of ['DOMParser', 'Element', 'HTMLElement', 'Node']) globalThis[k] = dom.window[k];
try { globalThis.navigator = dom.window.navigator; } catch { /* read-only in newer node */ }
const mermaid = (await import('mermaid')).default;
mermaid.initialize({ startOnLoad: false });

function dbml(text) {
  try {
    const db = new Parser().parse(text, 'dbmlv2');
    const schema = db.schemas[0];
    const out = {
      tables: schema.tables.map((t) => ({
        name: t.name,
        fields: t.fields.map((f) => ({
          name: f.name, pk: !!f.pk, notNull: !!f.not_null, unique: !!f.unique, increment: !!f.increment,
          type: f.type && f.type.type_name,
        })),
        indexes: t.indexes.map((i) => ({ pk: !!i.pk, unique: !!i.unique, columns: i.columns.map((c) => c.value) })),
      })),
      refs: schema.refs.map((r) => r.endpoints.map((e) => ({ table: e.tableName, fields: e.fieldNames, relation: e.relation }))),
      enums: schema.enums.map((e) => e.name),
      postgres: null,
    };
    try {
      exporter.export(text, 'postgres');
    } catch (e) {
      out.postgres = String(e.message || e);
    }
    return out;
  } catch (e) {
    const diags = e && e.diags ? e.diags.map((d) => `${d.message} (line ${d.location && d.location.start && d.location.start.line})`) : null;
    return { error: diags ? diags.join('; ') : String((e && e.message) || e) };
  }
}

async function mmd(text) {
  try {
    const parsed = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const entities = {};
    for (const [name, e] of db.getEntities()) {
      entities[e.alias || name] = (e.attributes || []).map((a) => ({ name: a.name, type: a.type, keys: a.keys || [] }));
    }
    const byId = {};
    for (const [name, e] of db.getEntities()) byId[e.id] = name;
    const relationships = db.getRelationships().map((r) => ({
      a: byId[r.entityA] || r.entityA, b: byId[r.entityB] || r.entityB, role: r.roleA,
      cardA: r.relSpec.cardA, cardB: r.relSpec.cardB, relType: r.relSpec.relType,
    }));
    return { type: parsed.diagramType, entities, relationships };
  } catch (e) {
    return { error: String((e && e.message) || e).split('\n').slice(0, 4).join(' | ') };
  }
}

const [jobsPath, resultsPath] = process.argv.slice(2);
const jobs = JSON.parse(fs.readFileSync(jobsPath, 'utf8'));
const results = {};
for (const job of jobs) {
  results[job.id] = {
    dbml: dbml(fs.readFileSync(job.dbml, 'utf8')),
    mermaid: await mmd(fs.readFileSync(job.mermaid, 'utf8')),
  };
}
fs.writeFileSync(resultsPath, JSON.stringify(results, null, 1));
