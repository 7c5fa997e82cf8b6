import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ContactList } from "@/lib/ui/contacts";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { absolute: t("siteTitle") } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const commitments = t.raw("commitments") as string[];
  const steps = t.raw("howSteps") as string[];

  return (
    <div className="container page">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("title")}</h1>
        <p className="lead">{t("lead")}</p>
        <nav aria-label={t("actionsLabel")}>
          <ul className="big-actions">
            <li>
              <Link href="/submit" className="button button--big">
                {t("submitButton")}
              </Link>
            </li>
            <li>
              <Link href="/track" className="button button--big button--secondary">
                {t("trackButton")}
              </Link>
            </li>
          </ul>
        </nav>
      </section>

      <div className="columns">
        <section aria-labelledby="promises-heading" className="card">
          <h2 id="promises-heading">{t("promisesHeading")}</h2>
          <p>{t("promisesIntro")}</p>
          <ol className="commitments">
            {commitments.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
          <p className="callout">{t("confidentiality")}</p>
        </section>

        <div className="stack">
          <section aria-labelledby="how-heading" className="card">
            <h2 id="how-heading">{t("howHeading")}</h2>
            <ol className="steps">
              {steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            <p className="callout callout--info">{t("anonymousNote")}</p>
          </section>
          <section aria-labelledby="ask-heading" className="card">
            <h2 id="ask-heading">{t("askHeading")}</h2>
            <p>{t("askText")}</p>
          </section>
        </div>
      </div>

      <div className="card">
        <ContactList />
      </div>
    </div>
  );
}
