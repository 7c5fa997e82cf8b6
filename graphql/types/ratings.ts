// The citizen rates the service with the one-time link from the answer e-mail (public).
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { rateService } from "@/lib/cases/rate-service";

const RatingReceipt = builder.objectRef<{ reference: string; score: number }>("RatingReceipt").implement({
  fields: (t) => ({ reference: t.exposeString("reference"), score: t.exposeInt("score") }),
});

builder.mutationField("rateService", (t) =>
  t.field({
    type: RatingReceipt,
    description: "Rate the service from 1 to 5, once, with the link from the answer e-mail.",
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true }), score: t.arg.int({ required: true }), comment: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => rateService({ token: args.token, score: args.score, comment: args.comment, client: ctx.client })),
  }),
);
