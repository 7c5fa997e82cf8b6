// Files attached to a case (scanned letters, photos): the type is decided by the bytes,
// not the name or the browser's word (file-type), and images are re-encoded (sharp) so
// that what a camera wrote into them — GPS position, device, time — is not kept.
// PDFs are kept as they are.
import { createHash } from "node:crypto";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from "@/lib/cases/attachment-limits";

export { ATTACHMENT_LIMITS, ATTACHMENT_TYPES };

type AllowedMime = keyof typeof ATTACHMENT_TYPES;

export interface PreparedFile {
  filename: string;
  mimeType: AllowedMime;
  data: Buffer;
  size: number;
  sha256: string;
}

/**
 * The cheap half of the checks — size and the type the bytes say — without re-encoding:
 * lets a form refuse a wrong file before anything is written. BAD_INPUT on field "file".
 */
export async function checkAttachment(bytes: Uint8Array): Promise<AllowedMime> {
  if (bytes.byteLength > ATTACHMENT_LIMITS.maxBytes) {
    throw AppError.badInput([{ field: "file", code: "FILE_TOO_LARGE", params: { max: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 } }]);
  }
  if (bytes.byteLength === 0) throw AppError.badInput([{ field: "file", code: "REQUIRED" }]);
  const detected = await fileTypeFromBuffer(bytes);
  const mimeType = detected?.mime as AllowedMime | undefined;
  if (!mimeType || !(mimeType in ATTACHMENT_TYPES)) throw AppError.badInput([{ field: "file", code: "UNSUPPORTED_FILE_TYPE" }]);
  return mimeType;
}

/** Checks size and type, strips image metadata; BAD_INPUT on field "file" when refused. */
export async function prepareAttachment(filename: string, bytes: Uint8Array): Promise<PreparedFile> {
  const mimeType = await checkAttachment(bytes);
  const data = mimeType === "application/pdf" ? Buffer.from(bytes) : await reencode(bytes, mimeType);
  return {
    filename: safeFilename(filename, ATTACHMENT_TYPES[mimeType]),
    mimeType,
    data,
    size: data.byteLength,
    sha256: createHash("sha256").update(data).digest("hex"),
  };
}

async function reencode(bytes: Uint8Array, mimeType: Exclude<AllowedMime, "application/pdf">): Promise<Buffer> {
  try {
    // rotate() applies the EXIF orientation to the pixels before the EXIF goes; sharp
    // writes no metadata unless asked (withMetadata/keepExif), so GPS and camera data go.
    const image = sharp(bytes, { limitInputPixels: ATTACHMENT_LIMITS.maxPixels, failOn: "error" }).rotate();
    if (mimeType === "image/jpeg") return await image.jpeg({ quality: 90 }).toBuffer();
    if (mimeType === "image/png") return await image.png().toBuffer();
    return await image.webp({ quality: 90 }).toBuffer();
  } catch (cause) {
    throw new AppError("BAD_INPUT", "image could not be read", { fieldErrors: [{ field: "file", code: "UNSUPPORTED_FILE_TYPE" }], cause });
  }
}

/** The base name without control characters or separators, with the extension of what it really is. */
export function safeFilename(name: string, ext: string): string {
  const base = path
    .basename(name.replace(/\\/g, "/"))
    .replace(/\p{Cc}/gu, "")
    .replace(/["<>:|?*/]/g, "")
    .trim();
  const stem = base.replace(/\.[^.]*$/, "").slice(0, ATTACHMENT_LIMITS.filename.max - ext.length - 1) || "attachment";
  return `${stem}.${ext}`;
}
