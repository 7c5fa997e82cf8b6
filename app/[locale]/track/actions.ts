"use server";
// Looks a case up by reference + access code. POST only (a server action), so the code
// never appears in a URL, history or logs.
import { headers } from "next/headers";
import { trackFeedback } from "@/lib/cases/track-feedback";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { clientInfoFromHeaders } from "@/lib/server/client-info";
import type { TrackState } from "./state";

export async function trackAction(previous: TrackState, formData: FormData): Promise<TrackState> {
  const field = (key: string) => {
    const v = formData.get(key);
    return typeof v === "string" ? v.trim() : "";
  };
  const reference = field("reference").toUpperCase();
  const accessCode = field("accessCode");
  const answer = (outcome: TrackState["outcome"]): TrackState => ({ attempt: previous.attempt + 1, reference, outcome });

  const missing = [...(reference ? [] : (["reference"] as const)), ...(accessCode ? [] : (["accessCode"] as const))];
  if (missing.length > 0) return answer({ type: "missing", fields: missing });

  try {
    const found = await trackFeedback({ reference, accessCode, client: clientInfoFromHeaders(await headers()) });
    return answer(found ? { type: "found", case: found } : { type: "notFound" });
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") {
      return answer({ type: "rateLimited", minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
    }
    if (isAppError(error) && error.code === "NOT_FOUND") return answer({ type: "notFound" });
    log.error({ err: error }, "track form: trackFeedback failed");
    return answer({ type: "error" });
  }
}
