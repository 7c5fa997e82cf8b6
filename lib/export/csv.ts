// The one CSV writer of the application (case lists, figures, the annual report).
//
// - Encoding is RFC 4180 (fields quoted when they hold a comma, quote or line break; quotes
//   doubled; CRLF between records), done by `csv-stringify` from the csv project rather than
//   by hand.
// - The file is UTF-8 with a byte-order mark: without it Excel on Windows reads the bytes as
//   the local code page and Bulgarian and Turkish text turns into mojibake.
// - Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that starts with =, +,
//   -, @, a tab or a carriage return is run as a formula by Excel/LibreOffice. Category names,
//   department names and anything else a person typed are text, so such cells get a leading
//   single quote, which spreadsheets show as text. Numbers the application computes itself
//   (counts, percentages, days) are passed as `number` and stay numeric, including negative
//   ones — they cannot carry a formula.
import { stringify } from "csv-stringify/sync";
import { fileResponse } from "@/lib/ui/staff/file-response";

export type CsvCell = string | number | boolean | Date | null | undefined;

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets (see the header). */
export function csvSafeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return value.toISOString();
  return csvSafeText(value);
}

/** Records (header first if you want one) as CSV lines, without the byte-order mark. */
export function csvLines(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => row.map(cell)),
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF or
    // CR; RFC 4180 wants any line break quoted, so ask for it.
    { record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}

/** A whole CSV document: byte-order mark, header, rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + csvLines([header, ...rows]);
}

/**
 * Builds a CSV document a page at a time (case lists are read in pages, not at once).
 */
export class CsvBuilder {
  private readonly parts: string[] = [BOM];
  private count = 0;

  constructor(header: readonly string[]) {
    this.parts.push(csvLines([header]));
  }

  add(rows: readonly (readonly CsvCell[])[]): void {
    if (rows.length === 0) return;
    this.parts.push(csvLines(rows));
    this.count += rows.length;
  }

  /** Data rows written so far (the header is not counted). */
  get rowCount(): number {
    return this.count;
  }

  toString(): string {
    return this.parts.join("");
  }
}

/** A file name safe in a Content-Disposition header and on every file system. */
export function safeFilename(name: string, extension = "csv"): string {
  const base = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
  return `${base || "export"}.${extension}`;
}

/** A route handler's response for a CSV download (never cached, never sniffed). `filename` is without extension. */
export function csvResponse(body: string, filename: string): Response {
  return fileResponse(new TextEncoder().encode(body), {
    filename: safeFilename(filename, "csv"),
    mimeType: "text/csv; charset=utf-8",
    disposition: "attachment",
  });
}
