// Checks CSV text before it goes to the engine, so a mistake is shown where it is: line and
// column (both 1-based). Rules: comma separated numbers, the same column count on every line, an
// optional header line (first line with a non-number), a label column of whole numbers >= 0.
// Returns null when the text is fine, else {line, column, key, params}.

export function checkCsv(text, labelColumn) {
  const lines = text.split(/\r\n|\n|\r/);
  let expected = -1;
  let rows = 0;
  let first = true;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '') continue;
    const cells = line.split(',');
    if (first) {
      first = false;
      expected = cells.length;
      if (cells.some((c) => c.trim() === '' || !Number.isFinite(Number(c)))) continue; // header
    }
    if (cells.length !== expected) {
      return { line: n + 1, column: Math.min(cells.length, expected) + 1, key: 'csv.columns',
        params: { found: cells.length, expected } };
    }
    const label = labelColumn < 0 ? expected - 1 : labelColumn;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c].trim();
      const v = Number(cell);
      if (cell === '' || !Number.isFinite(v)) {
        return { line: n + 1, column: c + 1, key: 'csv.notNumber', params: { text: cell } };
      }
      if (c === label && !(Number.isInteger(v) && v >= 0 && v < 100)) {
        return { line: n + 1, column: c + 1, key: 'csv.label', params: { text: cell } };
      }
    }
    rows++;
  }
  if (rows < 2) return { line: lines.length, column: 1, key: 'csv.tooFew', params: {} };
  return null;
}
