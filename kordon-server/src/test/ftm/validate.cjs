'use strict';
// Checks FollowTheMoney entities against the official FtM model (@opensanctions/followthemoney): reads one JSON
// entity a line from the file named as the first argument and prints one line per problem, then a summary line;
// exits 1 when any entity is invalid. An entity is valid when its schema exists and is not abstract, it has an id,
// each property exists on its schema, each value is a string (or, for an entity-typed property, a nested entity of
// the property's range, itself valid), no value is longer than the property allows, genders, countries, topics and
// languages are codes of the model's vocabularies, and dates are ISO 8601 prefixes (no ranges).
// Used by kordon-server's FtmValidityTest: node validate.cjs entities.jsonl
const fs = require('fs');
const { Model, defaultModel } = require('@opensanctions/followthemoney');

const model = new Model(defaultModel);
const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;
const CODED = new Set(['gender', 'country', 'topic', 'language']);

function check(raw, where, errors) {
  let schema;
  try {
    schema = model.getSchema(raw.schema);
  } catch (e) {
    errors.push(`${where}: schema ${JSON.stringify(raw.schema)}: ${e.message}`);
    return null;
  }
  if (schema.abstract) {
    errors.push(`${where}: schema ${schema.name} is abstract`);
  }
  if (typeof raw.id !== 'string' || raw.id.length === 0) {
    errors.push(`${where}: no id`);
  }
  for (const [name, values] of Object.entries(raw.properties || {})) {
    let prop;
    try {
      prop = schema.getProperty(name);
    } catch (e) {
      errors.push(`${where}: ${schema.name} has no property ${name}`);
      continue;
    }
    if (!Array.isArray(values)) {
      errors.push(`${where}.${name}: not a list of values`);
      continue;
    }
    for (const v of values) {
      if (v !== null && typeof v === 'object') {
        if (!prop.type.isEntity) {
          errors.push(`${where}.${name}: a nested entity where ${prop.type.name} values belong`);
          continue;
        }
        const nested = check(v, `${where}.${name}[${v.id}]`, errors);
        if (nested && !nested.isA(prop.getRange())) {
          errors.push(`${where}.${name}: a ${nested.name} where ${prop.getRange().name} belongs`);
        }
        continue;
      }
      if (typeof v !== 'string') {
        errors.push(`${where}.${name}: ${JSON.stringify(v)} is not a string`);
        continue;
      }
      if (prop.stub) {
        errors.push(`${where}.${name}: a reverse (stub) property set with a value`);
      }
      const type = prop.type;
      const max = prop.maxLength || type.maxLength;
      const length = [...v].length;
      if (max && length > max) {
        errors.push(`${where}.${name}: ${length} characters, at most ${max}`);
      }
      if (CODED.has(type.name) && !type.values.has(v)) {
        errors.push(`${where}.${name}: ${JSON.stringify(v)} is not a ${type.name} code`);
      }
      if (type.name === 'date' && !DATE.test(v)) {
        errors.push(`${where}.${name}: ${JSON.stringify(v)} is not an ISO date prefix`);
      }
    }
  }
  return schema;
}

const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim().length > 0);
const errors = [];
lines.forEach((line, i) => {
  let raw;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    errors.push(`line ${i + 1}: not JSON: ${e.message}`);
    return;
  }
  check(raw, raw.id || `line ${i + 1}`, errors);
});
errors.forEach((e) => console.log(e));
console.log(`checked ${lines.length} entities against followthemoney ${require('@opensanctions/followthemoney/package.json').version}: ${errors.length} problems`);
process.exit(errors.length === 0 ? 0 : 1);
