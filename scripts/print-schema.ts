// Writes graphql/schema.graphql from the code-first schema, sorted (squiggle's
// print-schema). `--check` exits 1 when the committed file differs (CI drift check).
import fs from "node:fs";
import path from "node:path";
import { printedSchema } from "@/graphql/schema";

const file = path.join(process.cwd(), "graphql", "schema.graphql");
const printed = `${printedSchema()}\n`;

if (process.argv.includes("--check")) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (committed !== printed) {
    console.error("graphql/schema.graphql is out of date with the code. Run `npm run schema:print` and commit it.");
    process.exit(1);
  }
  console.log("graphql/schema.graphql matches the code.");
} else {
  fs.writeFileSync(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
