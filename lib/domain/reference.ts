// Case references: human-friendly, sequential per year, e.g. MG-2026-000123.
// The number is allocated in the submitting transaction (lib/cases/submit-feedback.ts).

export function formatReference(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, "0")}`;
}

const REFERENCE_RE = /^([A-Z]{1,8})-(\d{4})-(\d{6,})$/;

/** Normalises what a citizen types ("mg 2026 123" → "MG-2026-000123"); null if it cannot be one. */
export function parseReference(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/[\s_–—]+/g, "-");
  const m = REFERENCE_RE.exec(compact) ?? /^([A-Z]{1,8})-?(\d{4})-?(\d{1,9})$/.exec(compact);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]!.padStart(6, "0")}`;
}
