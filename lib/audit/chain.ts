// The audit trail's hash chain, as pure code (issue "Staff workspace", section "Audit
// trail"). Each record's hash covers the previous record's hash and the record's chained
// fields, so changing, deleting or reordering any record breaks every link after it;
// lib/audit/verify.ts walks the chain and names the first broken link.
//
// Personal data stays OUT of the chained fields (architecture.md, "Data"): the Submitter
// row is erased after its retention period, and a hash that covered a name or an e-mail
// address would either keep it for ever or break when it is erased. So use cases pass the
// case's own fields (status, department, assignee ids …), never the Submitter row, and
// never an e-mail address or a name as entityId. stripPersonalData is the safety net,
// not the rule.
import { createHash } from "node:crypto";

/** prevHash of the first record. */
export const GENESIS_HASH = "0".repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The fields a record's hash covers, besides the previous record's hash. */
export interface ChainedEntry {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * JSON with object keys sorted (UTF-16 code unit order) at every depth, so equal values
 * always give the same text — in particular a value read back from a jsonb column, whose
 * key order PostgreSQL chooses. Otherwise JSON.stringify's rules: toJSON is honoured
 * (Dates become ISO strings), undefined/functions/symbols are left out of objects and
 * become null in arrays, non-finite numbers become null. bigint becomes a string.
 * Throws on a circular structure.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set()) ?? "null";
}

function write(value: unknown, ancestors: Set<object>): string | undefined {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON(): unknown }).toJSON();
  }
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return JSON.stringify(value.toString());
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  if (value === null) return "null";
  const obj = value as object;
  if (ancestors.has(obj)) throw new TypeError("canonicalJson: circular structure");
  ancestors.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = `[${obj.map((item) => write(item, ancestors) ?? "null").join(",")}]`;
  } else {
    const record = obj as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const text = write(record[key], ancestors);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
    }
    out = `{${parts.join(",")}}`;
  }
  ancestors.delete(obj);
  return out;
}

/**
 * SHA-256 (hex) of the canonical JSON of the previous hash and the chained fields.
 * `at` counts to the millisecond (the column is timestamptz(3)); before/after must be
 * what is stored (see toAuditJson), so the hash can be recomputed from the row.
 */
export function computeAuditHash(prevHash: string, entry: ChainedEntry): string {
  const payload = canonicalJson({
    prevHash,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash("sha256").update(payload, "utf8").digest("hex");
}

/**
 * Keys that hold personal data (compared case-insensitively): the Submitter's columns
 * and their usual spellings. A staff member is recorded by actorId, not by name.
 */
export const PERSONAL_DATA_KEYS: ReadonlySet<string> = new Set([
  "name",
  "firstname",
  "lastname",
  "fullname",
  "email",
  "phone",
  "address",
]);
/** Keys whose whole value is personal data, however deep it goes. */
export const PERSONAL_DATA_SUBTREES: ReadonlySet<string> = new Set(["submitter"]);
/**
 * Secrets that must never reach an append-only table either (an audit record cannot be
 * erased): password and TOTP material, keyed hashes of access codes and rating tokens.
 */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  "password",
  "passwordhash",
  "totpsecret",
  "accesscode",
  "accesscodehash",
  "token",
  "tokenhash",
]);

function isStripped(key: string): boolean {
  const k = key.toLowerCase();
  return PERSONAL_DATA_KEYS.has(k) || PERSONAL_DATA_SUBTREES.has(k) || SECRET_KEYS.has(k);
}

/**
 * A copy of `value` without personal data or secrets: drops the keys above at every
 * depth of plain objects and arrays (a `submitter` key goes with everything under it).
 * Other objects (Date, Decimal, …) are kept as they are. Does not mutate its input.
 */
export function stripPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripPersonalData);
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isStripped(key))
      .map(([key, v]) => [key, stripPersonalData(v)]),
  );
}

// jsonb refuses U+0000 and unpaired surrogates; store U+FFFD instead, so the value read
// back is the value hashed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function storableText(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD").replace(LONE_SURROGATE, "\uFFFD");
}

function storable(value: JsonValue): JsonValue {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [storableText(key), storable(v)]));
}

/**
 * What recordAudit stores in before/after: the value as plain JSON (the same rules as
 * canonicalJson: Dates as ISO strings, bigint as strings), personal data and secrets
 * stripped, strings made storable in jsonb. Reading it back and hashing it again gives
 * the same hash. null means "nothing" (the column is left NULL).
 */
export function toAuditJson(value: unknown): JsonValue {
  return storable(stripPersonalData(JSON.parse(canonicalJson(value))) as JsonValue);
}
