// Load generator for bench/submit.ts, run in its own thread so the client does not
// share the server's event loop. Sends submitFeedback from `concurrency` loops for
// `seconds` and posts back the latencies.
import { parentPort, workerData } from "node:worker_threads";

const { url, seconds, concurrency, offset } = workerData;
const query = `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }`;
const body = (n) =>
  JSON.stringify({
    query,
    variables: {
      i:
        n % 4 === 0
          ? { kind: "SIGNAL", subject: `Сигнал ${n}`, body: "Неработещо улично осветление на ул. Христо Ботев.", anonymous: true, locale: "bg" }
          : { kind: "COMPLAINT", subject: `Жалба ${n}`, body: "Дълго чакане на гишето за местни данъци.", anonymous: false, name: "Иван Петров", email: `ivan${n}@example.org`, consent: true, locale: "bg" },
    },
  });

async function post(n) {
  const res = await fetch(`${url}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: body(n) });
  const json = await res.json();
  return res.ok && !json.errors;
}

let n = offset;
for (let i = 0; i < 50; i++) await post(n++); // warm-up
const latencies = [];
let errors = 0;
const started = Date.now();
const end = started + seconds * 1000;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      if (!(await post(n++))) errors++;
      latencies.push(performance.now() - t0);
    }
  }),
);
parentPort.postMessage({ latencies, errors, elapsed: (Date.now() - started) / 1000 });
