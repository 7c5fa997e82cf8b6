// /[locale]/staff/admin/policies: terms per kind. The list says each kind's terms; with
// ?kind=X the form edits that kind's: one row per clock type (ticked: in use). Changes
// apply to cases received from then on (lib/admin/policies.ts) — the page says so.
import type { Metadata } from "next";
import "../settings.css";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { listKindPolicies, type KindPolicyView } from "@/lib/admin/policies";
import { CLOCK_TYPES, isLocale } from "@/lib/domain/kinds";
import type { ClockRule } from "@/lib/domain/policy";
import { one, readFeedback, type Feedback, type SearchParams } from "../feedback";
import { FormError } from "../settings-field";
import { resetPolicyAction, savePolicyAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminSettings" });
  return { title: t("policies.title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function PoliciesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/admin/policies`);
  if (viewer.role !== "ADMIN") notFound();
  const t = await getTranslations("adminSettings");
  const tKinds = await getTranslations("kinds");
  const tClocks = await getTranslations("clocks");
  const policies = await listKindPolicies({ viewer });
  const query = await searchParams;
  const feedback = readFeedback(query);
  const selected = policies.find((p) => p.kind === one(query.kind)) ?? null;
  const saved = one(query.saved) ?? one(query.reset);

  const termText = (r: ClockRule) =>
    "days" in r.term
      ? t("policies.days", { count: r.term.days })
      : "months" in r.term
        ? t("policies.months", { count: r.term.months })
        : t("policies.minutes", { count: r.term.minutes });
  const fromText = (r: ClockRule) => (r.from === "RECEIPT" ? t("policies.fromReceipt") : t("policies.fromClock", { clock: tClocks(r.from) }));

  return (
    <div className="container page">
      <p>
        <a href={`/${locale}/staff/admin`}>{t("back")}</a>
      </p>
      <h1>{t("policies.title")}</h1>
      <p className="lead">{t("policies.lead")}</p>
      <p className="callout">{t("policies.newCasesOnly")}</p>

      {saved && (
        <p className="callout" role="status">
          {t("policies.savedNotice", { kind: tKinds(`${saved}.name`) })}
        </p>
      )}

      {selected && (
        <section aria-labelledby="policy-heading" className="card" id="policy-form">
          <h2 id="policy-heading">{t("policies.formHeading", { kind: tKinds(`${selected.kind}.name`) })}</h2>
          <FormError feedback={feedback} />
          <PolicyForm locale={locale} policy={selected} feedback={feedback} />
          <form action={resetPolicyAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="kind" value={selected.kind} />
            <button type="submit" className="button button--secondary">
              {t("policies.reset")}
            </button>
          </form>
        </section>
      )}

      <section>
        <h2 id="policies-heading">{t("policies.listHeading")}</h2>
        <div className="table-scroll" role="region" aria-labelledby="policies-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="policies-caption" className="visually-hidden">
              {t("policies.listHeading")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("policies.kind")}</th>
                <th scope="col">{t("policies.answerOwed")}</th>
                <th scope="col">{t("policies.terms")}</th>
                <th scope="col">{t("action")}</th>
              </tr>
            </thead>
            <tbody>
              {policies.map((p) => (
                <tr key={p.kind} data-testid={`policy-${p.kind}`}>
                  <th scope="row">
                    {tKinds(`${p.kind}.name`)}
                    {p.custom && <span className="block muted">{t("policies.changed")}</span>}
                  </th>
                  <td>{p.answerOwed ? t("yes") : t("no")}</td>
                  <td>
                    <ul className="plain-list">
                      {p.clocks.map((r) => (
                        <li key={r.clock}>
                          {tClocks(r.clock)}: {termText(r)}, {fromText(r)} ({r.basis})
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <a href={`/${locale}/staff/admin/policies?kind=${p.kind}#policy-form`}>
                      {t.rich("policies.edit", { kind: tKinds(`${p.kind}.name`), hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

async function PolicyForm({ locale, policy, feedback }: { locale: string; policy: KindPolicyView; feedback: Feedback }) {
  const t = await getTranslations("adminSettings");
  const tClocks = await getTranslations("clocks");
  const te = await getTranslations("fieldErrors");
  const typed = Object.keys(feedback.values).length > 0;
  const value = (key: string, fallback: string) => (typed ? (feedback.values[key] ?? "") : fallback);
  const errorFor = (clock: string, part: string) => feedback.errorOf(`clock.${clock}.${part}`);

  return (
    <form action={savePolicyAction} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={policy.kind} />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="answerOwed" defaultChecked={typed ? feedback.values.answerOwed === "on" : policy.answerOwed} /> {t("policies.answerOwedLabel")}
        </label>
      </div>
      {CLOCK_TYPES.map((clock) => {
        const rule = policy.clocks.find((r) => r.clock === clock);
        // A test term in minutes is not offered here: the form shows the legal units only.
        const term = rule ? ("days" in rule.term ? String(rule.term.days) : "months" in rule.term ? String(rule.term.months) : "") : "";
        const unit = rule && "months" in rule.term ? "months" : "days";
        const errors = ["clock", "term", "from", "basis", "warnBeforeWorkingDays"]
          .map((part) => ({ part, e: errorFor(clock, part) }))
          .filter((x) => x.e);
        const errorId = `p-${clock}-error`;
        const aria = errors.length > 0 ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
        return (
          <fieldset key={clock} className={errors.length > 0 ? "fieldset field--error" : "fieldset"}>
            <legend>{tClocks(clock)}</legend>
            {errors.length > 0 && (
              <p id={errorId} className="error-message">
                <span className="visually-hidden">{t("errorPrefix")} </span>
                {errors.map((x) => `${t(`policies.parts.${x.part}`)}: ${te(x.e!.code, { min: 0, max: 0, ...x.e!.params })}`).join(" ")}
              </p>
            )}
            <label className="checkbox">
              <input type="checkbox" name={`${clock}.use`} defaultChecked={typed ? feedback.values[`${clock}.use`] === "on" : rule !== undefined} /> {t("policies.inUse")}
            </label>
            <div className="field">
              <label htmlFor={`p-${clock}-term`} className="label">
                {t("policies.parts.term")}
              </label>
              <input id={`p-${clock}-term`} name={`${clock}.term`} type="number" min={1} className="input input--short" defaultValue={value(`${clock}.term`, term)} {...aria} />
              <label htmlFor={`p-${clock}-unit`} className="visually-hidden">
                {t("policies.unit")}
              </label>
              <select id={`p-${clock}-unit`} name={`${clock}.unit`} className="input input--short" defaultValue={value(`${clock}.unit`, unit)}>
                <option value="days">{t("policies.unitDays")}</option>
                <option value="months">{t("policies.unitMonths")}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`p-${clock}-from`} className="label">
                {t("policies.parts.from")}
              </label>
              <select id={`p-${clock}-from`} name={`${clock}.from`} className="input" defaultValue={value(`${clock}.from`, rule?.from ?? "RECEIPT")} {...aria}>
                <option value="RECEIPT">{t("policies.fromReceipt")}</option>
                {CLOCK_TYPES.filter((c) => c !== clock).map((c) => (
                  <option key={c} value={c}>
                    {t("policies.fromClock", { clock: tClocks(c) })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`p-${clock}-basis`} className="label">
                {t("policies.parts.basis")}
              </label>
              <input id={`p-${clock}-basis`} name={`${clock}.basis`} type="text" maxLength={200} className="input" defaultValue={value(`${clock}.basis`, rule?.basis ?? "")} {...aria} />
            </div>
            <div className="field">
              <label htmlFor={`p-${clock}-warn`} className="label">
                {t("policies.parts.warnBeforeWorkingDays")}
              </label>
              <input
                id={`p-${clock}-warn`}
                name={`${clock}.warn`}
                type="number"
                min={0}
                max={60}
                className="input input--short"
                defaultValue={value(`${clock}.warn`, rule?.warnBeforeWorkingDays?.toString() ?? "")}
                placeholder="3"
                {...aria}
              />
            </div>
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  name={`${clock}.pause`}
                  aria-describedby={`p-${clock}-pause-hint`}
                  defaultChecked={typed ? feedback.values[`${clock}.pause`] === "on" : (rule?.pausable ?? false)}
                />{" "}
                {t("policies.pausable")}
              </label>
              <p id={`p-${clock}-pause-hint`} className="hint">
                {t("policies.pausableHint")}
              </p>
            </div>
          </fieldset>
        );
      })}
      <p className="hint">{t("policies.newCasesOnly")}</p>
      <button type="submit" className="button">
        {t("policies.save")}
      </button>
    </form>
  );
}
