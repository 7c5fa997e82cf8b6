"use client";
// Links to the same page in the other languages. Plain links, so they work without
// JavaScript; each is marked with its own language for screen readers (WCAG 3.1.2).
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { localeNames, locales } from "@/lib/i18n/config";

export function LanguageSwitch() {
  const t = useTranslations("common");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav className="lang-switch" aria-label={t("languageNav")}>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
            >
              {localeNames[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
