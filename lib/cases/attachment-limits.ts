// What may be attached to a case, as plain data: the server's checks
// (lib/cases/attachment-file.ts) and the browser's early checks on the staff forms read
// the same limits.
export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  filename: { max: 200 },
  /** Refuse decompression bombs: 50 megapixels is far beyond any scan or photo. */
  maxPixels: 50_000_000,
} as const;

export const ATTACHMENT_TYPES = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
} as const;
