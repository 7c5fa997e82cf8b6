// The 404 page for addresses outside every language (e.g. "/favicon.txt" or an unknown
// first segment such as "/foo.txt"). The root layout lives in app/[locale], so this page
// brings its own <html>; /bg/…, /tr/… and /en/… use [locale]/not-found.tsx instead.
// https://nextjs.org/docs/app/api-reference/file-conventions/not-found#global-not-foundjs
import type { Metadata } from "next";
import "./globals.css";
import { localeNames, locales } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = { title: translator("bg")("notFound.title") };

export default function GlobalNotFound() {
  return (
    <html lang="bg">
      <body>
        <main id="main" className="container page narrow">
          {locales.map((locale) => {
            const t = translator(locale);
            return (
              <section key={locale} lang={locale} aria-label={localeNames[locale]}>
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
