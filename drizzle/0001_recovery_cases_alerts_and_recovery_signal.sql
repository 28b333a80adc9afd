CREATE TABLE "case_events" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"summary" text DEFAULT '' NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "case_events_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_remedies" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"percent" real,
	"amount" double precision,
	"currency" text,
	"status" text DEFAULT 'offered' NOT NULL,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offered_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "case_remedies_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid,
	"review_id" uuid,
	"reply_id" uuid,
	"description" text NOT NULL,
	"origin" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"owner_user_id" uuid,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"alerted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_tasks_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "recovery_cases" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid,
	"client_id" uuid,
	"title" text NOT NULL,
	"stage" text DEFAULT 'new' NOT NULL,
	"opened_reason" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"recovered_at" timestamp with time zone,
	CONSTRAINT "recovery_cases_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"review_id" uuid,
	"case_id" uuid,
	"task_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"channels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "recovered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."recovery_cases"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_remedies" ADD CONSTRAINT "case_remedies_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."recovery_cases"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."recovery_cases"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("org_id","case_id","at");--> statement-breakpoint
CREATE INDEX "case_remedies_case_idx" ON "case_remedies" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_case_idx" ON "case_tasks" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_due_idx" ON "case_tasks" USING btree ("due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_cases_review_uq" ON "recovery_cases" USING btree ("org_id","review_id");--> statement-breakpoint
CREATE INDEX "recovery_cases_stage_idx" ON "recovery_cases" USING btree ("org_id","stage","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_dedupe_uq" ON "alerts" USING btree ("org_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "alerts_due_idx" ON "alerts" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "alerts_org_created_idx" ON "alerts" USING btree ("org_id","created_at");