// caseEvents: each event is authorised for each subscriber on every delivery; `after`
// replays what a subscriber missed with no gap and no duplicate; a signed-out or
// disabled user's feed ends at the next event.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ExecutionResult } from "graphql";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gqlSubscribe } from "@/tests/support/graphql";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";

let t: TestDb;
let org: Org;
beforeAll(async () => {
  t = await startTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.reset();
  org = await makeOrg(t.db.prisma);
});

const FEED = `subscription($after: ID) { caseEvents(after: $after) { id type case { reference departmentCode } } }`;
type Item = { id: string; type: string; case: { reference: string; departmentCode: string | null } };

async function open(viewer: Viewer, after?: string) {
  const result = await gqlSubscribe(FEED, after ? { after } : {}, { viewer });
  if (!(Symbol.asyncIterator in result)) throw new Error(JSON.stringify((result as ExecutionResult).errors));
  return result as AsyncGenerator<ExecutionResult<{ caseEvents: Item }>>;
}

/** The next `n` items, or fewer if none arrives within `ms`. */
async function take(feed: AsyncGenerator<ExecutionResult<{ caseEvents: Item }>>, n: number, ms = 1500): Promise<(Item | { error: string })[]> {
  const out: (Item | { error: string })[] = [];
  while (out.length < n) {
    let next: IteratorResult<ExecutionResult<{ caseEvents: Item }>> | "timeout";
    try {
      next = await Promise.race([feed.next(), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), ms))]);
    } catch (error) {
      out.push({ error: String((error as { extensions?: { code?: string } }).extensions?.code) });
      break;
    }
    if (next === "timeout" || next.done) break;
    if (next.value.errors) out.push({ error: String(next.value.errors[0]!.extensions?.code) });
    else out.push(next.value.data!.caseEvents);
  }
  return out;
}

const wasteComplaint = { ...complaintInput, categoryCode: "WASTE", subject: "Неизвозен боклук" };

describe("caseEvents", () => {
  it("delivers each new case to those who may read it, and to nobody else", async () => {
    const head = await open(org.head);
    const headOther = await open(org.headOther);
    const manager = await open(org.manager);
    const integrity = await open(org.integrity);
    const light = await submit(t.db.prisma, complaintInput);
    const waste = await submit(t.db.prisma, wasteComplaint);
    const bribe = await submit(t.db.prisma, corruptionInput);

    expect((await take(head, 3)).map((e) => ("case" in e ? e.case.reference : e))).toEqual([light.reference]);
    expect((await take(headOther, 3)).map((e) => ("case" in e ? e.case.reference : e))).toEqual([waste.reference]);
    expect((await take(manager, 3)).map((e) => ("case" in e ? e.case.reference : e))).toEqual([light.reference, waste.reference]);
    expect((await take(integrity, 3)).map((e) => ("case" in e ? e.case.reference : e))).toEqual([bribe.reference]);
    for (const f of [head, headOther, manager, integrity]) await f.return(undefined);
  });

  it("replays every missed event after the last id seen, then continues live, without gap or duplicate", async () => {
    const first = await submit(t.db.prisma, complaintInput);
    const feed = await open(org.manager);
    await submit(t.db.prisma, wasteComplaint);
    const [seen] = (await take(feed, 1)) as Item[];
    await feed.return(undefined); // the laptop sleeps …
    const missed1 = await submit(t.db.prisma, complaintInput);
    const missed2 = await submit(t.db.prisma, wasteComplaint);
    const resumed = await open(org.manager, seen!.id); // … and resumes from the last id it saw
    const replayed = (await take(resumed, 2)) as Item[];
    const live = await submit(t.db.prisma, complaintInput);
    const after = (await take(resumed, 2)) as Item[];
    const refs = [...replayed, ...after].map((e) => e.case.reference);
    expect(refs).toEqual([missed1.reference, missed2.reference, live.reference]);
    expect(refs).not.toContain(first.reference);
    const ids = [...replayed, ...after].map((e) => BigInt(e.id));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
    await resumed.return(undefined);
  });

  it("ends a disabled user's feed at the next event", async () => {
    const feed = await open(org.head);
    await submit(t.db.prisma, complaintInput);
    expect((await take(feed, 1)).length).toBe(1);
    await t.db.prisma.user.update({ where: { id: org.head.id }, data: { disabled: true, sessionVersion: { increment: 1 } } });
    await submit(t.db.prisma, complaintInput);
    expect(await take(feed, 1)).toEqual([{ error: "UNAUTHENTICATED" }]);
  });

  it("names the term and its end on warnings and breaches", async () => {
    const c = await submit(t.db.prisma, complaintInput, { receivedAt: new Date("2025-01-06T09:00:00Z") });
    const result = await gqlSubscribe(`subscription { caseEvents(filter: { types: [SLA_BREACHED] }) { type clock dueAt case { reference } } }`, {}, { viewer: org.head });
    const feed = result as AsyncGenerator<ExecutionResult<{ caseEvents: { type: string; clock: string; dueAt: string; case: { reference: string } } }>>;
    const { sweepClocks } = await import("@/lib/clocks/sweeper");
    await sweepClocks(t.db.prisma, new Date("2026-11-29T12:00:00Z"));
    const first = await feed.next();
    const decide = await t.db.prisma.caseClock.findFirstOrThrow({ where: { caseId: c.id, clock: first.value!.data!.caseEvents.clock as "DECIDE" } });
    expect(first.value!.data!.caseEvents).toMatchObject({ type: "SLA_BREACHED", case: { reference: c.reference } });
    expect(new Date(first.value!.data!.caseEvents.dueAt).getTime()).toBe(decide.dueAt.getTime());
    await feed.return(undefined);
  });

  it("stops at once when the subscriber leaves, even while waiting for an event", async () => {
    const feed = await open(org.manager);
    const pending = feed.next();
    const started = Date.now();
    await feed.return(undefined);
    expect(await pending).toMatchObject({ done: true });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses clerks, administrators and anonymous callers at subscribe time", async () => {
    for (const viewer of [org.clerk, org.admin, null]) {
      const result = await gqlSubscribe(FEED, {}, { viewer });
      expect(Symbol.asyncIterator in result).toBe(false);
    }
  });
});
