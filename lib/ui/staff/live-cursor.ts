// Server side of the live inbox: where the page's list ends in the event stream. The
// inbox page reads it *before* it lists the cases, so every event the list may not
// reflect yet comes after it: the browser subscribes with `after: <this id>` and any
// overlap only refreshes the list once more (the refresh is idempotent), never a gap.
import { prisma } from "@/lib/db/client";
import { latestEventId } from "@/lib/events/outbox";
import { log } from "@/lib/log";

/** The newest outbox event id as a string, or null when it cannot be read (the feed then starts "from now"). */
export async function liveInboxCursor(): Promise<string | null> {
  try {
    return (await latestEventId(await prisma())).toString();
  } catch (error) {
    log.warn({ err: error }, "inbox: latest event id not read; the live feed starts from now");
    return null;
  }
}
