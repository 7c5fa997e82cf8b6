// The management dashboard: dashboard(filter) — figures for the viewer's scope (the
// manager: every case but restricted kinds; a head: their department; the integrity
// officer: restricted kinds only). Thin: lib/dashboard/get-dashboard.ts decides access
// and validates; definitions of every figure are at the top of lib/dashboard/types.ts.
// Each count carries `drill`, the `cases(filter:)` argument that lists exactly its cases.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import {
  CaseStatusEnum,
  ChannelEnum,
  ClockTypeEnum,
  KindEnum,
  LocaleEnum,
  NotOwedReasonEnum,
  TimelinessEnum,
} from "@/graphql/types/enums";
import type { CaseFilter } from "@/lib/cases/list-cases";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import type {
  BreakdownRow,
  Breakdowns,
  ClockTimeliness,
  Count,
  DashboardFigures,
  DashboardFilter,
  LiveFigures,
  MonthChange,
  NotOwedRow,
  RatingComment,
  Satisfaction,
  Share,
  TimeToAnswer,
  TrendWeek,
} from "@/lib/dashboard/types";

const AudienceEnum = builder.enumType("DashboardAudience", {
  values: ["MANAGEMENT", "DEPARTMENT", "INTEGRITY", "PUBLIC"] as const,
});
const ChangeMetricEnum = builder.enumType("DashboardChangeMetric", { values: ["RECEIVED", "ANSWERED", "ANSWERED_ON_TIME"] as const });

/** The case-list filter as a value (the `drill` of a figure): pass it to `cases(filter:)`. */
const CaseFilterValue = builder.objectRef<CaseFilter>("CaseFilterValue").implement({
  description: "A case-list filter: the cases(filter:) argument that lists a figure's cases.",
  fields: (t) => ({
    status: t.field({ type: [CaseStatusEnum], nullable: true, resolve: (f) => f.status ?? null }),
    kind: t.field({ type: [KindEnum], nullable: true, resolve: (f) => f.kind ?? null }),
    channel: t.field({ type: [ChannelEnum], nullable: true, resolve: (f) => f.channel ?? null }),
    departmentCode: t.string({ nullable: true, resolve: (f) => f.departmentCode ?? null }),
    unrouted: t.boolean({ nullable: true, resolve: (f) => f.unrouted ?? null }),
    dueWithinDays: t.int({ nullable: true, resolve: (f) => f.dueWithinDays ?? null }),
    overdue: t.boolean({ nullable: true, resolve: (f) => f.overdue ?? null }),
    receivedFrom: t.field({ type: "Date", nullable: true, resolve: (f) => f.receivedFrom ?? null }),
    receivedTo: t.field({ type: "Date", nullable: true, resolve: (f) => f.receivedTo ?? null }),
    answeredFrom: t.field({ type: "Date", nullable: true, resolve: (f) => f.answeredFrom ?? null }),
    answeredTo: t.field({ type: "Date", nullable: true, resolve: (f) => f.answeredTo ?? null }),
    serviceUnitCode: t.string({ nullable: true, resolve: (f) => f.serviceUnitCode ?? null }),
    withoutServiceUnit: t.boolean({ nullable: true, resolve: (f) => f.withoutServiceUnit ?? null }),
    categoryCode: t.string({ nullable: true, resolve: (f) => f.categoryCode ?? null }),
    uncategorised: t.boolean({ nullable: true, resolve: (f) => f.uncategorised ?? null }),
    locale: t.field({ type: [LocaleEnum], nullable: true, resolve: (f) => f.locale ?? null }),
    anonymous: t.boolean({ nullable: true, resolve: (f) => f.anonymous ?? null }),
    answered: t.boolean({ nullable: true, resolve: (f) => f.answered ?? null }),
    notOwedReason: t.field({ type: NotOwedReasonEnum, nullable: true, resolve: (f) => f.notOwedReason ?? null }),
    clock: t.field({ type: ClockTypeEnum, nullable: true, resolve: (f) => f.clock ?? null }),
    timeliness: t.field({ type: TimelinessEnum, nullable: true, resolve: (f) => f.timeliness ?? null }),
    ratingLinkSent: t.boolean({ nullable: true, resolve: (f) => f.ratingLinkSent ?? null }),
    rated: t.boolean({ nullable: true, resolve: (f) => f.rated ?? null }),
    ratingScore: t.int({ nullable: true, resolve: (f) => f.ratingScore ?? null }),
  }),
});

const CountType = builder.objectRef<Count>("DashboardCount").implement({
  description: "A number of cases, with the case-list filter that lists them.",
  fields: (t) => ({
    count: t.exposeInt("count"),
    drill: t.field({ type: CaseFilterValue, resolve: (c) => c.drill }),
    // The same filter as one JSON string: a client fetching the whole dashboard would
    // otherwise select two dozen drill fields per count and pass the query-size limit
    // (graphql/limits.ts). Parsed, it is the cases(filter:) variable as it stands.
    drillJson: t.string({
      description: "drill as JSON: the cases(filter:) variable that lists these cases (absent fields are left out).",
      resolve: (c) => JSON.stringify(c.drill),
    }),
  }),
});

const FilterValue = builder.objectRef<DashboardFilter>("DashboardFilterValue").implement({
  description: "The filter the figures were computed with (defaults filled in).",
  fields: (t) => ({
    from: t.field({ type: "Date", resolve: (f) => f.from }),
    to: t.field({ type: "Date", resolve: (f) => f.to }),
    departmentCode: t.string({ nullable: true, resolve: (f) => f.departmentCode ?? null }),
    kind: t.field({ type: [KindEnum], nullable: true, resolve: (f) => f.kind ?? null }),
    channel: t.field({ type: [ChannelEnum], nullable: true, resolve: (f) => f.channel ?? null }),
    serviceUnitCode: t.string({ nullable: true, resolve: (f) => f.serviceUnitCode ?? null }),
  }),
});

const LiveType = builder.objectRef<LiveFigures>("DashboardLive").implement({
  description: "Current state (not the date range): received today / this week / this month, open, due within 7 days, overdue.",
  fields: (t) => ({
    receivedToday: t.field({ type: CountType, resolve: (l) => l.receivedToday }),
    receivedThisWeek: t.field({ type: CountType, resolve: (l) => l.receivedThisWeek }),
    receivedThisMonth: t.field({ type: CountType, resolve: (l) => l.receivedThisMonth }),
    open: t.field({ type: CountType, resolve: (l) => l.open }),
    dueWithin7Days: t.field({ type: CountType, resolve: (l) => l.dueWithin7Days }),
    overdue: t.field({ type: CountType, resolve: (l) => l.overdue }),
  }),
});

const ClockTimelinessType = builder.objectRef<ClockTimeliness>("DashboardClockTimeliness").implement({
  fields: (t) => ({
    clock: t.field({ type: ClockTypeEnum, resolve: (c) => c.clock }),
    onTime: t.field({ type: CountType, resolve: (c) => c.onTime }),
    late: t.field({ type: CountType, resolve: (c) => c.late }),
    compliance: t.float({ nullable: true, description: "onTime / (onTime + late), 0–1.", resolve: (c) => c.compliance }),
  }),
});

const OverallType = builder.objectRef<DashboardFigures["overall"]>("DashboardOverallTimeliness").implement({
  fields: (t) => ({
    onTime: t.field({ type: CountType, resolve: (o) => o.onTime }),
    late: t.field({ type: CountType, resolve: (o) => o.late }),
    rate: t.float({ nullable: true, resolve: (o) => o.rate }),
  }),
});

const TimeToAnswerType = builder.objectRef<TimeToAnswer>("DashboardTimeToAnswer").implement({
  fields: (t) => ({
    answered: t.field({ type: CountType, resolve: (a) => a.answered }),
    medianDays: t.float({ nullable: true, resolve: (a) => a.medianDays }),
    p90Days: t.float({ nullable: true, resolve: (a) => a.p90Days }),
  }),
});

const NotOwedType = builder.objectRef<NotOwedRow>("DashboardNotOwed").implement({
  fields: (t) => ({
    reason: t.field({ type: NotOwedReasonEnum, resolve: (r) => r.reason }),
    cases: t.field({ type: CountType, resolve: (r) => r.cases }),
  }),
});

const ShareType = builder.objectRef<Share>("DashboardShare").implement({
  fields: (t) => ({
    part: t.field({ type: CountType, resolve: (s) => s.part }),
    of: t.field({ type: CountType, resolve: (s) => s.of }),
    share: t.float({ nullable: true, resolve: (s) => s.share }),
  }),
});

const BreakdownRowType = builder.objectRef<BreakdownRow>("DashboardBreakdownRow").implement({
  fields: (t) => ({
    key: t.string({
      nullable: true,
      description: "Kind, channel, locale, or the service unit / department / category code; null: none (web, unrouted, uncategorised).",
      resolve: (r) => r.key,
    }),
    received: t.field({ type: CountType, resolve: (r) => r.received }),
    answered: t.field({ type: CountType, resolve: (r) => r.answered }),
    onTime: t.field({ type: CountType, resolve: (r) => r.onTime }),
    late: t.field({ type: CountType, resolve: (r) => r.late }),
    onTimeRate: t.float({ nullable: true, resolve: (r) => r.onTimeRate }),
    medianDaysToAnswer: t.float({ nullable: true, resolve: (r) => r.medianDaysToAnswer }),
  }),
});

const BreakdownsType = builder.objectRef<Breakdowns>("DashboardBreakdowns").implement({
  fields: (t) => ({
    kind: t.field({ type: [BreakdownRowType], resolve: (b) => b.KIND }),
    channel: t.field({ type: [BreakdownRowType], resolve: (b) => b.CHANNEL }),
    serviceUnit: t.field({ type: [BreakdownRowType], resolve: (b) => b.SERVICE_UNIT }),
    department: t.field({ type: [BreakdownRowType], resolve: (b) => b.DEPARTMENT }),
    category: t.field({ type: [BreakdownRowType], resolve: (b) => b.CATEGORY }),
    language: t.field({ type: [BreakdownRowType], resolve: (b) => b.LANGUAGE }),
  }),
});

const ScoreCountType = builder.objectRef<Satisfaction["distribution"][number]>("DashboardScoreCount").implement({
  fields: (t) => ({ score: t.exposeInt("score"), cases: t.field({ type: CountType, resolve: (s) => s.cases }) }),
});

const CommentType = builder.objectRef<RatingComment>("DashboardComment").implement({
  description: "A citizen's rating comment: reference, day and score only — no submitter data.",
  fields: (t) => ({
    reference: t.exposeString("reference"),
    ratedOn: t.field({ type: "Date", resolve: (c) => c.ratedOn }),
    score: t.exposeInt("score"),
    comment: t.exposeString("comment"),
  }),
});

const SatisfactionType = builder.objectRef<Satisfaction>("DashboardSatisfaction").implement({
  fields: (t) => ({
    linksSent: t.field({ type: CountType, resolve: (s) => s.linksSent }),
    rated: t.field({ type: CountType, resolve: (s) => s.rated }),
    responseRate: t.float({ nullable: true, resolve: (s) => s.responseRate }),
    average: t.float({ nullable: true, resolve: (s) => s.average }),
    distribution: t.field({ type: [ScoreCountType], resolve: (s) => s.distribution }),
    recentComments: t.field({ type: [CommentType], resolve: (s) => s.recentComments }),
  }),
});

const TrendWeekType = builder.objectRef<TrendWeek>("DashboardTrendWeek").implement({
  fields: (t) => ({
    weekStart: t.field({ type: "Date", resolve: (w) => w.weekStart }),
    received: t.field({ type: CountType, resolve: (w) => w.received }),
    answered: t.field({ type: CountType, resolve: (w) => w.answered }),
    answeredOnTime: t.field({ type: CountType, resolve: (w) => w.answeredOnTime }),
  }),
});

const MonthChangeType = builder.objectRef<MonthChange>("DashboardMonthChange").implement({
  description: "This month so far against the same days of last month.",
  fields: (t) => ({
    metric: t.field({ type: ChangeMetricEnum, resolve: (m) => m.metric }),
    current: t.field({ type: CountType, resolve: (m) => m.current }),
    previous: t.field({ type: CountType, resolve: (m) => m.previous }),
    change: t.float({ nullable: true, description: "(current − previous) / previous.", resolve: (m) => m.change }),
  }),
});

const DashboardType = builder.objectRef<DashboardFigures>("Dashboard").implement({
  description: "Figures for the viewer's scope; range figures count the cases received in filter.from–filter.to.",
  fields: (t) => ({
    asOf: t.field({ type: "DateTime", resolve: (d) => d.asOf }),
    audience: t.field({ type: AudienceEnum, resolve: (d) => d.audience }),
    filter: t.field({ type: FilterValue, resolve: (d) => d.filter }),
    live: t.field({ type: LiveType, resolve: (d) => d.live }),
    received: t.field({ type: CountType, resolve: (d) => d.received }),
    answered: t.field({ type: CountType, resolve: (d) => d.answered }),
    timeliness: t.field({ type: [ClockTimelinessType], resolve: (d) => d.timeliness }),
    overall: t.field({ type: OverallType, resolve: (d) => d.overall }),
    timeToAnswer: t.field({ type: TimeToAnswerType, resolve: (d) => d.timeToAnswer }),
    notOwed: t.field({ type: [NotOwedType], resolve: (d) => d.notOwed }),
    anonymous: t.field({ type: ShareType, resolve: (d) => d.anonymous }),
    breakdowns: t.field({ type: BreakdownsType, resolve: (d) => d.breakdowns }),
    satisfaction: t.field({ type: SatisfactionType, resolve: (d) => d.satisfaction }),
    trends: t.field({ type: [TrendWeekType], resolve: (d) => d.trends }),
    busiestCategories: t.field({ type: [BreakdownRowType], resolve: (d) => d.busiestCategories }),
    sinceLastMonth: t.field({ type: [MonthChangeType], resolve: (d) => d.sinceLastMonth }),
  }),
});

const DashboardFilterInput = builder.inputType("DashboardFilterInput", {
  fields: (t) => ({
    from: t.field({ type: "Date", required: false, description: "First day received (Europe/Sofia); default: 12 months ago." }),
    to: t.field({ type: "Date", required: false, description: "Last day received (Europe/Sofia); default: today." }),
    departmentCode: t.string({ required: false }),
    kind: t.field({ type: [KindEnum], required: false }),
    channel: t.field({ type: [ChannelEnum], required: false }),
    serviceUnitCode: t.string({ required: false }),
  }),
});

builder.queryField("dashboard", (t) =>
  t.field({
    type: DashboardType,
    description: "Management's figures: the manager (all but restricted kinds), a head (their department), the integrity officer (restricted kinds).",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: DashboardFilterInput, required: false }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => getDashboard({ viewer: ctx.viewer, filter: args.filter })),
  }),
);
