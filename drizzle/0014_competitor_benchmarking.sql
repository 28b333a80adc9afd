CREATE TABLE "competitor_reviews" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"competitor_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"author" text,
	"rating" real,
	"title" text,
	"text" text NOT NULL,
	"language" text,
	"url" text,
	"published_at" timestamp with time zone,
	"label" text NOT NULL,
	"complaint_themes" text[] DEFAULT '{}' NOT NULL,
	"praise_themes" text[] DEFAULT '{}' NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitor_reviews_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "competitor_snapshots" (
	"org_id" uuid NOT NULL,
	"competitor_id" uuid NOT NULL,
	"day" date NOT NULL,
	"rating" double precision,
	"rating_count" integer,
	"reviews_read" integer DEFAULT 0 NOT NULL,
	"captured_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitor_snapshots_pk" PRIMARY KEY("org_id","competitor_id","day")
);
--> statement-breakpoint
CREATE TABLE "competitors" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"interval_seconds" integer DEFAULT 21600 NOT NULL,
	"health" text DEFAULT 'ok' NOT NULL,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_polled_at" timestamp with time zone,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"etag" text,
	"last_modified" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitors_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "competitor_reviews" ADD CONSTRAINT "competitor_reviews_competitor_fk" FOREIGN KEY ("org_id","competitor_id") REFERENCES "public"."competitors"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitor_snapshots" ADD CONSTRAINT "competitor_snapshots_competitor_fk" FOREIGN KEY ("org_id","competitor_id") REFERENCES "public"."competitors"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitors" ADD CONSTRAINT "competitors_location_fk" FOREIGN KEY ("org_id","location_id") REFERENCES "public"."locations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competitor_reviews_dedupe_uq" ON "competitor_reviews" USING btree ("org_id","competitor_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "competitors_location_idx" ON "competitors" USING btree ("org_id","location_id");--> statement-breakpoint
CREATE INDEX "competitors_due_idx" ON "competitors" USING btree ("next_poll_at");