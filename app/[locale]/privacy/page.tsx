import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  const c = await getTranslations("contacts");
  const what = t.raw("what") as string[];
  const rights = t.raw("rights") as string[];

  return (
    <div className="container page narrow prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <h2>{t("controllerHeading")}</h2>
      <p>{t("controller")}</p>

      <h2>{t("whatHeading")}</h2>
      <ul>
        {what.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t("whyHeading")}</h2>
      <p>{t("why")}</p>

      <h2>{t("whoHeading")}</h2>
      <p>{t("who")}</p>

      <h2>{t("howLongHeading")}</h2>
      <p>{t("howLong")}</p>

      <h2>{t("rightsHeading")}</h2>
      <ul>
        {rights.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t("rightsHow")}</p>
      <p>
        {t.rich("complaint", {
          link: (chunks) => <a href="https://www.cpdp.bg">{chunks}</a>,
        })}
      </p>

      <h2>{t("whistleblowerHeading")}</h2>
      <p>{t("whistleblower")}</p>

      <h2>{t("contactHeading")}</h2>
      <p>{t("contact", { address: c("address"), hours: c("hours") })}</p>
    </div>
  );
}
