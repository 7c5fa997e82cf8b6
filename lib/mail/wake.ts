// The worker's doorbell, apart from the worker so that use cases (bundled by Next too)
// can ring it without pulling in nodemailer and the PDF renderer. Process-wide through
// globalThis: a server action in Next's bundle wakes the worker the custom server started.
interface WorkerRegistry {
  wake?: () => void;
  stop?: () => Promise<void>;
}

export const mailWorkerRegistry: WorkerRegistry = ((globalThis as { __hartaMailWorker?: WorkerRegistry }).__hartaMailWorker ??= {});

/** Ask the worker to look at the outbox now (call after a transaction that enqueued mail commits). */
export function wakeMailWorker(): void {
  mailWorkerRegistry.wake?.();
}
