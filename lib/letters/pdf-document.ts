// An A4 PDF document as Harta writes them (the answer letter, the annual report): pdfkit
// with DejaVu Sans from the npm package `dejavu-fonts-ttf` (Cyrillic, Turkish ğ ş ı İ,
// Bulgarian quotes „…“) embedded as a subset — nothing downloaded at run time, pdfkit's
// built-in Helvetica (Latin-1 only, read from its data files) never loaded.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";

export function fontFile(name: string): string {
  const relative = `dejavu-fonts-ttf/ttf/${name}`;
  try {
    // turbopackIgnore: resolved at run time; otherwise Next's bundler tries to bundle every
    // .ttf the template could name, and fails ("Unknown module type") in any page that
    // reaches this file (e.g. through lib/mail/worker.ts).
    return createRequire(import.meta.url).resolve(/* turbopackIgnore: true */ relative);
  } catch {
    // Inside a bundle (Next) resolution may not reach node_modules; the project root does.
    return path.join(process.cwd(), "node_modules", relative);
  }
}

let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= { regular: fs.readFileSync(fontFile("DejaVuSans.ttf")), bold: fs.readFileSync(fontFile("DejaVuSans-Bold.ttf")) };
  return fonts;
}

export interface PdfPage {
  doc: PDFKit.PDFDocument;
  /** The finished file, once `doc.end()` has been called. */
  done: Promise<Buffer>;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
  /** Lowest y text may reach on a page. */
  bottom: () => number;
  /** Start a new page unless `height` points still fit (keeps headings with their text). */
  keep: (height: number) => void;
}

/**
 * A new document with its first page, fonts "body" and "bold" registered.
 * `compress: false` leaves the content streams readable (tests).
 */
export function openPdfDocument(options: {
  margins: { top: number; bottom: number; left: number; right: number };
  lang: string;
  info: PDFKit.DocumentInfo;
  compress?: boolean;
}): PdfPage {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: options.margins,
    bufferPages: true,
    autoFirstPage: false,
    compress: options.compress ?? true,
    // No initial font: pdfkit would otherwise load Helvetica from its data files (absent
    // in bundles, and Latin-1 only). The types want a string; null is what pdfkit checks.
    font: null as unknown as string,
    lang: options.lang,
    displayTitle: true,
    info: { ...options.info, Creator: "Harta" },
  });
  doc.registerFont("body", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.addPage();
  const m = options.margins;
  const bottom = () => doc.page.height - m.bottom;
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  return { doc, done, left: m.left, width: doc.page.width - m.left - m.right, bottom, keep };
}
