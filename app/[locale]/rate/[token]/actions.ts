"use server";
// The rating form's server action (works without JavaScript). The token comes from the
// page's address (the link in the answer e-mail); rateService accepts it once.
import { headers } from "next/headers";
import { rateService } from "@/lib/cases/rate-service";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { clientInfoFromHeaders } from "@/lib/server/client-info";
import type { RateState } from "./state";

export async function rateAction(previous: RateState, formData: FormData): Promise<RateState> {
  const field = (key: string) => {
    const v = formData.get(key);
    return typeof v === "string" ? v : "";
  };
  const values = { score: field("score"), comment: field("comment") };
  const answer = (outcome: RateState["outcome"]): RateState => ({ attempt: previous.attempt + 1, values, outcome });
  // No choice made: REQUIRED on the score, before asking the use case (which wants a number).
  const score = values.score === "" ? Number.NaN : Number(values.score);
  if (!Number.isInteger(score)) return answer({ type: "invalid", errors: [{ field: "score", code: "REQUIRED" }] });

  try {
    const rated = await rateService({
      token: field("token"),
      score,
      comment: values.comment,
      client: clientInfoFromHeaders(await headers()),
    });
    return answer({ type: "thanks", reference: rated.reference, score: rated.score });
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") return answer({ type: "invalid", errors: error.fieldErrors });
    if (isAppError(error) && error.code === "NOT_FOUND") return answer({ type: "linkUsed" });
    if (isAppError(error) && error.code === "RATE_LIMITED") {
      return answer({ type: "rateLimited", minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
    }
    log.error({ err: error }, "rate form: rateService failed");
    return answer({ type: "error" });
  }
}
