CREATE TABLE "daily_feedback_rollups" (
	"org_id" uuid NOT NULL,
	"scope" smallint NOT NULL,
	"location_id" uuid NOT NULL,
	"day" date NOT NULL,
	"requested" integer DEFAULT 0 NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	"clicked" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"public_clicked" integer DEFAULT 0 NOT NULL,
	"unhappy" integer DEFAULT 0 NOT NULL,
	"five_answers" integer DEFAULT 0 NOT NULL,
	"five_score_sum" integer DEFAULT 0 NOT NULL,
	"five_satisfied" integer DEFAULT 0 NOT NULL,
	"nps_answers" integer DEFAULT 0 NOT NULL,
	"nps_promoters" integer DEFAULT 0 NOT NULL,
	"nps_detractors" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_feedback_rollups_pk" PRIMARY KEY("org_id","scope","location_id","day")
);
--> statement-breakpoint
CREATE TABLE "daily_rollups" (
	"org_id" uuid NOT NULL,
	"scope" smallint NOT NULL,
	"location_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reviews" integer DEFAULT 0 NOT NULL,
	"stars_1" integer DEFAULT 0 NOT NULL,
	"stars_2" integer DEFAULT 0 NOT NULL,
	"stars_3" integer DEFAULT 0 NOT NULL,
	"stars_4" integer DEFAULT 0 NOT NULL,
	"stars_5" integer DEFAULT 0 NOT NULL,
	"unrated" integer DEFAULT 0 NOT NULL,
	"rating_sum" double precision DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"negative" integer DEFAULT 0 NOT NULL,
	"mixed" integer DEFAULT 0 NOT NULL,
	"neutral" integer DEFAULT 0 NOT NULL,
	"positive" integer DEFAULT 0 NOT NULL,
	"escalated" integer DEFAULT 0 NOT NULL,
	"replied" integer DEFAULT 0 NOT NULL,
	"reply_timed" integer DEFAULT 0 NOT NULL,
	"reply_minutes_sum" double precision DEFAULT 0 NOT NULL,
	"reply_hist" integer[] NOT NULL,
	"negative_replied_24h" integer DEFAULT 0 NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"recovered" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_rollups_pk" PRIMARY KEY("org_id","scope","location_id","source_id","day")
);
--> statement-breakpoint
CREATE TABLE "daily_theme_rollups" (
	"org_id" uuid NOT NULL,
	"scope" smallint NOT NULL,
	"location_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"day" date NOT NULL,
	"theme" text NOT NULL,
	"reviews" integer DEFAULT 0 NOT NULL,
	"negative" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_theme_rollups_pk" PRIMARY KEY("org_id","scope","location_id","source_id","day","theme")
);
--> statement-breakpoint
CREATE TABLE "rollup_dirty_days" (
	"org_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "rollup_dirty_days_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"day" date NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rollup_dirty_days_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "digest_runs" (
	"org_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipients" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "digest_runs_pk" PRIMARY KEY("org_id","week_start")
);
--> statement-breakpoint
ALTER TABLE "daily_feedback_rollups" ADD CONSTRAINT "daily_feedback_rollups_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_rollups" ADD CONSTRAINT "daily_rollups_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_theme_rollups" ADD CONSTRAINT "daily_theme_rollups_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "daily_rollups_scope_day_idx" ON "daily_rollups" USING btree ("org_id","scope","day");--> statement-breakpoint
CREATE INDEX "rollup_dirty_days_day_idx" ON "rollup_dirty_days" USING btree ("org_id","day");