// The access rules as pure decisions (lib/domain/access.ts): deny by default, NOT_FOUND
// for a stranger, FORBIDDEN for a reader who may not act, and the restricted kinds
// for the integrity officer alone.
import { describe, expect, it } from "vitest";
import { allowedActions, canRead, canSeeSubmitter, decide, readScope, readsCases, type Actor, type CaseFacts } from "@/lib/domain/access";

const INF = "dep-inf";
const ENV = "dep-env";
const INT = "dep-int";
const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({ id: `${role}-id`, role, departmentId: null, serviceUnitId: null, ...extra });
const clerk = actor("CLERK", { serviceUnitId: "unit-1" });
const officer = actor("OFFICER", { departmentId: INF });
const officerOther = actor("OFFICER", { departmentId: ENV });
const head = actor("HEAD", { departmentId: INF });
const headOther = actor("HEAD", { departmentId: ENV });
const manager = actor("MANAGER");
const integrity = actor("INTEGRITY", { departmentId: INT });
const admin = actor("ADMIN");

const complaint: CaseFacts = {
  kind: "COMPLAINT",
  departmentId: INF,
  assigneeId: officer.id,
  serviceUnitId: "unit-1",
  status: "IN_PROGRESS",
  submitterConfidential: false,
};
const signal: CaseFacts = { ...complaint, kind: "CORRUPTION_SIGNAL", assigneeId: integrity.id };

describe("reading", () => {
  it("nobody, clerks and administrators read no case", () => {
    for (const v of [null, clerk, admin]) {
      expect(readsCases(v)).toBe(false);
      expect(canRead(v, complaint)).toBe(false);
    }
    expect(decide(null, "READ", complaint)).toBe("UNAUTHENTICATED");
    expect(decide(clerk, "READ", complaint)).toBe("NOT_FOUND");
    expect(decide(admin, "READ", complaint)).toBe("NOT_FOUND");
  });

  it("a department reads its own cases; heads and management read the triage queue", () => {
    expect([officer, head, manager].map((v) => canRead(v, complaint))).toEqual([true, true, true]);
    expect([officerOther, headOther, integrity].map((v) => canRead(v, complaint))).toEqual([false, false, false]);
    const unrouted = { ...complaint, departmentId: null };
    expect([officer, head, headOther, manager, integrity].map((v) => canRead(v, unrouted))).toEqual([false, true, true, true, false]);
  });

  it("restricted kinds are the integrity officer's alone, wherever they are routed", () => {
    for (const departmentId of [INF, null, INT]) {
      const c = { ...signal, departmentId };
      expect([officer, head, manager, admin, clerk].some((v) => canRead(v, c))).toBe(false);
      expect(canRead(integrity, c)).toBe(true);
      expect(canSeeSubmitter(integrity, c)).toBe(true);
    }
    expect(readScope(integrity).restrictedKinds).toBe(true);
  });

  it("a once-restricted case keeps its submitter hidden from everyone but the integrity officer", () => {
    const reclassified = { ...complaint, submitterConfidential: true };
    expect(canRead(head, reclassified)).toBe(true);
    expect(canSeeSubmitter(head, reclassified)).toBe(false);
    expect(canSeeSubmitter(manager, reclassified)).toBe(false);
    expect(canRead(integrity, reclassified)).toBe(true);
    expect(canSeeSubmitter(integrity, reclassified)).toBe(true);
    expect(canSeeSubmitter(head, complaint)).toBe(true);
  });
});

describe("acting", () => {
  it("the assigned officer works on the case; the head decides; the manager only reads", () => {
    expect(allowedActions(officer, complaint)).toEqual(["READ", "SEE_SUBMITTER", "NOTE", "ATTACH", "DRAFT", "REQUEST_INFORMATION"]);
    expect(allowedActions(head, complaint)).toHaveLength(16);
    expect(allowedActions(manager, complaint)).toEqual(["READ", "SEE_SUBMITTER"]);
    expect(decide(officer, "APPROVE", complaint)).toBe("FORBIDDEN");
    expect(decide(officer, "NOTE", { ...complaint, assigneeId: "someone-else" })).toBe("FORBIDDEN");
    expect(decide(headOther, "ASSIGN", complaint)).toBe("NOT_FOUND");
  });

  it("any head may triage the queue, but not assign from it", () => {
    const unrouted = { ...complaint, departmentId: null, assigneeId: null };
    expect(decide(headOther, "TRIAGE", unrouted)).toBe("ALLOW");
    expect(decide(headOther, "ASSIGN", unrouted)).toBe("FORBIDDEN");
    expect(decide(manager, "TRIAGE", unrouted)).toBe("FORBIDDEN");
  });

  it("the integrity officer handles restricted kinds end to end", () => {
    expect(allowedActions(integrity, signal)).toHaveLength(16);
    expect(decide(head, "TRIAGE", { ...signal, departmentId: null })).toBe("NOT_FOUND");
  });

  it("a clerk may attach the scan of what their unit just registered, and nothing else", () => {
    const received = { ...complaint, status: "RECEIVED" as const, assigneeId: null };
    expect(decide(clerk, "ATTACH", received)).toBe("ALLOW");
    expect(decide(clerk, "ATTACH", { ...received, serviceUnitId: "unit-2" })).toBe("NOT_FOUND");
    expect(decide(clerk, "ATTACH", complaint)).toBe("NOT_FOUND");
    expect(decide(clerk, "NOTE", received)).toBe("NOT_FOUND");
  });
});
