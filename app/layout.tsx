// The real root layout (with <html lang>) is app/[locale]/layout.tsx: the language is
// part of every URL. This one only carries the global stylesheet.
// https://next-intl.dev/docs/environments/error-files
import type { ReactNode } from "react";
import "./globals.css";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
