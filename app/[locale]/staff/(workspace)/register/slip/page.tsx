// The registration slip: what the clerk prints (A5 or A4) or reads out to the citizen —
// reference, access code (shown this once), kind, channel, the day received, the answer's
// due date or why none is owed, and how to follow the case. The slip is written in the
// citizen's language (chosen on the form); the clerk's notes around it in the clerk's.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/get-viewer";
import { pick, referenceIndex } from "@/lib/cases/reference-data";
import { isLocale } from "@/lib/domain/kinds";
import { calendarDate } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import { trackUrl } from "@/lib/mail/messages";
import { PrintButton } from "@/lib/ui/print-button";
import { finishSlipAction } from "../actions";
import { slipCookie } from "../slip-cookie";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "register.slip" });
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function SlipPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/staff/register/slip`);
  const t = await getTranslations("register.slip");
  const te = await getTranslations("fieldErrors");
  const tErr = await getTranslations("errors");
  const stored = await slipCookie.read();
  // Only the clerk who registered it: another person signing in at the same counter sees nothing.
  const slip = stored && stored.clerkId === viewer.id ? stored : null;

  if (!slip) {
    return (
      <div className="container page narrow">
        <h1>{t("expiredTitle")}</h1>
        <p>{t("expiredText")}</p>
        <ul className="link-list">
          <li>
            <Link href="/staff/register">{t("registerAnother")}</Link>
          </li>
          <li>
            <Link href="/staff/lookup">{t("lookupLink")}</Link>
          </li>
        </ul>
      </div>
    );
  }

  // The slip itself, in the citizen's language.
  const citizen = slip.locale;
  const ts = await getTranslations({ locale: citizen, namespace: "register.slip" });
  const td = await getTranslations({ locale: citizen, namespace: "done" });
  const tCommon = await getTranslations({ locale: citizen, namespace: "common" });
  const tk = await getTranslations({ locale: citizen, namespace: "kinds" });
  const tChannel = await getTranslations({ locale: citizen, namespace: "channels" });
  const tClock = await getTranslations({ locale: citizen, namespace: "clocks" });
  const tReason = await getTranslations({ locale: citizen, namespace: "noAnswerReasons" });
  const format = await getFormatter({ locale: citizen });
  const unitId = viewer.serviceUnitId;
  const unit = unitId ? (await referenceIndex()).serviceUnits.get(unitId) : undefined;
  const fullDate = (iso: string) => `${format.dateTime(calendarDate(iso), "full")} (${format.dateTime(calendarDate(iso), "short")})`;
  const attachedCount = slip.attachments.filter((a) => a.error === null).length;

  return (
    <div className="container page narrow">
      <div className="no-print">
        <h1>{t("pageTitle")}</h1>
        <p className="callout" role="status">
          {t("registeredNotice", { reference: slip.reference })}
        </p>
        {slip.slipEmailed && <p>{t("emailedNotice")}</p>}
        {slip.attachments.length > 0 && (
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t("attachmentsHeading", { count: attachedCount, total: slip.attachments.length })}</h2>
            <ul className="attachment-results">
              {slip.attachments.map((a, i) =>
                a.error === null ? (
                  <li key={i}>{t("attachmentOk", { filename: a.filename })}</li>
                ) : (
                  <li key={i} className="error-message">
                    {t("attachmentFailed", { filename: a.filename, error: a.error === "INTERNAL" ? tErr("INTERNAL") : te(a.error, a.params ?? {}) })}
                  </li>
                ),
              )}
            </ul>
          </section>
        )}
        <div className="actions">
          <PrintButton label={t("printButton")} noJsText={t("printNoJs")} />
        </div>
      </div>

      <section className="slip receipt" lang={citizen} aria-labelledby="slip-title">
        <p className="slip-issuer">
          {tCommon("municipality")}
          {unit && <span className="block">{pick(unit.name, citizen)}</span>}
        </p>
        <h2 id="slip-title">{ts("title")}</h2>
        <p>{ts("intro")}</p>

        <dl className="codes">
          <div>
            <dt>{td("referenceLabel")}</dt>
            <dd className="code" data-testid="slip-reference">
              {slip.reference}
            </dd>
          </div>
          <div>
            <dt>{td("accessCodeLabel")}</dt>
            <dd className="code" data-testid="slip-access-code">
              {slip.accessCode}
            </dd>
          </div>
        </dl>
        <p className="callout callout--warning">{td("accessCodeWarning")}</p>

        <dl className="facts">
          <div>
            <dt>{ts("kindLabel")}</dt>
            <dd>{tk(`${slip.kind}.name`)}</dd>
          </div>
          <div>
            <dt>{ts("channelLabel")}</dt>
            <dd>{tChannel(slip.channel)}</dd>
          </div>
          <div>
            <dt>{ts("receivedLabel")}</dt>
            <dd data-testid="slip-received">{format.dateTime(new Date(slip.receivedAt), "long")}</dd>
          </div>
          <div>
            <dt>{ts("registeredLabel")}</dt>
            <dd>{format.dateTime(new Date(slip.registeredAt), "withTime")}</dd>
          </div>
        </dl>

        <h3>{td("answerHeading")}</h3>
        {slip.answerOwed && slip.answerDueDate ? (
          <p className="due" data-testid="slip-due">
            {td("answerDue", { date: fullDate(slip.answerDueDate) })}
          </p>
        ) : slip.noAnswerReason ? (
          <>
            <p>{td("answerNotOwed")}</p>
            <p className="callout">{tReason(slip.noAnswerReason)}</p>
          </>
        ) : (
          <p>{td("answerNoTerm")}</p>
        )}
        {slip.clocks.length > 0 && (
          <>
            <h4>{td("termsHeading")}</h4>
            <ul className="terms">
              {slip.clocks.map((c) => (
                <li key={c.clock}>
                  {td("termItem", { clock: tClock(c.clock), date: format.dateTime(calendarDate(c.dueDate), "long") })}{" "}
                  <span className="basis">({c.basis})</span>
                </li>
              ))}
            </ul>
          </>
        )}

        <h3>{td("trackHeading")}</h3>
        <p>{ts("trackText")}</p>
        <p className="slip-url">{trackUrl(citizen)}</p>
      </section>

      <section aria-labelledby="finish-heading" className="card no-print">
        <h2 id="finish-heading">{t("finishHeading")}</h2>
        <p>{t("finishText")}</p>
        <form action={finishSlipAction}>
          <input type="hidden" name="uiLocale" value={locale} />
          <button type="submit" className="button button--secondary">
            {t("finishButton")}
          </button>
        </form>
      </section>
    </div>
  );
}
