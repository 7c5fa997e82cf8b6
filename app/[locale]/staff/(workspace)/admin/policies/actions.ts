"use server";
// Save or reset a kind's terms (lib/admin/policies.ts checks the administrator again).
// The form has one row per clock type; the rows ticked "in use" become the policy, and
// errors about the n-th rule sent are reported on that row ("clock.DECIDE.term").
import { redirect } from "next/navigation";
import { resetKindPolicy, updateKindPolicy, type ClockRuleFields } from "@/lib/admin/policies";
import { CLOCK_TYPES } from "@/lib/domain/kinds";
import { AppError, isAppError } from "@/lib/errors";
import { actionViewer, failureQuery, formLocale, text } from "../feedback";

const PATH = (locale: string) => `/${locale}/staff/admin/policies`;

const whole = (v: string): number | null => (v.trim() === "" ? null : Number.isFinite(Number(v)) ? Number(v) : NaN);

export async function savePolicyAction(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, PATH(locale));
  const kind = text(fd, "kind");
  const values: Record<string, string> = { answerOwed: fd.get("answerOwed") === "on" ? "on" : "" };
  const rows: { clock: string; fields: ClockRuleFields }[] = [];
  for (const clock of CLOCK_TYPES) {
    const get = (n: string) => text(fd, `${clock}.${n}`);
    for (const n of ["use", "term", "unit", "from", "basis", "warn", "pause"]) values[`${clock}.${n}`] = get(n);
    if (get("use") !== "on") continue;
    const term = whole(get("term"));
    rows.push({
      clock,
      fields: {
        clock,
        termDays: get("unit") === "months" ? null : term,
        termMonths: get("unit") === "months" ? term : null,
        from: get("from"),
        basis: get("basis"),
        warnBeforeWorkingDays: whole(get("warn")),
        pausable: get("pause") === "on",
      },
    });
  }
  let query: URLSearchParams;
  try {
    await updateKindPolicy({ viewer, kind, answerOwed: values.answerOwed === "on", clocks: rows.map((r) => r.fields) });
    query = new URLSearchParams({ kind, saved: kind });
  } catch (error) {
    // "clocks.1.term" → "clock.NOTIFY.term": the row the administrator sees.
    const named =
      isAppError(error) && error.code === "BAD_INPUT"
        ? AppError.badInput(
            error.fieldErrors.map((e) => {
              const m = /^clocks\.(\d+)(?:\.(\w+))?$/.exec(e.field);
              const row = m ? rows[Number(m[1])] : undefined;
              return row ? { ...e, field: `clock.${row.clock}.${m![2] ?? "clock"}` } : e;
            }),
          )
        : error;
    query = failureQuery(named, locale, PATH(locale), values);
    query.set("kind", kind);
  }
  redirect(`${PATH(locale)}?${query}#policy-form`);
}

export async function resetPolicyAction(fd: FormData): Promise<void> {
  const locale = formLocale(fd);
  const viewer = await actionViewer(locale, PATH(locale));
  const kind = text(fd, "kind");
  let query: URLSearchParams;
  try {
    await resetKindPolicy({ viewer, kind });
    query = new URLSearchParams({ kind, reset: kind });
  } catch (error) {
    query = failureQuery(error, locale, PATH(locale));
    query.set("kind", kind);
  }
  redirect(`${PATH(locale)}?${query}#policy-form`);
}
