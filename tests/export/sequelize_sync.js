// Loads exported Sequelize model modules into real Sequelize 6 and syncs them to PostgreSQL.
// Driven by test_export_sequelize.py, which keeps one such process per worker:
//
//   node sequelize_sync.js        reads one job per line on standard input, answers one result
//                                 line per job on standard output, until end of input
//
// A job is {id, cjs, esm, url, sync}. The CommonJS module is called with a fresh Sequelize
// instance; when `sync` is true that instance runs sync({force: true}) against `url` (an empty
// database). The ES module is loaded into a second instance (never connected) and must define
// the same models with the same attributes. A result is {id, defineError, syncError, models,
// accessors, esmError, esmDiff} (or {id, harnessError}).
'use strict';

const fs = require('fs');
const { pathToFileURL } = require('url');
const { Sequelize, DataTypes } = require('sequelize');

function shape(sequelize) {
  // model -> attributes (name, field, type, allowNull, primaryKey, references) in order
  const out = {};
  for (const name of Object.keys(sequelize.models).sort()) {
    const m = sequelize.models[name];
    out[name] = {
      tableName: m.getTableName().toString(),
      attributes: Object.entries(m.rawAttributes).map(([k, a]) => ({
        name: k,
        field: a.field,
        type: a.type && typeof a.type.toSql === 'function' ? a.type.toSql() : String(a.type),
        allowNull: a.allowNull,
        primaryKey: !!a.primaryKey,
        references: a.references ? JSON.stringify(a.references) : null,
        onDelete: a.onDelete || null,
        onUpdate: a.onUpdate || null,
      })),
      associations: Object.keys(m.associations).sort(),
    };
  }
  return out;
}

// The association methods installed on each model's prototype (own function properties;
// attribute getters are accessor properties, not functions).
function accessors(sequelize) {
  const out = {};
  for (const name of Object.keys(sequelize.models)) {
    const proto = sequelize.models[name].prototype;
    out[name] = Object.getOwnPropertyNames(proto)
      .filter((p) => p !== 'constructor' && p !== '_isAttribute') // set by Model.init on every model
      .filter((p) => {
        const d = Object.getOwnPropertyDescriptor(proto, p);
        return d && typeof d.value === 'function';
      })
      .sort();
  }
  return out;
}

function offline() {
  return new Sequelize('postgres://nobody@127.0.0.1:1/none', { logging: false });
}

async function run(job) {
  const result = { defineError: null, syncError: null, models: null, accessors: null, esmError: null, esmDiff: null };
  const sequelize = job.sync ? new Sequelize(job.url, { logging: false }) : offline();
  try {
    let models;
    try {
      models = require(job.cjs)(sequelize, DataTypes);
    } catch (e) {
      result.defineError = e.message;
      return result;
    }
    const names = Object.keys(models).sort();
    const defined = Object.keys(sequelize.models).sort();
    if (JSON.stringify(names) !== JSON.stringify(defined)) {
      result.defineError = `the module returned ${JSON.stringify(names)} but defined ${JSON.stringify(defined)}`;
      return result;
    }
    for (const n of names) {
      if (models[n] !== sequelize.models[n]) result.defineError = `models[${JSON.stringify(n)}] is not the model of that name`;
    }
    result.models = shape(sequelize);
    result.accessors = accessors(sequelize);
    if (job.esm) {
      const second = offline();
      try {
        const mod = await import(pathToFileURL(job.esm).href);
        mod.default(second, DataTypes);
        const a = JSON.stringify(result.models);
        const b = JSON.stringify(shape(second));
        if (a !== b) result.esmDiff = 'the ES module defines other models than the CommonJS one';
      } catch (e) {
        result.esmError = e.message;
      } finally {
        await second.close();
      }
    }
    if (job.sync) {
      try {
        await sequelize.sync({ force: true });
      } catch (e) {
        result.syncError = e.message;
      }
    }
  } finally {
    await sequelize.close();
  }
  return result;
}

async function main() {
  const readline = require('readline');
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const job = JSON.parse(line);
    let result;
    try {
      result = await run(job);
    } catch (e) {
      result = { harnessError: String((e && e.stack) || e) };
    }
    process.stdout.write(JSON.stringify({ id: job.id, ...result }) + '\n');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(3);
});
