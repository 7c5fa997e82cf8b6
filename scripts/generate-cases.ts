// npm run generate:cases -- [--count 1000000] [--years 5] [--database-url URL] [--seed N]
//                            [--batch 50000] [--force]     (GENERATE_DEBUG=1: time every statement)
//
// Fills a PostgreSQL database with realistic SYNTHETIC cases spread over the last N years,
// for the dashboard benchmark (issue 5, "At scale"; bench/dashboard.ts). Every row it
// writes is marked isDemo. The database is DATABASE_URL or --database-url; it is migrated
// and given the reference data first, exactly as the app seeds it (seedReferenceData and
// the demo structure of lib/db/seed-demo.ts: departments, service units, categories, staff).
//
// Refuses to run against a database holding any non-demo case (real citizens' data must
// never be mixed with invented cases) unless --force is given.
//
// Method (fast: no Prisma call per case; the rows are built inside PostgreSQL):
// - Texts, people, channels, languages, anonymity, categories and service units come from
//   a pool of prototypes drawn with the demo generator (prisma/demo-data.ts), so their
//   correlations are the demo's: Turkish and English writers, web vs front-office
//   channels, anonymous signals, units per category.
// - Case i of N is received at a time that grows ~12 % a year (more use of the service over
//   the years), office channels within office hours on weekdays; randomness is a
//   hash of (seed, i), so the same arguments give the same data.
// - Clocks are EXACT, not approximated: the due dates, due instants and warning instants of
//   every kind's policy are computed for every day of receipt by lib/domain/deadlines
//   computeClocks (the app's own code, with the database's calendar overrides) into a plan
//   table that the SQL joins. States follow the lifecycle the use cases produce: answered →
//   every clock MET at the answer (send-answer.ts); forwarded → FORWARD met, the rest
//   STOPPED (forward-case.ts); no answer owed by a staff decision → STOPPED, closed
//   (decide-no-answer.ts); opinions/comments/praise → TARGET met on closing (close-case.ts);
//   still open → RUNNING, WARNED or BREACHED by the clock's instants against now.
// - Outcomes are consistent with dates: an answer falls 2–58 days after receipt, or late
//   (62–112 days; the share of late answers differs by department and falls a little each
//   year); cases whose answer would fall after now are open, so old cases are answered or
//   closed and recent ones open, with thousands of open terms due around now.
// - Ratings: a link for every answered case with an e-mail (send-answer.ts); ~30 % rate it,
//   lower when late; a third of those leave a comment.
// - References are MG-YYYY-NNNNNN in order of receipt within each year, reserved per batch
//   from "ReferenceCounter" (the app's own allocator), so submissions continue after them.
// - Not generated: outbox events, audit records, mails, notes, drafts, attachments (the
//   figures do not read them).
import { parseArgs } from "node:util";
import pg from "pg";

process.env.LOG_LEVEL ||= "warn";

const USAGE = `usage: npm run generate:cases -- [--count 1000000] [--years 5] [--database-url URL] [--seed N] [--batch 50000] [--force]
Fills a PostgreSQL database (DATABASE_URL or --database-url) with synthetic demo cases.`;

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "1000000" },
    years: { type: "string", default: "5" },
    "database-url": { type: "string" },
    seed: { type: "string", default: "20260101" },
    batch: { type: "string", default: "50000" },
    pool: { type: "string", default: "20000" },
    force: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(args.count);
const years = Number(args.years);
const seed = Number(args.seed);
const batchSize = Number(args.batch);
const poolSize = Number(args.pool);
const databaseUrl = args["database-url"] || process.env.DATABASE_URL;
for (const [name, v] of [["count", count], ["years", years], ["seed", seed], ["batch", batchSize], ["pool", poolSize]] as const) {
  if (!Number.isInteger(v) || v < (name === "seed" ? 0 : 1)) {
    console.error(`--${name} must be a whole number${name === "seed" ? "" : " ≥ 1"}\n${USAGE}`);
    process.exit(2);
  }
}
if (years > 20) {
  console.error("--years must be at most 20");
  process.exit(2);
}
if (!databaseUrl) {
  console.error(`No database: set DATABASE_URL or pass --database-url (PostgreSQL only).\n${USAGE}`);
  process.exit(2);
}

const { openDatabase } = await import("@/lib/db/client");
const { seedReferenceData } = await import("@/lib/db/seed");
const { seedDemo } = await import("@/lib/db/seed-demo");
const { loadCalendar, loadPolicies } = await import("@/lib/cases/settings");
const { computeClocks, sofiaDate, startOfSofiaDay } = await import("@/lib/domain/deadlines");
const { FORWARD_RULE } = await import("@/lib/domain/policy");
const { KINDS } = await import("@/lib/domain/kinds");
const { addDaysIso, addYearsIso } = await import("@/lib/domain/iso-date");
const { config } = await import("@/lib/config");
const { generateDemoCases } = await import("@/prisma/demo-data");

/** Yearly growth of the number of submissions. */
const GROWTH = 0.12;

// Comments citizens leave with a rating, by language and how the rating went.
const COMMENTS: Record<"bg" | "tr" | "en", Record<"good" | "mid" | "bad", string[]>> = {
  bg: {
    good: [
      "Благодаря за бързия и ясен отговор!",
      "Проблемът беше решен, благодаря на служителите.",
      "Много любезно отношение в центъра за услуги.",
      "Отговорът беше подробен и разбираем.",
    ],
    mid: ["Отговорът дойде, но проблемът не е решен докрай.", "Добре, но можеше и по-бързо.", "Отговорът е твърде общ."],
    bad: [
      "Чаках твърде дълго за отговор.",
      "Никой не дойде на място да провери.",
      "Отговорът не отговаря на въпроса ми.",
      "Третият път пиша за същото.",
    ],
  },
  tr: {
    good: ["Hızlı ve açık cevap için teşekkürler!", "Sorun çözüldü, görevlilere teşekkür ederim.", "Hizmet merkezinde çok nazik davrandılar."],
    mid: ["Cevap geldi ama sorun tam çözülmedi.", "İyi ama daha hızlı olabilirdi.", "Cevap çok genel."],
    bad: ["Cevap için çok uzun bekledim.", "Kimse yerinde kontrol etmeye gelmedi.", "Cevap sorumla ilgili değil."],
  },
  en: {
    good: ["Thank you for the quick and clear answer!", "The problem was fixed, thanks to the staff.", "Very helpful people at the service centre."],
    mid: ["I got an answer but the problem is only partly solved.", "Fine, but it could have been faster.", "The answer is rather general."],
    bad: ["I waited far too long for an answer.", "Nobody came to look at the place.", "The answer does not address my question."],
  },
};

const FORWARD_BODIES = [
  "Областна администрация Кърджали",
  "Регионална здравна инспекция – Кърджали",
  "ОДМВР Кърджали",
  "Басейнова дирекция „Източнобеломорски район“",
  "НАП – офис Кърджали",
  "Агенция „Пътна инфраструктура“",
  "РИОСВ – Хасково",
];

// Web and e-mail by hour of day (Sofia), as the demo generator: quiet at night.
const HOUR_WEIGHTS = [1, 0.6, 0.3, 0.2, 0.2, 0.4, 1, 2, 4, 5, 5, 5, 4, 4, 5, 5, 5, 5, 6, 7, 7, 6, 4, 2];
/** 1000 hours drawn by HOUR_WEIGHTS: SQL picks one by a uniform number. */
const HOUR_TABLE: number[] = (() => {
  const total = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  for (let k = 0; k < 1000; k++) {
    let x = ((k + 0.5) / 1000) * total;
    let h = 0;
    while (h < 23 && x >= HOUR_WEIGHTS[h]!) x -= HOUR_WEIGHTS[h++]!;
    out.push(h);
  }
  return out;
})();

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const db = await openDatabase({ databaseUrl: databaseUrl!, migrate: true });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let triggersOff = false;
  if (process.env.GENERATE_DEBUG) {
    const query = client.query.bind(client) as (...a: unknown[]) => Promise<unknown>;
    (client as unknown as { query: unknown }).query = async (...a: unknown[]) => {
      const t = Date.now();
      const out = await query(...a);
      console.log(`  ${Date.now() - t} ms  ${String(a[0]).trim().slice(0, 60).replace(/\s+/g, " ")}`);
      return out;
    };
  }
  try {
    const [{ real }] = (await client.query<{ real: string }>(`SELECT count(*)::text AS real FROM "Case" WHERE NOT "isDemo"`)).rows as [
      { real: string },
    ];
    if (Number(real) > 0 && !args.force) {
      console.error(
        `Refusing: this database holds ${real} case(s) that are not demo/synthetic data. Generating invented cases ` +
          "next to real ones would falsify its figures. Use a database of its own (createdb …), or pass --force " +
          "if you really mean it.",
      );
      process.exitCode = 1;
      return;
    }
    if (Number(real) > 0) console.warn(`--force: adding synthetic cases next to ${real} non-demo case(s).`);

    // Reference data the way the app seeds it.
    await seedReferenceData(db.prisma);
    await seedDemo(db.prisma, { cases: 0 });
    const policies = await loadPolicies(db.prisma);
    const calendar = await loadCalendar(db.prisma);
    await db.close();
    console.log(`[${elapsed()}] database migrated, reference data in place`);

    const now = new Date();
    const today = sofiaDate(now);
    const startDate = addDaysIso(addYearsIso(today, -years), 1);
    const days: string[] = [];
    for (let d = startDate; d <= today; d = addDaysIso(d, 1)) days.push(d);

    await client.query("SET synchronous_commit = off");
    await client.query("SET jit = off"); // compiling each batch's expressions costs more than it saves here
    await client.query(`SET TIME ZONE 'UTC'`);

    // --- The clock plan: every kind's terms for every day of receipt (computeClocks). ---
    const plan = { day: [] as string[], kind: [] as string[], clock: [] as string[], dueDate: [] as string[], dueAt: [] as string[], warnAt: [] as string[], basis: [] as string[] };
    // computeClocks takes milliseconds; kinds whose terms are the same (they differ only in
    // the law cited) share one computation per day.
    const shapeCache = new Map<string, ReturnType<typeof computeClocks>>();
    const clocksByShape = (policy: (typeof policies)[keyof typeof policies], at: Date) => {
      const key = `${at.getTime()}|${JSON.stringify(policy.clocks.map((r) => ({ ...r, basis: "" })))}`;
      let dates = shapeCache.get(key);
      if (!dates) shapeCache.set(key, (dates = computeClocks({ ...policy, clocks: policy.clocks.map((r) => ({ ...r, basis: "" })) }, at, calendar)));
      const basis = new Map(policy.clocks.map((r) => [r.clock, r.basis]));
      return dates.map((k) => ({ ...k, basis: basis.get(k.clock) ?? k.basis }));
    };
    for (const day of days) {
      const at = startOfSofiaDay(day);
      const push = (kind: string, k: { clock: string; dueDate: string; dueAt: Date; warnAt: Date; basis: string }) => {
        plan.day.push(day);
        plan.kind.push(kind);
        plan.clock.push(k.clock);
        plan.dueDate.push(k.dueDate);
        plan.dueAt.push(k.dueAt.toISOString());
        plan.warnAt.push(k.warnAt.toISOString());
        plan.basis.push(k.basis);
      };
      for (const kind of KINDS) for (const k of clocksByShape(policies[kind], at)) push(kind, k);
      // The forwarding term does not depend on the kind (АПК чл. 112): kind '' in the plan.
      const [fwd] = computeClocks({ ...policies.SIGNAL, clocks: [] }, at, calendar, { startedClocks: [{ rule: FORWARD_RULE }] });
      push("", fwd!);
    }
    await client.query(`DROP TABLE IF EXISTS pg_temp.gen_plan`);
    await client.query(
      `CREATE TEMP TABLE gen_plan AS
       SELECT day::date, kind, clock::"ClockType" AS clock, due_date::date, due_at::timestamptz, warn_at::timestamptz, basis
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS x(day, kind, clock, due_date, due_at, warn_at, basis)`,
      [plan.day, plan.kind, plan.clock, plan.dueDate, plan.dueAt, plan.warnAt, plan.basis],
    );
    await client.query(`CREATE INDEX ON gen_plan (day, kind)`);
    await client.query(`ANALYZE gen_plan`);
    console.log(`[${elapsed()}] clock plan: ${plan.day.length} terms for ${days.length} days of receipt`);

    // --- Prototypes: the demo generator's realistic submissions. ---
    const protos = generateDemoCases(poolSize, seed).filter((c) => c.categoryCode !== null);
    const answers = new Map<string, string[]>();
    for (const c of protos) if (c.answerText) answers.set(c.locale, [...(answers.get(c.locale) ?? []), c.answerText]);
    const p = {
      kind: [] as string[], channel: [] as string[], locale: [] as string[], subject: [] as string[], body: [] as string[],
      place: [] as (string | null)[], anonymous: [] as boolean[], name: [] as (string | null)[], email: [] as (string | null)[],
      phone: [] as (string | null)[], category: [] as string[], unit: [] as (string | null)[], answer: [] as string[],
      incident: [] as (number | null)[],
    };
    protos.forEach((c, i) => {
      p.kind.push(c.kind);
      p.channel.push(c.channel);
      p.locale.push(c.locale);
      p.subject.push(c.subject);
      p.body.push(c.body);
      p.place.push(c.place);
      p.anonymous.push(c.anonymous);
      p.name.push(c.name);
      p.email.push(c.email);
      p.phone.push(c.phone);
      p.category.push(c.categoryCode!);
      p.unit.push(c.serviceUnitCode);
      // An answer in the case's language: its own, or another case's when the demo left it unanswered.
      const pool = answers.get(c.locale) ?? [...answers.values()].flat();
      p.answer.push(c.answerText ?? pool[i % pool.length]!);
      p.incident.push(c.incidentDaysAgo === null ? null : c.incidentDaysAgo - c.daysAgo);
    });
    await client.query(`DROP TABLE IF EXISTS pg_temp.gen_proto`);
    await client.query(
      `CREATE TEMP TABLE gen_proto AS
       SELECT (x.ord - 1)::int AS idx, x.kind::"Kind" AS kind, x.channel::"Channel" AS channel, x.locale::"Locale" AS locale,
         x.subject, x.body, x.place, x.anonymous, x.name, x.email, x.phone, cat.id AS category_id, cat."departmentId" AS department_id,
         CASE WHEN x.channel = 'WEB' THEN NULL ELSE su.id END AS unit_id, x.answer, x.incident,
         x.channel IN ('IN_PERSON', 'PHONE', 'FAX', 'MEETING', 'LETTER', 'INFO_BOARD') AS office,
         kp."answerOwed" AS policy_owed
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::text[], $14::int[])
         WITH ORDINALITY AS x(kind, channel, locale, subject, body, place, anonymous, name, email, phone, category, unit, answer, incident, ord)
       JOIN "Category" cat ON cat.code = x.category
       LEFT JOIN "ServiceUnit" su ON su.code = x.unit
       JOIN "KindPolicy" kp ON kp.kind = x.kind::"Kind"`,
      [p.kind, p.channel, p.locale, p.subject, p.body, p.place, p.anonymous, p.name, p.email, p.phone, p.category, p.unit, p.answer, p.incident],
    );
    const poolCount = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM gen_proto`)).rows[0]!.n;
    if (poolCount !== protos.length) throw new Error(`prototype pool: ${poolCount} of ${protos.length} rows matched the reference data`);
    await client.query(`ALTER TABLE gen_proto ADD PRIMARY KEY (idx)`);
    await client.query(`ANALYZE gen_proto`);

    // Staff per department: who is assigned, and the head who decides that no answer is owed.
    await client.query(`DROP TABLE IF EXISTS pg_temp.gen_staff`);
    await client.query(
      `CREATE TEMP TABLE gen_staff AS
       SELECT "departmentId" AS department_id,
         array_agg(id ORDER BY email) FILTER (WHERE role IN ('OFFICER', 'HEAD', 'INTEGRITY')) AS ids,
         (array_agg(id ORDER BY email) FILTER (WHERE role IN ('HEAD', 'INTEGRITY')))[1] AS head
       FROM "User" WHERE "departmentId" IS NOT NULL AND NOT disabled GROUP BY "departmentId"`,
    );
    await client.query(`ANALYZE gen_staff`);

    // Uniform [0,1) from (seed, case number, purpose): deterministic, inlined by the planner.
    await client.query(
      `CREATE OR REPLACE FUNCTION pg_temp.u(i bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT (hashint8extended(i, ${seed}::bigint * 64 + k) & 4503599627370495)::float8 / 4503599627370496.0 $$`,
    );

    // The dashboard's pre-counted figures (migration dashboard_summary) are counted once at the
    // end: appending ~13 delta rows per case through the triggers would cost more than the load.
    await client.query(FIGURE_TRIGGERS.map(([table, trigger]) => `ALTER TABLE "${table}" DISABLE TRIGGER ${trigger};`).join("\n"));
    triggersOff = true;
    const batches = Math.ceil(count / batchSize);
    let written = 0;
    for (let b = 0; b < batches; b++) {
      const lo = b * batchSize;
      const hi = Math.min(count, lo + batchSize);
      await client.query("BEGIN");
      await client.query(buildBatchSql(), [
        lo, hi, count, years, GROWTH, startDate, days.length, now.toISOString(), poolCount, HOUR_TABLE, FORWARD_BODIES,
      ]);
      // Reserve this batch's references from the app's own counter, per year.
      await client.query(
        `CREATE TEMP TABLE gen_refs ON COMMIT DROP AS
         WITH n AS (SELECT year, count(*)::int AS n FROM gen_batch GROUP BY year)
         , r AS (
           INSERT INTO "ReferenceCounter" ("year", "last") SELECT year, n FROM n
           ON CONFLICT ("year") DO UPDATE SET "last" = "ReferenceCounter"."last" + EXCLUDED."last"
           RETURNING "year", "last"
         )
         SELECT r."year" AS year, r."last" - n.n AS base FROM r JOIN n ON n.year = r."year"`,
      );
      // Clocks first (staged), so that each case is inserted with its nextDueAt and met-on-time /
      // met-late flags already right: the "CaseClock" insert trigger then has nothing to change.
      await client.query(`CREATE TEMP TABLE gen_clocks ON COMMIT DROP AS ${clocksSql()}`);
      await client.query(insertCasesSql(config.referencePrefix));
      await client.query(
        `INSERT INTO "CaseClock" ("id", "caseId", "clock", "dueDate", "dueAt", "warnAt", "basis", "state", "metAt", "createdAt")
         SELECT * FROM gen_clocks`,
      );
      await client.query(
        `INSERT INTO "Submitter" ("caseId", "name", "email", "phone", "consentAt")
         SELECT b.id, p.name, p.email, p.phone, b.received_at FROM gen_batch b JOIN gen_proto p ON p.idx = b.proto WHERE NOT b.anonymous`,
      );
      await client.query(insertRatingsSql(), [COMMENTS.bg.good, COMMENTS.bg.mid, COMMENTS.bg.bad, COMMENTS.tr.good, COMMENTS.tr.mid, COMMENTS.tr.bad, COMMENTS.en.good, COMMENTS.en.mid, COMMENTS.en.bad]);
      await client.query("COMMIT");
      written = hi;
      const rate = written / ((Date.now() - started) / 1000);
      console.log(`[${elapsed()}] ${written.toLocaleString("en")} / ${count.toLocaleString("en")} cases (${rate.toFixed(0)}/s overall)`);
    }

    await client.query(FIGURE_TRIGGERS.map(([table, trigger]) => `ALTER TABLE "${table}" ENABLE TRIGGER ${trigger};`).join("\n"));
    triggersOff = false;
    console.log(`[${elapsed()}] counting the dashboard figures (harta_rebuild_case_figures) …`);
    await client.query("SELECT harta_rebuild_case_figures()");
    console.log(`[${elapsed()}] VACUUM ANALYZE …`);
    for (const t of ["Case", "CaseClock", "Submitter", "Rating", "ReferenceCounter", "CaseFigure", "CaseWeekFigure", "CaseFigureDelta"]) {
      await client.query(`VACUUM ANALYZE "${t}"`);
    }
    const summary = (
      await client.query<{ status: string; n: string }>(`SELECT status::text, count(*)::text AS n FROM "Case" GROUP BY 1 ORDER BY 1`)
    ).rows;
    console.log(`Done: ${count.toLocaleString("en")} synthetic cases in ${elapsed()}. Cases by status now: ${summary.map((r) => `${r.status} ${r.n}`).join(", ")}`);
  } finally {
    if (triggersOff) {
      await client.query("ROLLBACK").catch(() => undefined);
      await client.query(FIGURE_TRIGGERS.map(([table, trigger]) => `ALTER TABLE "${table}" ENABLE TRIGGER ${trigger};`).join("\n"));
      console.error("Stopped before the end: the dashboard figures are not counted; run SELECT harta_rebuild_case_figures() or generate again.");
    }
    await client.end();
  }
}

/** Triggers that keep the dashboard's pre-counted figures (migration dashboard_summary). */
const FIGURE_TRIGGERS = [
  ["Case", "case_figures_inserted_deleted"],
  ["Case", "case_figures_updated"],
  ["Rating", "rating_figures_changed"],
] as const;

/**
 * One batch of cases [lo, hi) into gen_batch, with everything decided: time of receipt,
 * prototype, lifecycle path and dates, status. Parameters: $1 lo, $2 hi, $3 count, $4 years,
 * $5 growth, $6 first day, $7 number of days, $8 now, $9 pool size, $10 hour table, $11 bodies.
 */
function buildBatchSql(): string {
  return `
CREATE TEMP TABLE gen_batch ON COMMIT DROP AS
WITH t AS MATERIALIZED (
  SELECT i, p.idx AS proto, p.kind, p.channel, p.locale, p.anonymous, p.email IS NOT NULL AS has_email, p.office,
    p.policy_owed, p.incident, p.category_id, p.department_id, p.unit_id,
    -- day of receipt: inverse of the CDF of a volume growing exp(growth · t)
    least($7::int - 1, floor(ln(1 + ((i + 0.5) / $3::float8) * (exp($5::float8 * $4) - 1)) / $5::float8 / $4 * $7)::int) AS day_idx,
    pg_temp.u(i, 2) AS u_min
  FROM generate_series($1::bigint, $2::bigint - 1) AS i
  JOIN gen_proto p ON p.idx = floor(pg_temp.u(i, 1) * $9::int)::int
), d AS MATERIALIZED (
  SELECT t.*,
    -- office channels on a weekday: Saturday → Friday, Sunday → Monday (or Friday at the end)
    ($6::date + day_idx + CASE
       WHEN NOT office THEN 0
       WHEN extract(isodow FROM $6::date + day_idx) = 6 THEN CASE WHEN day_idx >= 1 THEN -1 ELSE 2 END
       WHEN extract(isodow FROM $6::date + day_idx) = 7 THEN CASE WHEN day_idx + 1 <= $7::int - 1 THEN 1 ELSE -2 END
       ELSE 0 END) AS rd
  FROM t
), r AS MATERIALIZED (
  SELECT d.*,
    least($8::timestamptz - make_interval(secs => 60 + pg_temp.u(i, 3) * 3600),
      (rd::timestamp + make_interval(mins => CASE WHEN office THEN 480 + floor(((u_min + pg_temp.u(i, 4)) / 2) * 540)::int
                                              ELSE ($10::int[])[1 + floor(u_min * 1000)::int] * 60 + floor(pg_temp.u(i, 4) * 60)::int END))
      AT TIME ZONE 'Europe/Sofia') AS received_at
  FROM d
), k AS MATERIALIZED (
  SELECT r.*,
    (r.received_at AT TIME ZONE 'Europe/Sofia')::date AS rdate,
    CASE WHEN incident IS NULL THEN NULL ELSE (r.received_at AT TIME ZONE 'Europe/Sofia')::date - incident END AS incident_date,
    extract(epoch FROM ($8::timestamptz - r.received_at)) / 86400 AS age
  FROM r
), a AS MATERIALIZED (
  SELECT k.*,
    CASE WHEN NOT policy_owed THEN NULL
         WHEN anonymous THEN 'ANONYMOUS'
         WHEN incident_date IS NOT NULL AND kind IN ('SIGNAL', 'COMPLAINT', 'GRIEVANCE', 'CORRUPTION_SIGNAL', 'WHISTLEBLOWER_REPORT')
              AND rdate > (incident_date + interval '2 years')::date THEN 'OLDER_THAN_TWO_YEARS'
    END AS auto_reason,
    pg_temp.u(i, 5) AS u_path, pg_temp.u(i, 6) AS u_d1, pg_temp.u(i, 7) AS u_d2, pg_temp.u(i, 8) AS u_s
  FROM k
), pth AS MATERIALIZED (
  SELECT a.*,
    CASE WHEN auto_reason IS NOT NULL THEN 'AUTO'
         WHEN NOT policy_owed THEN 'INFO'
         WHEN u_path < 0.025 THEN 'STAFF_NO'
         WHEN u_path < 0.06 AND kind NOT IN ('CORRUPTION_SIGNAL', 'WHISTLEBLOWER_REPORT') THEN 'FORWARD'
         ELSE 'ANSWER' END AS path,
    -- Share of late answers: differs by department, a little by language, and falls each year.
    0.09 + CASE (SELECT code FROM "Department" WHERE id = a.department_id)
             WHEN 'TER' THEN 0.07 WHEN 'PRO' THEN 0.04 WHEN 'INF' THEN 0.02 WHEN 'ADM' THEN -0.04 WHEN 'MAY' THEN -0.03 ELSE 0 END
         + CASE locale WHEN 'en' THEN 0.02 WHEN 'tr' THEN 0.01 ELSE 0 END
         + 0.015 * (extract(epoch FROM ($8::timestamptz - received_at)) / 86400 / 365.25 - $4::float8 / 2)
      AS p_late
  FROM a
), e AS MATERIALIZED (
  SELECT pth.*,
    received_at + make_interval(secs => 86400 * CASE path
      WHEN 'AUTO' THEN 1 + u_d1 * 14
      WHEN 'INFO' THEN CASE WHEN u_s < 0.06 THEN 31 + u_d1 * 30 ELSE 0.5 + ((u_d1 + u_d2) / 2) * 24 END
      WHEN 'STAFF_NO' THEN 3 + u_d1 * 20
      WHEN 'FORWARD' THEN 1 + u_d1 * 9
      ELSE CASE WHEN kind = 'WHISTLEBLOWER_REPORT'
                THEN CASE WHEN u_s < p_late THEN 100 + u_d1 * 40 ELSE 10 + ((u_d1 + u_d2) / 2) * 80 END
                ELSE CASE WHEN u_s < p_late THEN 62 + u_d1 * 50 ELSE 2 + ((u_d1 + u_d2) / 2) * 56 END END
    END) AS event_at
  FROM pth
), s AS MATERIALIZED (
  SELECT e.*,
    event_at <= $8::timestamptz AS done,
    pg_temp.u(i, 9) AS u_st, pg_temp.u(i, 10) AS u_cl, pg_temp.u(i, 11) AS u_x
  FROM e
)
SELECT gen_random_uuid() AS id, i, proto, kind, channel, locale, anonymous, has_email,
  incident_date, received_at, rdate, extract(year FROM rdate)::int AS year,
  row_number() OVER (PARTITION BY extract(year FROM rdate) ORDER BY received_at, i)::int AS seq,
  unit_id, path, auto_reason, done, event_at,
  -- triage queue: some web submissions without a category wait for a clerk
  CASE WHEN NOT done AND age < 2 AND channel = 'WEB' AND kind NOT IN ('CORRUPTION_SIGNAL', 'WHISTLEBLOWER_REPORT') AND u_x < 0.3
       THEN NULL ELSE category_id END AS category_id,
  CASE WHEN NOT done AND age < 2 AND channel = 'WEB' AND kind NOT IN ('CORRUPTION_SIGNAL', 'WHISTLEBLOWER_REPORT') AND u_x < 0.3
       THEN NULL ELSE department_id END AS department_id,
  CASE WHEN done THEN CASE path
         WHEN 'ANSWER' THEN CASE WHEN u_cl < 0.65 AND event_at + make_interval(days => 2 + floor(u_x * 38)::int) <= $8::timestamptz THEN 'CLOSED' ELSE 'ANSWERED' END
         WHEN 'FORWARD' THEN CASE WHEN u_cl < 0.5 AND event_at + make_interval(days => 5 + floor(u_x * 25)::int) <= $8::timestamptz THEN 'CLOSED' ELSE 'FORWARDED' END
         WHEN 'INFO' THEN CASE WHEN NOT anonymous AND u_cl < 0.25 AND event_at + make_interval(days => 1 + floor(u_x * 9)::int) > $8::timestamptz THEN 'ANSWERED' ELSE 'CLOSED' END
         ELSE 'CLOSED' END
       WHEN age < 2 THEN CASE WHEN u_st < 0.7 THEN 'RECEIVED' ELSE 'IN_PROGRESS' END
       WHEN u_st < 0.06 THEN 'RECEIVED'
       WHEN u_st < 0.14 AND path = 'ANSWER' THEN 'AWAITING_CITIZEN'
       ELSE 'IN_PROGRESS' END::"CaseStatus" AS status,
  -- written answers: owed ones, and a courtesy reply to a quarter of named opinions/praise
  CASE WHEN done AND (path = 'ANSWER' OR (path = 'INFO' AND NOT anonymous AND u_cl < 0.25)) THEN event_at END AS answered_at,
  CASE WHEN done AND path = 'FORWARD' THEN event_at END AS forwarded_at,
  CASE WHEN done AND path = 'FORWARD' THEN ($11::text[])[1 + floor(u_x * array_length($11::text[], 1))::int] END AS forwarded_to,
  CASE WHEN done THEN CASE path
         WHEN 'ANSWER' THEN CASE WHEN u_cl < 0.65 AND event_at + make_interval(days => 2 + floor(u_x * 38)::int) <= $8::timestamptz THEN event_at + make_interval(days => 2 + floor(u_x * 38)::int) END
         WHEN 'FORWARD' THEN CASE WHEN u_cl < 0.5 AND event_at + make_interval(days => 5 + floor(u_x * 25)::int) <= $8::timestamptz THEN event_at + make_interval(days => 5 + floor(u_x * 25)::int) END
         WHEN 'INFO' THEN CASE WHEN NOT anonymous AND u_cl < 0.25 AND event_at + make_interval(days => 1 + floor(u_x * 9)::int) > $8::timestamptz THEN NULL
                               WHEN NOT anonymous AND u_cl < 0.25 THEN event_at + make_interval(days => 1 + floor(u_x * 9)::int)
                               ELSE event_at END
         ELSE event_at END END AS closed_at,
  CASE WHEN path = 'STAFF_NO' AND done THEN false WHEN auto_reason IS NOT NULL THEN false ELSE policy_owed END AS answer_owed,
  CASE WHEN auto_reason IS NOT NULL THEN auto_reason
       WHEN path = 'STAFF_NO' AND done THEN CASE WHEN u_x < 0.45 THEN 'REPEAT_WITHOUT_NEW_FACTS' WHEN u_x < 0.85 THEN 'ABUSIVE_LANGUAGE' ELSE 'PERSONAL_DATA_OR_CLASSIFIED' END
  END::"NoAnswerReason" AS no_answer_reason,
  (SELECT g.head FROM gen_staff g WHERE g.department_id = s.department_id) AS head_id,
  (SELECT g.ids[1 + floor(u_x * array_length(g.ids, 1))::int] FROM gen_staff g WHERE g.department_id = s.department_id) AS staff_id,
  u_st AS u_rate, u_cl AS u_score, u_x AS u_comment
FROM s`;
}

function insertCasesSql(prefix: string): string {
  const quoted = `'${prefix.replace(/'/g, "''")}'`;
  return `
INSERT INTO "Case" ("id", "reference", "kind", "channel", "status", "locale", "subject", "body", "place", "anonymous",
  "answerOwed", "noAnswerReason", "incidentDate", "receivedAt", "accessCodeHash", "categoryId", "departmentId", "serviceUnitId",
  "answerText", "answeredAt", "assigneeId", "forwardedTo", "forwardedAt", "noAnswerById", "closedAt", "nextDueAt", "metOnTime", "metLate",
  "clocksAll", "clocksOnTime", "clocksLate", "isDemo",
  "createdAt", "updatedAt")
SELECT b.id, ${quoted} || '-' || b.year::text || '-' || lpad((r.base + b.seq)::text, 6, '0'),
  b.kind, b.channel, b.status, b.locale, p.subject, p.body, p.place, b.anonymous,
  b.answer_owed, b.no_answer_reason, b.incident_date, b.received_at,
  -- nobody holds an access code to a synthetic case: a random hash stands in
  md5(b.id::text || random()::text), b.category_id, b.department_id, b.unit_id,
  CASE WHEN b.answered_at IS NOT NULL THEN p.answer END, b.answered_at,
  CASE WHEN b.status <> 'RECEIVED' THEN b.staff_id END,
  b.forwarded_to, b.forwarded_at,
  CASE WHEN b.path = 'STAFF_NO' AND b.done THEN b.head_id END,
  b.closed_at,
  f.next_due, coalesce(f.on_time, false), coalesce(f.late, false),
  coalesce(f.bits, 0), coalesce(f.bits_on_time, 0), coalesce(f.bits_late, 0),
  true, b.received_at, greatest(b.received_at, coalesce(b.closed_at, b.answered_at, b.forwarded_at, b.received_at))
FROM gen_batch b JOIN gen_refs r ON r.year = b.year JOIN gen_proto p ON p.idx = b.proto
LEFT JOIN (
  SELECT k."caseId",
    min(k."dueAt") FILTER (WHERE k."state" IN ('RUNNING', 'PAUSED', 'WARNED', 'BREACHED')) AS next_due,
    bool_or(k."metAt" <= k."dueAt") FILTER (WHERE k."state" = 'MET') AS on_time,
    bool_or(k."metAt" > k."dueAt") FILTER (WHERE k."state" = 'MET') AS late,
    bit_or(harta_clock_bit(k."clock")) AS bits,
    bit_or(harta_clock_bit(k."clock")) FILTER (WHERE k."state" = 'MET' AND k."metAt" <= k."dueAt") AS bits_on_time,
    bit_or(harta_clock_bit(k."clock")) FILTER (WHERE k."state" = 'MET' AND k."metAt" > k."dueAt") AS bits_late
  FROM gen_clocks k GROUP BY k."caseId"
) f ON f."caseId" = b.id`;
}

/** The policy's clocks for the day of receipt (and FORWARD for forwarded cases), in the state the lifecycle left them. */
function clocksSql(): string {
  return `
SELECT gen_random_uuid() AS "id", b.id AS "caseId", pl.clock AS "clock", pl.due_date AS "dueDate", pl.due_at AS "dueAt",
  pl.warn_at AS "warnAt", pl.basis AS "basis",
  CASE
    WHEN NOT b.done THEN CASE WHEN pl.due_at <= now() THEN 'BREACHED' WHEN pl.warn_at <= now() THEN 'WARNED' ELSE 'RUNNING' END
    WHEN b.path = 'ANSWER' THEN 'MET'
    WHEN b.path = 'INFO' THEN 'MET'
    ELSE 'STOPPED' END::"ClockState" AS "state",
  -- the integrity officer acknowledges a whistleblower report within days, mostly within the 7 (ЗЗЛПСПОИН чл. 16 т.1)
  CASE WHEN b.done AND b.path = 'ANSWER' AND pl.clock = 'ACKNOWLEDGE'
         THEN least(b.answered_at, b.received_at + make_interval(secs => 86400 * (0.5 + b.u_comment * 8)))
       WHEN b.done AND b.path = 'ANSWER' THEN b.answered_at
       WHEN b.done AND b.path = 'INFO' THEN least(b.answered_at, b.closed_at, b.event_at) END AS "metAt",
  b.received_at AS "createdAt"
FROM gen_batch b JOIN gen_plan pl ON pl.day = b.rdate AND pl.kind = b.kind::text
WHERE b.auto_reason IS NULL
UNION ALL
SELECT gen_random_uuid(), b.id, pl.clock, pl.due_date, pl.due_at, pl.warn_at, pl.basis, 'MET', b.forwarded_at, b.forwarded_at
FROM gen_batch b JOIN gen_plan pl ON pl.day = b.rdate AND pl.kind = ''
WHERE b.path = 'FORWARD' AND b.done`;
}

/** A rating link for every answered case with an e-mail; about 30 % answer it. $1–$9 comment pools. */
function insertRatingsSql(): string {
  return `
INSERT INTO "Rating" ("caseId", "tokenHash", "score", "comment", "ratedAt", "createdAt")
SELECT x.id, md5('rating:' || x.id::text), x.score,
  CASE WHEN x.score IS NOT NULL AND x.u_comment < 0.33 THEN
    (CASE WHEN x.locale = 'bg' THEN CASE WHEN x.score >= 4 THEN $1::text[] WHEN x.score = 3 THEN $2::text[] ELSE $3::text[] END
          WHEN x.locale = 'tr' THEN CASE WHEN x.score >= 4 THEN $4::text[] WHEN x.score = 3 THEN $5::text[] ELSE $6::text[] END
          ELSE CASE WHEN x.score >= 4 THEN $7::text[] WHEN x.score = 3 THEN $8::text[] ELSE $9::text[] END END
    )[1 + floor(x.u_comment * 3 * 100)::int % 3]
  END,
  x.rated_at, x.answered_at
FROM (
  SELECT b.id, b.locale, b.answered_at, b.u_comment,
    CASE WHEN b.u_rate < 0.3 AND b.answered_at + make_interval(secs => b.u_rate * 24 * 86400) <= now() THEN
      -- late answers are rated lower
      CASE WHEN b.u_score < (CASE WHEN b.event_at - b.received_at > interval '60 days' THEN 0.12 ELSE 0.4 END) THEN 5
           WHEN b.u_score < (CASE WHEN b.event_at - b.received_at > interval '60 days' THEN 0.3 ELSE 0.72 END) THEN 4
           WHEN b.u_score < (CASE WHEN b.event_at - b.received_at > interval '60 days' THEN 0.5 ELSE 0.85 END) THEN 3
           WHEN b.u_score < (CASE WHEN b.event_at - b.received_at > interval '60 days' THEN 0.72 ELSE 0.93 END) THEN 2
           ELSE 1 END
    END AS score,
    CASE WHEN b.u_rate < 0.3 AND b.answered_at + make_interval(secs => b.u_rate * 24 * 86400) <= now()
         THEN b.answered_at + make_interval(secs => b.u_rate * 24 * 86400) END AS rated_at
  FROM gen_batch b
  WHERE b.answered_at IS NOT NULL AND b.has_email
) x`;
}

await main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
