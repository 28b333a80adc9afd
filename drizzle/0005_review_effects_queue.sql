CREATE TABLE "review_effects" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"priority" smallint NOT NULL,
	"payload" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"last_error" text,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_effects_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "review_effects" ADD CONSTRAINT "review_effects_review_fk" FOREIGN KEY ("org_id","review_id") REFERENCES "public"."reviews"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_effects_due_idx" ON "review_effects" USING btree ("priority","next_attempt_at");--> statement-breakpoint
CREATE INDEX "review_effects_review_idx" ON "review_effects" USING btree ("org_id","review_id","kind");