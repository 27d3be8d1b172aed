CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"published_on" date,
	"loaded_at" timestamp with time zone NOT NULL,
	"loaded_by" text
);
--> statement-breakpoint
CREATE TABLE "case_assistance_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"from_org_id" uuid NOT NULL,
	"to_org_id" uuid NOT NULL,
	"to_region_code" text NOT NULL,
	"subject" text NOT NULL,
	"request" text NOT NULL,
	"due_on" date NOT NULL,
	"basis" text NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_assignments" (
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"expert_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_assignments_case_id_role_name_pk" PRIMARY KEY("case_id","role","name")
);
--> statement-breakpoint
CREATE TABLE "case_deadlines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"label" text NOT NULL,
	"state" text,
	"amount" integer NOT NULL,
	"unit" text NOT NULL,
	"basis" text NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"on_expiry" text NOT NULL,
	"status" text NOT NULL,
	"reminded_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"remaining_when_paused" integer,
	"calendar_complete" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"transition" text,
	"from_state" text,
	"to_state" text,
	"actor_id" uuid,
	"actor_name" text,
	"org_name" text,
	"summary" text NOT NULL,
	"payload" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sm3" text NOT NULL,
	"content" "bytea" NOT NULL,
	"template" text,
	"document_number" text,
	"description" text,
	"uploaded_by" uuid,
	"uploaded_by_name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"author_name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_parties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"uscc" text,
	"id_number_masked" text,
	"id_number_hash" text,
	"contact" text,
	"address" text,
	"represents_party_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_rights" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"right_type" text NOT NULL,
	"number" text NOT NULL,
	"right_id" uuid,
	"verification" jsonb NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_type" text NOT NULL,
	"case_number" text,
	"title" text NOT NULL,
	"state" text NOT NULL,
	"procedure" text,
	"procedure_reason" text,
	"region_code" text NOT NULL,
	"org_id" uuid NOT NULL,
	"assignee_id" uuid,
	"facts" jsonb NOT NULL,
	"act_date" date NOT NULL,
	"parent_case_id" uuid,
	"supervised" boolean DEFAULT false NOT NULL,
	"version" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"state_entered_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_experts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"org_id" uuid,
	"region_code" text NOT NULL,
	"expertise" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"qualifications" text[] NOT NULL,
	"training_hours" integer NOT NULL,
	"rating" integer,
	"conflicts" text[] NOT NULL,
	"active" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"actor_key" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_actor_key_key_pk" PRIMARY KEY("actor_key","key")
);
--> statement-breakpoint
CREATE TABLE "number_sequences" (
	"org_id" uuid NOT NULL,
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "number_sequences_org_id_series_year_pk" PRIMARY KEY("org_id","series","year")
);
--> statement-breakpoint
CREATE TABLE "case_supervision_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"supervision_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"content" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"escalated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_supervisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"supervisor_org_id" uuid NOT NULL,
	"supervisor_region_code" text NOT NULL,
	"reason" text NOT NULL,
	"report_every_days" integer NOT NULL,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "typical_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"region_code" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "typical_cases_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_year_calendar_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."calendar_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assistance_requests" ADD CONSTRAINT "case_assistance_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assistance_requests" ADD CONSTRAINT "case_assistance_requests_from_org_id_organizations_id_fk" FOREIGN KEY ("from_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assistance_requests" ADD CONSTRAINT "case_assistance_requests_to_org_id_organizations_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_expert_id_case_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."case_experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_rights" ADD CONSTRAINT "case_rights_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_experts" ADD CONSTRAINT "case_experts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_experts" ADD CONSTRAINT "case_experts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_supervision_reports" ADD CONSTRAINT "case_supervision_reports_supervision_id_case_supervisions_id_fk" FOREIGN KEY ("supervision_id") REFERENCES "public"."case_supervisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_supervisions" ADD CONSTRAINT "case_supervisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_supervisions" ADD CONSTRAINT "case_supervisions_supervisor_org_id_organizations_id_fk" FOREIGN KEY ("supervisor_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "typical_cases" ADD CONSTRAINT "typical_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_assistance_to_idx" ON "case_assistance_requests" USING btree ("to_region_code");--> statement-breakpoint
CREATE INDEX "case_assistance_case_idx" ON "case_assistance_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_case_idx" ON "case_deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_due_idx" ON "case_deadlines" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "case_files_case_idx" ON "case_files" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_parties_case_idx" ON "case_parties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_parties_uscc_idx" ON "case_parties" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "case_rights_case_idx" ON "case_rights" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cases_type_region_idx" ON "cases" USING btree ("case_type","region_code");--> statement-breakpoint
CREATE INDEX "cases_org_idx" ON "cases" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_uq" ON "cases" USING btree ("case_number") WHERE "cases"."case_number" is not null;--> statement-breakpoint
CREATE INDEX "case_experts_kind_region_idx" ON "case_experts" USING btree ("kind","region_code");--> statement-breakpoint
CREATE INDEX "case_supervision_reports_sup_idx" ON "case_supervision_reports" USING btree ("supervision_id","due_on");--> statement-breakpoint
CREATE INDEX "case_supervisions_case_idx" ON "case_supervisions" USING btree ("case_id");