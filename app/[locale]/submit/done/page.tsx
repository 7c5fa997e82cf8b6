import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { calendarDate, daysUntil } from "@/lib/i18n/dates";
import { Link } from "@/lib/i18n/navigation";
import { PrintButton } from "@/lib/ui/print-button";
import { finishAction } from "../actions";
import { readReceipt } from "../receipt";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "done" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DonePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("done");
  const tk = await getTranslations("kinds");
  const tClock = await getTranslations("clocks");
  const tReason = await getTranslations("noAnswerReasons");
  const format = await getFormatter();
  const receipt = await readReceipt();

  if (!receipt) {
    return (
      <div className="container page narrow">
        <h1>{t("expiredTitle")}</h1>
        <p>{t("expiredText")}</p>
        <ul className="link-list">
          <li>
            <Link href="/track">{t("trackLink")}</Link>
          </li>
          <li>
            <Link href="/submit">{t("sendAnother")}</Link>
          </li>
        </ul>
      </div>
    );
  }

  const receivedAt = format.dateTime(new Date(receipt.receivedAt), "withTime");
  const fullDate = (iso: string) => `${format.dateTime(calendarDate(iso), "full")} (${format.dateTime(calendarDate(iso), "short")})`;

  return (
    <div className="container page narrow receipt">
      <h1>{t("title")}</h1>
      <p className="lead">
        {receipt.kind ? t("lead", { kind: tk(`${receipt.kind}.name`).toLocaleLowerCase(locale), receivedAt }) : t("leadNoKind", { receivedAt })}
      </p>

      <dl className="codes">
        <div>
          <dt>{t("referenceLabel")}</dt>
          <dd className="code">{receipt.reference}</dd>
        </div>
        <div>
          <dt>{t("accessCodeLabel")}</dt>
          <dd className="code">{receipt.accessCode}</dd>
        </div>
      </dl>
      <p className="callout callout--warning">{t("accessCodeWarning")}</p>

      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading">{t("answerHeading")}</h2>
        {receipt.answerOwed && receipt.answerDueDate ? (
          <>
            <p className="due">{t("answerDue", { date: fullDate(receipt.answerDueDate) })}</p>
            <p>{t("answerDueIn", { days: daysUntil(receipt.answerDueDate) })}</p>
          </>
        ) : receipt.noAnswerReason ? (
          <>
            <p>{t("answerNotOwed")}</p>
            <p className="callout">{tReason(receipt.noAnswerReason)}</p>
          </>
        ) : (
          <p>{t("answerNoTerm")}</p>
        )}
        {receipt.clocks.length > 0 && (
          <>
            <h3>{t("termsHeading")}</h3>
            <ul className="terms">
              {receipt.clocks.map((c) => (
                <li key={c.clock}>
                  {t("termItem", { clock: tClock(c.clock), date: format.dateTime(calendarDate(c.dueDate), "long") })}{" "}
                  <span className="basis">({c.basis})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="track-heading">
        <h2 id="track-heading">{t("trackHeading")}</h2>
        <p>{t("trackText")}</p>
        <p className="no-print">
          <Link href="/track">{t("trackLink")}</Link>
        </p>
      </section>

      <div className="actions no-print">
        <PrintButton label={t("printButton")} noJsText={t("printNoJs")} />
      </div>

      <section aria-labelledby="finish-heading" className="card no-print">
        <h2 id="finish-heading">{t("finishHeading")}</h2>
        <p>{t("finishText")}</p>
        <form action={finishAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button button--secondary">
            {t("finishButton")}
          </button>
        </form>
      </section>
    </div>
  );
}
