CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"payload" text NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL,
	"right_id" uuid,
	"summary" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text,
	"region_code" text,
	CONSTRAINT "certificates_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"algorithm" text NOT NULL,
	"public_key" text NOT NULL,
	"private_key_protected" text NOT NULL,
	"active" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_issues" (
	"job_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"severity" text NOT NULL,
	"field" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"record_number" text
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"format" text NOT NULL,
	"type" text,
	"mapping" text,
	"status" text NOT NULL,
	"committed_line" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"warnings" integer DEFAULT 0 NOT NULL,
	"actor_name" text,
	"region_code" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"name" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"type" text,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_normalized" text NOT NULL,
	"uscc" text,
	"kind" text NOT NULL,
	"id_number_protected" text,
	"id_number_masked" text,
	"region_code" text,
	"country_code" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "right_events" (
	"right_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"detail" jsonb,
	CONSTRAINT "right_events_right_id_position_pk" PRIMARY KEY("right_id","position")
);
--> statement-breakpoint
CREATE TABLE "right_holders" (
	"right_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"data" jsonb,
	CONSTRAINT "right_holders_right_id_role_position_pk" PRIMARY KEY("right_id","role","position")
);
--> statement-breakpoint
CREATE TABLE "right_numbers" (
	"right_id" uuid NOT NULL,
	"type" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "right_numbers_type_value_right_id_pk" PRIMARY KEY("type","value","right_id")
);
--> statement-breakpoint
CREATE TABLE "rights" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"subtype" text,
	"number" text NOT NULL,
	"number_display" text NOT NULL,
	"title" text NOT NULL,
	"region_code" text,
	"classes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"class_main" text,
	"filing_date" date,
	"publication_date" date,
	"grant_date" date,
	"expiry_date" date,
	"status_base" text NOT NULL,
	"holder_names" text DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	"source" text NOT NULL,
	"source_record_id" text,
	"source_updated_at" timestamp with time zone NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_key_id_signing_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."signing_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_issues" ADD CONSTRAINT "import_issues_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "right_events" ADD CONSTRAINT "right_events_right_id_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "right_holders" ADD CONSTRAINT "right_holders_right_id_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "right_holders" ADD CONSTRAINT "right_holders_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "right_numbers" ADD CONSTRAINT "right_numbers_right_id_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_issues_job_idx" ON "import_issues" USING btree ("job_id","line");--> statement-breakpoint
CREATE UNIQUE INDEX "parties_uscc_uq" ON "parties" USING btree ("uscc") WHERE "parties"."uscc" is not null;--> statement-breakpoint
CREATE INDEX "parties_name_idx" ON "parties" USING btree ("name_normalized");--> statement-breakpoint
CREATE INDEX "right_holders_party_idx" ON "right_holders" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "right_numbers_right_idx" ON "right_numbers" USING btree ("right_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rights_type_number_uq" ON "rights" USING btree ("type","number");--> statement-breakpoint
CREATE INDEX "rights_search_idx" ON "rights" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "rights_type_status_idx" ON "rights" USING btree ("type","status_base");--> statement-breakpoint
CREATE INDEX "rights_region_idx" ON "rights" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "rights_class_idx" ON "rights" USING btree ("class_main");--> statement-breakpoint
CREATE INDEX "rights_filing_idx" ON "rights" USING btree ("filing_date");