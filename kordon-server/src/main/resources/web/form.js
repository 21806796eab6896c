// Form and page pieces shared by the pages: headings, labelled fields, problem messages, status badges, file reading.
import { h, clear } from './dom.js';

export const SCHEMAS = ['Person', 'Company', 'Organization', 'Vessel', 'Aircraft'];

export function heading(text) {
  return h('h1', { tabindex: '-1' }, text);
}

export function field(id, label, input, hint) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    input,
    hint ? h('span', { class: 'hint', id: id + '-hint' }, hint) : null);
}

export function input(id, attrs) {
  return h('input', Object.assign({ id, name: id, type: 'text' }, attrs || {}));
}

export function value(id) {
  const el = document.getElementById(id);
  return el ? el.value.trim() : '';
}

export function problem(where, err) {
  const text = err && err.describe ? err.describe() : String(err && err.message ? err.message : err);
  clear(where).appendChild(h('p', { class: 'error', role: 'alert' }, text));
}


export function status(word) {
  return h('span', { class: 'status ' + String(word).replace(/ /g, '-') }, word);
}

/** Reads a chosen file into a textarea (UTF-8; a file that is not is refused, naming it). */
export async function fileInto(file, textarea, where) {
  const bytes = await file.arrayBuffer();
  try {
    textarea.value = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    problem(where, new Error(file.name + ': not UTF-8 text'));
    return false;
  }
  return true;
}
