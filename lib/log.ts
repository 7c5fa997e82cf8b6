// Structured logs (pino): one JSON line per event, to stdout.
import pino from "pino";
import { config } from "@/lib/config";

export const log = pino({
  level: config.logLevel,
  base: { app: "harta" },
  // Never log secrets or personal data that may arrive in headers or inputs.
  redact: ["req.headers.cookie", "req.headers.authorization", "accessCode", "*.accessCode", "email", "phone", "name"],
});
