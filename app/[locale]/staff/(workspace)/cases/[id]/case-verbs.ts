// Which forms the case page shows. A form appears only when the viewer may take the
// action (CaseDetail.allowedActions, from lib/domain/access.ts) AND the case is in a
// state where the action can succeed — the same lifecycle rules the use cases enforce
// (lib/cases/lifecycle.ts, close-case.ts, reopen-case.ts …), so that nobody is offered a
// button that can only fail. The use cases still decide; this only hides dead ends.
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import type { CaseDetail } from "@/lib/cases/staff-types";
import type { CaseVerb } from "./state";

export function availableVerbs(c: Pick<CaseDetail, "allowedActions" | "status" | "answerOwed" | "drafts">): Set<CaseVerb> {
  const may = new Set(c.allowedActions);
  const open = HANDLED_STATUSES.includes(c.status);
  const current = c.drafts.findLast((d) => d.status !== "SENT") ?? null;
  const verbs = new Set<CaseVerb>();
  const add = (verb: CaseVerb, when: boolean) => {
    if (when) verbs.add(verb);
  };
  add("triage", may.has("TRIAGE") && open);
  add("assign", may.has("ASSIGN") && open);
  add("transfer", may.has("TRANSFER") && open);
  add("requestInformation", may.has("REQUEST_INFORMATION") && open && c.status !== "AWAITING_CITIZEN");
  add("informationReceived", may.has("REQUEST_INFORMATION") && c.status === "AWAITING_CITIZEN");
  add("forward", may.has("FORWARD") && open);
  add("merge", may.has("MERGE") && open);
  add("decideNoAnswer", may.has("DECIDE_NO_ANSWER") && open && c.answerOwed);
  add("draft", may.has("DRAFT") && open);
  add("approve", may.has("APPROVE") && open && current?.status === "DRAFT");
  add("send", may.has("SEND") && open && current?.status === "APPROVED");
  add("close", may.has("CLOSE") && c.status !== "CLOSED" && (!c.answerOwed || c.status === "ANSWERED" || c.status === "FORWARDED"));
  add("reopen", may.has("REOPEN") && (c.status === "CLOSED" || c.status === "ANSWERED"));
  add("note", may.has("NOTE"));
  add("attach", may.has("ATTACH"));
  return verbs;
}
