import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M16 2 4 8v2h24V8L16 2Zm-9 10v12h3V12H7Zm7.5 0v12h3V12h-3Zm7.5 0v12h3V12h-3ZM4 26v4h24v-4H4Z" fill="currentColor" />
          </svg>
          <span className="brand-text">
            <span className="brand-name">{t("municipality")}</span>
            <span className="brand-tag">
              {t("appName")} — {t("tagline")}
            </span>
          </span>
        </Link>
        <LanguageSwitch />
      </div>
      <MainNav />
    </header>
  );
}
