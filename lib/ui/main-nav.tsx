"use client";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

const ITEMS = [
  { href: "/", key: "home" },
  { href: "/submit", key: "submit" },
  { href: "/track", key: "track" },
  { href: "/privacy", key: "privacy" },
] as const;

export function MainNav() {
  const t = useTranslations("common");
  const pathname = usePathname();
  return (
    <nav className="main-nav" aria-label={t("mainNav")}>
      <ul className="container">
        {ITEMS.map(({ href, key }) => {
          const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={key}>
              <Link href={href} aria-current={current ? "page" : undefined}>
                {t(`nav.${key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
