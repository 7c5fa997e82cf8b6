"use client";
// The staff menu's links, marked as the current page where they are (the path without
// the language prefix, as in lib/ui/main-nav.tsx). Plain links: no JavaScript needed.
import { Link, usePathname } from "@/lib/i18n/navigation";

export interface StaffNavItem {
  href: string;
  label: string;
}

export function StaffNav({ label, items }: { label: string; items: StaffNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="staff-nav" aria-label={label}>
      <ul>
        {items.map(({ href, label: text }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link href={href} aria-current={current ? "page" : undefined}>
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
