// /[locale]/staff/lookup: the clerk at the counter tells a citizen where their case
// stands, by reference number (lookupCaseStatus) — only what the citizen's own tracking
// page shows. A plain GET form: a reference is not a secret (the access code is), so the
// answer is a page of its own that works without JavaScript and survives a reload.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { lookupCaseStatus, type CaseStatusCard } from "@/lib/cases/lookup-case-status";
import { isLocale } from "@/lib/domain/kinds";
import { isAppError } from "@/lib/errors";
import { calendarDate, daysUntil } from "@/lib/i18n/dates";
import { log } from "@/lib/log";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ reference?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "lookup" });
  const reference = one((await searchParams).reference)?.trim().toUpperCase();
  return { title: reference ? t("titleWith", { reference }) : t("title"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

type Outcome = { type: "found"; card: CaseStatusCard } | { type: "missing" } | { type: "notFound" } | { type: "error" } | null;

export default async function LookupPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/lookup`);
  if (viewer.role !== "CLERK") notFound();
  const t = await getTranslations("lookup");
  const tTrack = await getTranslations("track");
  const tSubmit = await getTranslations("submit");
  const tErr = await getTranslations("errors");

  const raw = one((await searchParams).reference);
  const reference = raw?.trim().toUpperCase().slice(0, 64) ?? "";
  let outcome: Outcome = null;
  if (raw !== undefined) {
    if (!reference) outcome = { type: "missing" };
    else {
      try {
        outcome = { type: "found", card: await lookupCaseStatus({ viewer, reference }) };
      } catch (error) {
        if (isAppError(error) && error.code === "NOT_FOUND") outcome = { type: "notFound" };
        else {
          log.error({ err: error }, "lookup page: lookupCaseStatus failed");
          outcome = { type: "error" };
        }
      }
    }
  }
  const problem = outcome?.type === "notFound" ? t("notFound") : outcome?.type === "error" ? tErr("INTERNAL") : null;

  return (
    <div className="container page narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <form method="get" action={`/${locale}/staff/lookup`} className="track-form lookup-form" role="search" aria-label={t("title")}>
        {problem && (
          <div className="error-summary" role="alert">
            <h2>{problem}</h2>
          </div>
        )}
        <div className={outcome?.type === "missing" ? "field field--error" : "field"}>
          <label htmlFor="l-reference" className="label">
            {tTrack("referenceLabel")}
          </label>
          <p id="l-reference-hint" className="hint">
            {tTrack("referenceHint")}
          </p>
          {outcome?.type === "missing" && (
            <p id="l-reference-error" className="error-message">
              <span className="visually-hidden">{tSubmit("fieldErrorPrefix")} </span>
              {t("required")}
            </p>
          )}
          <input
            id="l-reference"
            name="reference"
            className="input input--code"
            defaultValue={reference}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            required
            aria-invalid={outcome?.type === "missing" || undefined}
            aria-describedby={outcome?.type === "missing" ? "l-reference-hint l-reference-error" : "l-reference-hint"}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t("submit")}
          </button>
        </div>
      </form>

      {outcome?.type === "found" && <StatusCard card={outcome.card} />}
    </div>
  );
}

async function StatusCard({ card }: { card: CaseStatusCard }) {
  const t = await getTranslations("lookup");
  const tTrack = await getTranslations("track");
  const ts = await getTranslations("statuses");
  const tsh = await getTranslations("statusHelp");
  const tClock = await getTranslations("clocks");
  const format = await getFormatter();
  const overdue = card.answerOwed && !card.answeredAt && card.answerDueDate !== null && daysUntil(card.answerDueDate) < 0;

  return (
    <section className="case-view" aria-labelledby="case-heading" data-testid="lookup-result">
      <h2 id="case-heading">{t("resultHeading", { reference: card.reference })}</h2>
      <dl className="facts">
        <div>
          <dt>{tTrack("statusLabel")}</dt>
          <dd>
            <strong className={`status status--${card.status.toLowerCase()}`}>{ts(card.status)}</strong>
            <span className="block">{tsh(card.status)}</span>
          </dd>
        </div>
        <div>
          <dt>{tTrack("subjectLabel")}</dt>
          <dd>{card.subject ?? <em>{t("subjectHidden")}</em>}</dd>
        </div>
        <div>
          <dt>{tTrack("receivedLabel")}</dt>
          <dd>{format.dateTime(card.receivedAt, "withTime")}</dd>
        </div>
        <div>
          <dt>{tTrack("dueLabel")}</dt>
          <dd>
            {card.answerOwed && card.answerDueDate ? format.dateTime(calendarDate(card.answerDueDate), "full") : t("noAnswerOwed")}
            {overdue && <span className="block">{t("overdue")}</span>}
          </dd>
        </div>
        {card.answeredAt && (
          <div>
            <dt>{t("answeredLabel")}</dt>
            <dd>{format.dateTime(card.answeredAt, "withTime")}</dd>
          </div>
        )}
        {card.closedAt && (
          <div>
            <dt>{t("closedLabel")}</dt>
            <dd>{format.dateTime(card.closedAt, "withTime")}</dd>
          </div>
        )}
      </dl>
      {card.deadlines.length > 0 && (
        <>
          <h3>{tTrack("termsHeading")}</h3>
          <ul className="terms">
            {card.deadlines.map((c) => (
              <li key={c.clock}>
                {tTrack("termItem", { clock: tClock(c.clock), date: format.dateTime(calendarDate(c.dueDate), "long") })}{" "}
                <span className="basis">({c.basis})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">{t("citizenNote")}</p>
    </section>
  );
}
