"use client";
// With JavaScript: a button that opens the print dialog. Without: the same place tells
// the user how to print from the browser, since a dead button would mislead.
import { useHydrated } from "./use-hydrated";

export function PrintButton({ label, noJsText }: { label: string; noJsText: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return <p className="print-hint no-print">{noJsText}</p>;
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
