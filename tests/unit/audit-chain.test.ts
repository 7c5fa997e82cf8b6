// The audit trail's hash chain as pure code (lib/audit/chain.ts).
import { describe, expect, it } from "vitest";
import {
  GENESIS_HASH,
  canonicalJson,
  computeAuditHash,
  stripPersonalData,
  toAuditJson,
  type ChainedEntry,
} from "@/lib/audit/chain";

const entry: ChainedEntry = {
  at: new Date("2026-11-30T08:15:30.123Z"),
  actorId: "0b6f3c1e-8a51-4a0f-9d3c-6f7d2b9e1a00",
  action: "CASE_ASSIGNED",
  entityType: "Case",
  entityId: "6d1f0a52-3c9b-4e55-8b0e-2a7c4f9d8e11",
  before: { status: "RECEIVED", assigneeId: null },
  after: { status: "IN_PROGRESS", assigneeId: "0b6f3c1e-8a51-4a0f-9d3c-6f7d2b9e1a00" },
};

describe("canonicalJson", () => {
  it("gives the same text whatever the key order, at every depth", () => {
    const a = { b: 1, a: { z: [3, { y: 1, x: 2 }], c: "č" } };
    const b = { a: { c: "č", z: [3, { x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"č","z":[3,{"x":2,"y":1}]},"b":1}');
  });

  it("keeps array order", () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it("writes Dates as ISO strings and bigints as strings", () => {
    expect(canonicalJson({ at: new Date("2026-01-02T03:04:05.006Z"), id: 12345678901234567890n })).toBe(
      '{"at":"2026-01-02T03:04:05.006Z","id":"12345678901234567890"}',
    );
  });

  it("follows JSON.stringify for undefined, non-finite numbers and toJSON", () => {
    expect(canonicalJson({ a: undefined, b: [undefined, NaN, Infinity], c: { toJSON: () => "x" } })).toBe(
      '{"b":[null,null,null],"c":"x"}',
    );
    expect(canonicalJson(undefined)).toBe("null");
    expect(canonicalJson(-0)).toBe("0");
  });

  it("reads back what it wrote (stable under JSON round trips)", () => {
    const value = { n: 0.1 + 0.2, big: 1e21, tiny: 5e-324, s: "ü\n\"\\", nested: [{ b: true, a: null }] };
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it("refuses circular structures but allows a value twice", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(TypeError);
  });
});

describe("computeAuditHash", () => {
  const base = computeAuditHash(GENESIS_HASH, entry);

  it("is a SHA-256 hex digest and genesis is 64 zeros", () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(GENESIS_HASH).toBe("0".repeat(64));
  });

  it("does not depend on key order in before/after", () => {
    expect(computeAuditHash(GENESIS_HASH, { ...entry, after: { assigneeId: entry.actorId, status: "IN_PROGRESS" } })).toBe(base);
  });

  it("treats absent before/after as null", () => {
    expect(computeAuditHash(GENESIS_HASH, { ...entry, before: undefined })).toBe(
      computeAuditHash(GENESIS_HASH, { ...entry, before: null }),
    );
  });

  const changes: [string, Partial<ChainedEntry> | "prevHash"][] = [
    ["prevHash", "prevHash"],
    ["at (one millisecond)", { at: new Date(entry.at.getTime() + 1) }],
    ["actorId", { actorId: null }],
    ["action", { action: "CASE_TRANSFERRED" }],
    ["entityType", { entityType: "User" }],
    ["entityId", { entityId: null }],
    ["before", { before: { status: "RECEIVED", assigneeId: "x" } }],
    ["after", { after: { status: "IN_PROGRESS" } }],
    ["a field added to after", { after: { status: "IN_PROGRESS", assigneeId: "0b6f3c1e-8a51-4a0f-9d3c-6f7d2b9e1a00", n: "1" } }],
  ];
  it.each(changes)("changes when %s changes", (_name, change) => {
    const changed =
      change === "prevHash" ? computeAuditHash("f".repeat(64), entry) : computeAuditHash(GENESIS_HASH, { ...entry, ...change });
    expect(changed).not.toBe(base);
  });

  it("changes when the previous hash changes, so a change anywhere breaks every later link", () => {
    const second = computeAuditHash(base, entry);
    const afterTamper = computeAuditHash(computeAuditHash(GENESIS_HASH, { ...entry, action: "CASE_CLOSED" }), entry);
    expect(afterTamper).not.toBe(second);
  });
});

describe("stripPersonalData", () => {
  it("drops personal-data keys at every depth and everything under submitter", () => {
    const input = {
      status: "RECEIVED",
      subject: "Street light",
      submitter: { name: "Иван Петров", email: "ivan@example.bg", consentAt: "2026-01-01" },
      contact: { Name: "A", EMAIL: "a@b.bg", phone: "+359 888", address: "ул. Витоша 1", firstName: "A", lastName: "B" },
      list: [{ name: "x", id: 1 }],
    };
    expect(stripPersonalData(input)).toEqual({ status: "RECEIVED", subject: "Street light", contact: {}, list: [{ id: 1 }] });
  });

  it("drops secrets that must not reach an append-only table", () => {
    expect(stripPersonalData({ role: "OFFICER", passwordHash: "x", totpSecret: "y", accessCodeHash: "z", tokenHash: "t" })).toEqual({
      role: "OFFICER",
    });
  });

  it("does not change its input and keeps other objects as they are", () => {
    const at = new Date();
    const input = { name: "x", at, nested: { email: "e" } };
    const out = stripPersonalData(input) as Record<string, unknown>;
    expect(input).toEqual({ name: "x", at, nested: { email: "e" } });
    expect(out.at).toBe(at);
    expect(stripPersonalData("text")).toBe("text");
    expect(stripPersonalData(null)).toBe(null);
  });
});

describe("toAuditJson", () => {
  it("gives plain JSON without personal data", () => {
    expect(toAuditJson({ at: new Date("2026-01-01T00:00:00.000Z"), n: 7n, name: "x", submitter: { email: "e" }, u: undefined })).toEqual({
      at: "2026-01-01T00:00:00.000Z",
      n: "7",
    });
    expect(toAuditJson(undefined)).toBe(null);
  });

  it("replaces what jsonb cannot store (NUL, lone surrogates) and keeps the rest", () => {
    expect(toAuditJson({ s: "a\u0000b\uD800c😀" })).toEqual({ s: "a\uFFFDb\uFFFDc😀" });
  });

  it("strips personal data produced by toJSON too", () => {
    expect(toAuditJson({ x: { toJSON: () => ({ email: "e", id: 1 }) } })).toEqual({ x: { id: 1 } });
  });
});
