// CSV in the page: RFC 4180 parsing, header-checked records with file/line/field errors, safe cells for download.

/** Parses RFC 4180 CSV: quoted fields with "" escapes, CRLF or LF. Returns rows of {line, cells}. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') {
          line++;
        }
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(cell);
      rows.push({ line: rowLine, cells: row });
      row = [];
      cell = '';
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) {
    throw new Error('line ' + rowLine + ': a quoted field is not closed');
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push({ line: rowLine, cells: row });
  }
  return rows.filter(r => !(r.cells.length === 1 && r.cells[0].trim() === ''));
}
/** A CSV cell, quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it. */
export function csvCell(v) {
  let s = String(v == null ? '' : v);
  if (/^[=+\-@\t\r]/.test(s)) {
    s = "'" + s;
  }
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** Rows of a CSV as objects by header name; checks the required columns and reports file, line and field. */
export function csvRecords(fileName, text, required) {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) {
    throw new Error(fileName + ': empty');
  }
  const header = rows[0].cells.map(c => c.trim().toLowerCase());
  for (const r of required) {
    if (!header.includes(r)) {
      throw new Error(fileName + ' line 1: no column "' + r + '" in the header (' + header.join(',') + ')');
    }
  }
  return rows.slice(1).map(r => {
    const o = {};
    header.forEach((name, i) => {
      o[name] = i < r.cells.length ? r.cells[i].trim() : '';
    });
    for (const f of required) {
      if (!o[f]) {
        throw new Error(fileName + ' line ' + r.line + ', field ' + f + ': empty');
      }
    }
    return { line: r.line, cells: o };
  });
}

/** A server error about items[i].field, told as the file's line and field. */
export function atLine(err, fileName, arrayName, items) {
  const m = new RegExp('^' + arrayName + '\\[(\\d+)\\]\\.?(\\w*)').exec(err.field || '');
  if (!m || !items[Number(m[1])]) {
    return err;
  }
  const detail = err.message.replace(/^[\w\[\].]+: /, '');
  return new Error(fileName + ' line ' + items[Number(m[1])].line + (m[2] ? ', field ' + m[2] : '') + ': ' + detail);
}
