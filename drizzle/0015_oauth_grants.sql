CREATE TABLE "oauth_grants" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"user_id" uuid NOT NULL,
	"session_hash" text NOT NULL,
	"state_hash" text NOT NULL,
	"verifier_enc" text NOT NULL,
	"reconnect_source_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"tokens_enc" text,
	"error" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oauth_grants_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE INDEX "oauth_grants_state_idx" ON "oauth_grants" USING btree ("state_hash");