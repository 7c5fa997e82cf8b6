// Suites that serve pages need a current Next build; build once before them.
import { ensureBuild } from "@/scripts/ensure-build";

export default function setup(): void {
  ensureBuild();
}
