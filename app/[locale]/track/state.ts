import type { TrackedCase } from "@/lib/cases/types";

export type TrackOutcome =
  | { type: "found"; case: TrackedCase }
  /** Unknown reference and wrong code look the same: no way to probe which exist. */
  | { type: "notFound" }
  | { type: "missing"; fields: ("reference" | "accessCode")[] }
  | { type: "rateLimited"; minutes: number }
  | { type: "error" };

export interface TrackState {
  attempt: number;
  reference: string;
  outcome: TrackOutcome | null;
}

export const initialTrackState: TrackState = { attempt: 0, reference: "", outcome: null };
