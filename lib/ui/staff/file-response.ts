// Files handed to signed-in staff (attachments, answer letters): never cached anywhere
// (they hold personal data), never sniffed or run as a page, named in any language
// (RFC 6266 / RFC 5987: an ASCII fallback and the UTF-8 name).
import { isAppError } from "@/lib/errors";

export const NO_STORE = { "cache-control": "private, no-store, max-age=0", pragma: "no-cache" } as const;

export function contentDisposition(kind: "attachment" | "inline", filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "file";
  const utf8 = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export function fileResponse(data: Uint8Array, options: { filename: string; mimeType: string; disposition: "attachment" | "inline" }): Response {
  return new Response(new Uint8Array(data), {
    status: 200,
    headers: {
      ...NO_STORE,
      "content-type": options.mimeType,
      "content-length": String(data.byteLength),
      "content-disposition": contentDisposition(options.disposition, options.filename),
      "x-content-type-options": "nosniff",
      // A download a browser opens anyway runs nothing and reaches nothing. Not for the
      // inline PDF: Chrome's PDF viewer refuses to run in a sandboxed document.
      ...(options.disposition === "attachment" ? { "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
    },
  });
}

/** A short plain-text answer for what is not served (no session, not found). */
export function refusal(status: 401 | 404 | 500, text: string): Response {
  return new Response(text, { status, headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8" } });
}

/** NOT_FOUND and FORBIDDEN alike become 404 (no existence oracle); anything else is rethrown. */
export function notFoundOr(error: unknown): Response {
  if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return refusal(404, "Not found");
  if (isAppError(error) && error.code === "UNAUTHENTICATED") return refusal(401, "Sign-in required");
  throw error;
}
