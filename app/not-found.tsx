// Reached only for addresses outside every language (e.g. "/xx/…" or a file that does not
// exist); /bg/…, /tr/… and /en/… have their own page in [locale]/not-found.tsx.
import { localeNames, locales } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";

export default function RootNotFound() {
  return (
    <html lang="bg">
      <body>
        <main id="main" className="container page">
          {locales.map((locale) => {
            const t = translator(locale);
            return (
              <section key={locale} lang={locale} className="stack" aria-label={localeNames[locale]}>
                {locale === "bg" ? <h1>{t("notFound.title")}</h1> : <h2>{t("notFound.title")}</h2>}
                <p>{t("notFound.text")}</p>
                <p>
                  <a href={`/${locale}`}>{t("notFound.homeLink")}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
