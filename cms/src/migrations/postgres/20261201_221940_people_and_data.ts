import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_ppne_periods_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_ppne_periods_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ppne_periods_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__ppne_periods_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ppne_periods_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_ppne_profiles_group" AS ENUM('adult', 'pregnancy', 'breastfeeding', 'teen', 'child', 'infant', 'senior');
  CREATE TYPE "public"."enum_search_vocabulary_kind" AS ENUM('equivalents', 'expansion');
  CREATE TYPE "public"."enum_search_vocabulary_language" AS ENUM('fr', 'en', 'all');
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'review_facts';
  CREATE TABLE "ppne_periods_category_costs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category_id" integer,
  	"cost" numeric
  );
  
  CREATE TABLE "ppne_periods_profile_costs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"profile_id" integer,
  	"cost" numeric
  );
  
  CREATE TABLE "ppne_periods_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "ppne_periods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"workflow_state" "enum_ppne_periods_workflow_state" DEFAULT 'draft',
  	"period" varchar,
  	"title" varchar,
  	"review_last_reviewed_at" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"workflow_last_content_editor_id" integer,
  	"workflow_submitted_by_id" integer,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_approved_version" varchar,
  	"workflow_approved_hash" varchar,
  	"schedule_publish_at" timestamp(3) with time zone,
  	"schedule_unpublish_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_ppne_periods_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "ppne_periods_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "ppne_periods_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_ppne_periods_v_version_category_costs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"category_id" integer,
  	"cost" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ppne_periods_v_version_profile_costs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"profile_id" integer,
  	"cost" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ppne_periods_v_version_review_reviewers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ppne_periods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_workflow_state" "enum__ppne_periods_v_version_workflow_state" DEFAULT 'draft',
  	"version_period" varchar,
  	"version_title" varchar,
  	"version_review_last_reviewed_at" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_workflow_last_content_editor_id" integer,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_approved_hash" varchar,
  	"version_schedule_publish_at" timestamp(3) with time zone,
  	"version_schedule_unpublish_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__ppne_periods_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__ppne_periods_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_ppne_periods_v_locales" (
  	"version_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ppne_periods_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "ppne_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ppne_categories_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "ppne_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"group" "enum_ppne_profiles_group" NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ppne_profiles_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "search_vocabulary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_search_vocabulary_kind" DEFAULT 'equivalents' NOT NULL,
  	"language" "enum_search_vocabulary_language" DEFAULT 'fr' NOT NULL,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_vocabulary_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "ppne_method_households_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"profile_id" integer NOT NULL,
  	"count" numeric DEFAULT 1 NOT NULL
  );
  
  CREATE TABLE "ppne_method_households" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"reference" boolean
  );
  
  CREATE TABLE "ppne_method_households_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "ppne_method_household_size_adjustments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"size" numeric NOT NULL,
  	"factor" numeric NOT NULL
  );
  
  CREATE TABLE "ppne_method_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "ppne_method_sources_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "ppne_method" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"demonstration" boolean DEFAULT false,
  	"affordability_threshold" numeric NOT NULL,
  	"affordability_source_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "ppne_method_locales" (
  	"affordability_source_label" varchar NOT NULL,
  	"method" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "fact_sheets_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_fact_sheets_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "intervention_tools_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_intervention_tools_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "webinars_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_webinars_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "publications_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_publications_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "review_comments_rels" ADD COLUMN "ppne_periods_id" integer;
  ALTER TABLE "review_events_rels" ADD COLUMN "ppne_periods_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ppne_periods_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ppne_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ppne_profiles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_vocabulary_id" integer;
  ALTER TABLE "ppne_periods_category_costs" ADD CONSTRAINT "ppne_periods_category_costs_category_id_ppne_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."ppne_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_periods_category_costs" ADD CONSTRAINT "ppne_periods_category_costs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_periods_profile_costs" ADD CONSTRAINT "ppne_periods_profile_costs_profile_id_ppne_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."ppne_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_periods_profile_costs" ADD CONSTRAINT "ppne_periods_profile_costs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_periods_review_reviewers" ADD CONSTRAINT "ppne_periods_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_periods" ADD CONSTRAINT "ppne_periods_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_periods" ADD CONSTRAINT "ppne_periods_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_periods" ADD CONSTRAINT "ppne_periods_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_periods_locales" ADD CONSTRAINT "ppne_periods_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_periods_rels" ADD CONSTRAINT "ppne_periods_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_periods_rels" ADD CONSTRAINT "ppne_periods_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_version_category_costs" ADD CONSTRAINT "_ppne_periods_v_version_category_costs_category_id_ppne_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."ppne_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_version_category_costs" ADD CONSTRAINT "_ppne_periods_v_version_category_costs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ppne_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_version_profile_costs" ADD CONSTRAINT "_ppne_periods_v_version_profile_costs_profile_id_ppne_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."ppne_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_version_profile_costs" ADD CONSTRAINT "_ppne_periods_v_version_profile_costs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ppne_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_version_review_reviewers" ADD CONSTRAINT "_ppne_periods_v_version_review_reviewers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ppne_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v" ADD CONSTRAINT "_ppne_periods_v_parent_id_ppne_periods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v" ADD CONSTRAINT "_ppne_periods_v_version_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v" ADD CONSTRAINT "_ppne_periods_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v" ADD CONSTRAINT "_ppne_periods_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_locales" ADD CONSTRAINT "_ppne_periods_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ppne_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_rels" ADD CONSTRAINT "_ppne_periods_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ppne_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_rels" ADD CONSTRAINT "_ppne_periods_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_categories_locales" ADD CONSTRAINT "ppne_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_profiles_locales" ADD CONSTRAINT "ppne_profiles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_vocabulary_texts" ADD CONSTRAINT "search_vocabulary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_method_households_members" ADD CONSTRAINT "ppne_method_households_members_profile_id_ppne_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."ppne_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_method_households_members" ADD CONSTRAINT "ppne_method_households_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_method_households"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_method_households" ADD CONSTRAINT "ppne_method_households_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_method"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_method_households_locales" ADD CONSTRAINT "ppne_method_households_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_method_households"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_method_household_size_adjustments" ADD CONSTRAINT "ppne_method_household_size_adjustments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_method"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_method_sources" ADD CONSTRAINT "ppne_method_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_method"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_method_sources_locales" ADD CONSTRAINT "ppne_method_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_method_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_method_locales" ADD CONSTRAINT "ppne_method_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_method"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "ppne_periods_category_costs_order_idx" ON "ppne_periods_category_costs" USING btree ("_order");
  CREATE INDEX "ppne_periods_category_costs_parent_id_idx" ON "ppne_periods_category_costs" USING btree ("_parent_id");
  CREATE INDEX "ppne_periods_category_costs_category_idx" ON "ppne_periods_category_costs" USING btree ("category_id");
  CREATE INDEX "ppne_periods_profile_costs_order_idx" ON "ppne_periods_profile_costs" USING btree ("_order");
  CREATE INDEX "ppne_periods_profile_costs_parent_id_idx" ON "ppne_periods_profile_costs" USING btree ("_parent_id");
  CREATE INDEX "ppne_periods_profile_costs_profile_idx" ON "ppne_periods_profile_costs" USING btree ("profile_id");
  CREATE INDEX "ppne_periods_review_reviewers_order_idx" ON "ppne_periods_review_reviewers" USING btree ("_order");
  CREATE INDEX "ppne_periods_review_reviewers_parent_id_idx" ON "ppne_periods_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "ppne_periods_workflow_state_idx" ON "ppne_periods" USING btree ("workflow_state");
  CREATE UNIQUE INDEX "ppne_periods_period_idx" ON "ppne_periods" USING btree ("period");
  CREATE INDEX "ppne_periods_workflow_workflow_last_content_editor_idx" ON "ppne_periods" USING btree ("workflow_last_content_editor_id");
  CREATE INDEX "ppne_periods_workflow_workflow_submitted_by_idx" ON "ppne_periods" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "ppne_periods_workflow_workflow_approved_by_idx" ON "ppne_periods" USING btree ("workflow_approved_by_id");
  CREATE INDEX "ppne_periods_updated_at_idx" ON "ppne_periods" USING btree ("updated_at");
  CREATE INDEX "ppne_periods_created_at_idx" ON "ppne_periods" USING btree ("created_at");
  CREATE INDEX "ppne_periods__status_idx" ON "ppne_periods" USING btree ("_status");
  CREATE UNIQUE INDEX "ppne_periods_locales_locale_parent_id_unique" ON "ppne_periods_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ppne_periods_rels_order_idx" ON "ppne_periods_rels" USING btree ("order");
  CREATE INDEX "ppne_periods_rels_parent_idx" ON "ppne_periods_rels" USING btree ("parent_id");
  CREATE INDEX "ppne_periods_rels_path_idx" ON "ppne_periods_rels" USING btree ("path");
  CREATE INDEX "ppne_periods_rels_users_id_idx" ON "ppne_periods_rels" USING btree ("users_id");
  CREATE INDEX "_ppne_periods_v_version_category_costs_order_idx" ON "_ppne_periods_v_version_category_costs" USING btree ("_order");
  CREATE INDEX "_ppne_periods_v_version_category_costs_parent_id_idx" ON "_ppne_periods_v_version_category_costs" USING btree ("_parent_id");
  CREATE INDEX "_ppne_periods_v_version_category_costs_category_idx" ON "_ppne_periods_v_version_category_costs" USING btree ("category_id");
  CREATE INDEX "_ppne_periods_v_version_profile_costs_order_idx" ON "_ppne_periods_v_version_profile_costs" USING btree ("_order");
  CREATE INDEX "_ppne_periods_v_version_profile_costs_parent_id_idx" ON "_ppne_periods_v_version_profile_costs" USING btree ("_parent_id");
  CREATE INDEX "_ppne_periods_v_version_profile_costs_profile_idx" ON "_ppne_periods_v_version_profile_costs" USING btree ("profile_id");
  CREATE INDEX "_ppne_periods_v_version_review_reviewers_order_idx" ON "_ppne_periods_v_version_review_reviewers" USING btree ("_order");
  CREATE INDEX "_ppne_periods_v_version_review_reviewers_parent_id_idx" ON "_ppne_periods_v_version_review_reviewers" USING btree ("_parent_id");
  CREATE INDEX "_ppne_periods_v_parent_idx" ON "_ppne_periods_v" USING btree ("parent_id");
  CREATE INDEX "_ppne_periods_v_version_version_workflow_state_idx" ON "_ppne_periods_v" USING btree ("version_workflow_state");
  CREATE INDEX "_ppne_periods_v_version_version_period_idx" ON "_ppne_periods_v" USING btree ("version_period");
  CREATE INDEX "_ppne_periods_v_version_workflow_version_workflow_last_c_idx" ON "_ppne_periods_v" USING btree ("version_workflow_last_content_editor_id");
  CREATE INDEX "_ppne_periods_v_version_workflow_version_workflow_submit_idx" ON "_ppne_periods_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_ppne_periods_v_version_workflow_version_workflow_approv_idx" ON "_ppne_periods_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_ppne_periods_v_version_version_updated_at_idx" ON "_ppne_periods_v" USING btree ("version_updated_at");
  CREATE INDEX "_ppne_periods_v_version_version_created_at_idx" ON "_ppne_periods_v" USING btree ("version_created_at");
  CREATE INDEX "_ppne_periods_v_version_version__status_idx" ON "_ppne_periods_v" USING btree ("version__status");
  CREATE INDEX "_ppne_periods_v_created_at_idx" ON "_ppne_periods_v" USING btree ("created_at");
  CREATE INDEX "_ppne_periods_v_updated_at_idx" ON "_ppne_periods_v" USING btree ("updated_at");
  CREATE INDEX "_ppne_periods_v_snapshot_idx" ON "_ppne_periods_v" USING btree ("snapshot");
  CREATE INDEX "_ppne_periods_v_published_locale_idx" ON "_ppne_periods_v" USING btree ("published_locale");
  CREATE INDEX "_ppne_periods_v_latest_idx" ON "_ppne_periods_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_ppne_periods_v_locales_locale_parent_id_unique" ON "_ppne_periods_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ppne_periods_v_rels_order_idx" ON "_ppne_periods_v_rels" USING btree ("order");
  CREATE INDEX "_ppne_periods_v_rels_parent_idx" ON "_ppne_periods_v_rels" USING btree ("parent_id");
  CREATE INDEX "_ppne_periods_v_rels_path_idx" ON "_ppne_periods_v_rels" USING btree ("path");
  CREATE INDEX "_ppne_periods_v_rels_users_id_idx" ON "_ppne_periods_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "ppne_categories_code_idx" ON "ppne_categories" USING btree ("code");
  CREATE INDEX "ppne_categories_updated_at_idx" ON "ppne_categories" USING btree ("updated_at");
  CREATE INDEX "ppne_categories_created_at_idx" ON "ppne_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "ppne_categories_locales_locale_parent_id_unique" ON "ppne_categories_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "ppne_profiles_code_idx" ON "ppne_profiles" USING btree ("code");
  CREATE INDEX "ppne_profiles_updated_at_idx" ON "ppne_profiles" USING btree ("updated_at");
  CREATE INDEX "ppne_profiles_created_at_idx" ON "ppne_profiles" USING btree ("created_at");
  CREATE UNIQUE INDEX "ppne_profiles_locales_locale_parent_id_unique" ON "ppne_profiles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "search_vocabulary_updated_at_idx" ON "search_vocabulary" USING btree ("updated_at");
  CREATE INDEX "search_vocabulary_created_at_idx" ON "search_vocabulary" USING btree ("created_at");
  CREATE INDEX "search_vocabulary_texts_order_parent" ON "search_vocabulary_texts" USING btree ("order","parent_id");
  CREATE INDEX "ppne_method_households_members_order_idx" ON "ppne_method_households_members" USING btree ("_order");
  CREATE INDEX "ppne_method_households_members_parent_id_idx" ON "ppne_method_households_members" USING btree ("_parent_id");
  CREATE INDEX "ppne_method_households_members_profile_idx" ON "ppne_method_households_members" USING btree ("profile_id");
  CREATE INDEX "ppne_method_households_order_idx" ON "ppne_method_households" USING btree ("_order");
  CREATE INDEX "ppne_method_households_parent_id_idx" ON "ppne_method_households" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "ppne_method_households_locales_locale_parent_id_unique" ON "ppne_method_households_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ppne_method_household_size_adjustments_order_idx" ON "ppne_method_household_size_adjustments" USING btree ("_order");
  CREATE INDEX "ppne_method_household_size_adjustments_parent_id_idx" ON "ppne_method_household_size_adjustments" USING btree ("_parent_id");
  CREATE INDEX "ppne_method_sources_order_idx" ON "ppne_method_sources" USING btree ("_order");
  CREATE INDEX "ppne_method_sources_parent_id_idx" ON "ppne_method_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "ppne_method_sources_locales_locale_parent_id_unique" ON "ppne_method_sources_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "ppne_method_locales_locale_parent_id_unique" ON "ppne_method_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "fact_sheets_rels" ADD CONSTRAINT "fact_sheets_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_rels" ADD CONSTRAINT "_fact_sheets_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_rels" ADD CONSTRAINT "intervention_tools_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_rels" ADD CONSTRAINT "_intervention_tools_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_rels" ADD CONSTRAINT "webinars_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_rels" ADD CONSTRAINT "_webinars_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_rels" ADD CONSTRAINT "_publications_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_ppne_periods_fk" FOREIGN KEY ("ppne_periods_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_ppne_periods_fk" FOREIGN KEY ("ppne_periods_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ppne_periods_fk" FOREIGN KEY ("ppne_periods_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ppne_categories_fk" FOREIGN KEY ("ppne_categories_id") REFERENCES "public"."ppne_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ppne_profiles_fk" FOREIGN KEY ("ppne_profiles_id") REFERENCES "public"."ppne_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_vocabulary_fk" FOREIGN KEY ("search_vocabulary_id") REFERENCES "public"."search_vocabulary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fact_sheets_rels_users_id_idx" ON "fact_sheets_rels" USING btree ("users_id");
  CREATE INDEX "_fact_sheets_v_rels_users_id_idx" ON "_fact_sheets_v_rels" USING btree ("users_id");
  CREATE INDEX "intervention_tools_rels_users_id_idx" ON "intervention_tools_rels" USING btree ("users_id");
  CREATE INDEX "_intervention_tools_v_rels_users_id_idx" ON "_intervention_tools_v_rels" USING btree ("users_id");
  CREATE INDEX "webinars_rels_users_id_idx" ON "webinars_rels" USING btree ("users_id");
  CREATE INDEX "_webinars_v_rels_users_id_idx" ON "_webinars_v_rels" USING btree ("users_id");
  CREATE INDEX "publications_rels_users_id_idx" ON "publications_rels" USING btree ("users_id");
  CREATE INDEX "_publications_v_rels_users_id_idx" ON "_publications_v_rels" USING btree ("users_id");
  CREATE INDEX "review_comments_rels_ppne_periods_id_idx" ON "review_comments_rels" USING btree ("ppne_periods_id");
  CREATE INDEX "review_events_rels_ppne_periods_id_idx" ON "review_events_rels" USING btree ("ppne_periods_id");
  CREATE INDEX "payload_locked_documents_rels_ppne_periods_id_idx" ON "payload_locked_documents_rels" USING btree ("ppne_periods_id");
  CREATE INDEX "payload_locked_documents_rels_ppne_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("ppne_categories_id");
  CREATE INDEX "payload_locked_documents_rels_ppne_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("ppne_profiles_id");
  CREATE INDEX "payload_locked_documents_rels_search_vocabulary_id_idx" ON "payload_locked_documents_rels" USING btree ("search_vocabulary_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ppne_periods_category_costs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_periods_profile_costs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_periods_review_reviewers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_periods" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_periods_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_periods_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ppne_periods_v_version_category_costs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ppne_periods_v_version_profile_costs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ppne_periods_v_version_review_reviewers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ppne_periods_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ppne_periods_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ppne_periods_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_profiles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_vocabulary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_vocabulary_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method_households_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method_households" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method_households_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method_household_size_adjustments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_method_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "ppne_periods_category_costs" CASCADE;
  DROP TABLE "ppne_periods_profile_costs" CASCADE;
  DROP TABLE "ppne_periods_review_reviewers" CASCADE;
  DROP TABLE "ppne_periods" CASCADE;
  DROP TABLE "ppne_periods_locales" CASCADE;
  DROP TABLE "ppne_periods_rels" CASCADE;
  DROP TABLE "_ppne_periods_v_version_category_costs" CASCADE;
  DROP TABLE "_ppne_periods_v_version_profile_costs" CASCADE;
  DROP TABLE "_ppne_periods_v_version_review_reviewers" CASCADE;
  DROP TABLE "_ppne_periods_v" CASCADE;
  DROP TABLE "_ppne_periods_v_locales" CASCADE;
  DROP TABLE "_ppne_periods_v_rels" CASCADE;
  DROP TABLE "ppne_categories" CASCADE;
  DROP TABLE "ppne_categories_locales" CASCADE;
  DROP TABLE "ppne_profiles" CASCADE;
  DROP TABLE "ppne_profiles_locales" CASCADE;
  DROP TABLE "search_vocabulary" CASCADE;
  DROP TABLE "search_vocabulary_texts" CASCADE;
  DROP TABLE "ppne_method_households_members" CASCADE;
  DROP TABLE "ppne_method_households" CASCADE;
  DROP TABLE "ppne_method_households_locales" CASCADE;
  DROP TABLE "ppne_method_household_size_adjustments" CASCADE;
  DROP TABLE "ppne_method_sources" CASCADE;
  DROP TABLE "ppne_method_sources_locales" CASCADE;
  DROP TABLE "ppne_method" CASCADE;
  DROP TABLE "ppne_method_locales" CASCADE;
  ALTER TABLE "fact_sheets_rels" DROP CONSTRAINT "fact_sheets_rels_users_fk";
  
  ALTER TABLE "_fact_sheets_v_rels" DROP CONSTRAINT "_fact_sheets_v_rels_users_fk";
  
  ALTER TABLE "intervention_tools_rels" DROP CONSTRAINT "intervention_tools_rels_users_fk";
  
  ALTER TABLE "_intervention_tools_v_rels" DROP CONSTRAINT "_intervention_tools_v_rels_users_fk";
  
  ALTER TABLE "webinars_rels" DROP CONSTRAINT "webinars_rels_users_fk";
  
  ALTER TABLE "_webinars_v_rels" DROP CONSTRAINT "_webinars_v_rels_users_fk";
  
  ALTER TABLE "publications_rels" DROP CONSTRAINT "publications_rels_users_fk";
  
  ALTER TABLE "_publications_v_rels" DROP CONSTRAINT "_publications_v_rels_users_fk";
  
  ALTER TABLE "review_comments_rels" DROP CONSTRAINT "review_comments_rels_ppne_periods_fk";
  
  ALTER TABLE "review_events_rels" DROP CONSTRAINT "review_events_rels_ppne_periods_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ppne_periods_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ppne_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ppne_profiles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_vocabulary_fk";
  
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'request_changes', 'approve', 'publish', 'archive', 'reopen', 'edit');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  DROP INDEX "fact_sheets_rels_users_id_idx";
  DROP INDEX "_fact_sheets_v_rels_users_id_idx";
  DROP INDEX "intervention_tools_rels_users_id_idx";
  DROP INDEX "_intervention_tools_v_rels_users_id_idx";
  DROP INDEX "webinars_rels_users_id_idx";
  DROP INDEX "_webinars_v_rels_users_id_idx";
  DROP INDEX "publications_rels_users_id_idx";
  DROP INDEX "_publications_v_rels_users_id_idx";
  DROP INDEX "review_comments_rels_ppne_periods_id_idx";
  DROP INDEX "review_events_rels_ppne_periods_id_idx";
  DROP INDEX "payload_locked_documents_rels_ppne_periods_id_idx";
  DROP INDEX "payload_locked_documents_rels_ppne_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_ppne_profiles_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_vocabulary_id_idx";
  ALTER TABLE "fact_sheets_rels" DROP COLUMN "users_id";
  ALTER TABLE "_fact_sheets_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "intervention_tools_rels" DROP COLUMN "users_id";
  ALTER TABLE "_intervention_tools_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "webinars_rels" DROP COLUMN "users_id";
  ALTER TABLE "_webinars_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "publications_rels" DROP COLUMN "users_id";
  ALTER TABLE "_publications_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "review_comments_rels" DROP COLUMN "ppne_periods_id";
  ALTER TABLE "review_events_rels" DROP COLUMN "ppne_periods_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ppne_periods_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ppne_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ppne_profiles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_vocabulary_id";
  DROP TYPE "public"."enum_ppne_periods_workflow_state";
  DROP TYPE "public"."enum_ppne_periods_status";
  DROP TYPE "public"."enum__ppne_periods_v_version_workflow_state";
  DROP TYPE "public"."enum__ppne_periods_v_version_status";
  DROP TYPE "public"."enum__ppne_periods_v_published_locale";
  DROP TYPE "public"."enum_ppne_profiles_group";
  DROP TYPE "public"."enum_search_vocabulary_kind";
  DROP TYPE "public"."enum_search_vocabulary_language";`)
}
