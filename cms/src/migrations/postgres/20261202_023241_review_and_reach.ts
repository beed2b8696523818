import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Items already online get their public dates back-filled at the end of up() (written by hand).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_queries_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_item_readers_collection" AS ENUM('fact-sheets', 'intervention-tools', 'webinars', 'publications');
  CREATE TYPE "public"."enum_link_checks_outcome" AS ENUM('ok', 'broken', 'unreachable');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'contributor';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'insightsRetention';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'healthLinkCheck';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'insightsRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'healthLinkCheck';
  CREATE TABLE "fact_sheets_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_fact_sheets_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "intervention_tools_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_intervention_tools_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "webinars_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_webinars_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "publications_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_publications_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "ppne_periods_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean
  );
  
  CREATE TABLE "_ppne_periods_v_version_history_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"note_en" varchar,
  	"important" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "search_queries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"language" "enum_search_queries_language" NOT NULL,
  	"query" varchar NOT NULL,
  	"searches" numeric DEFAULT 0 NOT NULL,
  	"zero_results" numeric DEFAULT 0 NOT NULL,
  	"corrected" numeric DEFAULT 0 NOT NULL,
  	"corrected_to" varchar,
  	"last_result_count" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "item_readers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_item_readers_collection" NOT NULL,
  	"item" varchar NOT NULL,
  	"month" varchar NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"downloads" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"host" varchar,
  	"outcome" "enum_link_checks_outcome" NOT NULL,
  	"http_status" numeric,
  	"final_url" varchar,
  	"error" varchar,
  	"method" varchar,
  	"attempts" numeric,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx";
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "fact_sheets" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "fact_sheets" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "fact_sheets" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "fact_sheets" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "intervention_tools" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "intervention_tools" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "intervention_tools" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "intervention_tools" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "webinars" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "webinars" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "webinars" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "webinars" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "webinars" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "publications" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "publications" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "publications" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "publications" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "publications" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "_publications_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_publications_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "ppne_periods" ADD COLUMN "workflow_created_by_id" integer;
  ALTER TABLE "ppne_periods" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "ppne_periods" ADD COLUMN "history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "ppne_periods" ADD COLUMN "history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "ppne_periods" ADD COLUMN "change_note_text" varchar;
  ALTER TABLE "ppne_periods" ADD COLUMN "change_note_text_en" varchar;
  ALTER TABLE "ppne_periods" ADD COLUMN "change_note_important" boolean;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_workflow_created_by_id" integer;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_history_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_history_content_updated_at" timestamp(3) with time zone;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_change_note_text" varchar;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_change_note_text_en" varchar;
  ALTER TABLE "_ppne_periods_v" ADD COLUMN "version_change_note_important" boolean;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT 'media';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "documents" ADD COLUMN "prefix" varchar DEFAULT 'documents';
  ALTER TABLE "documents" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_queries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "item_readers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  ALTER TABLE "fact_sheets_history_changes" ADD CONSTRAINT "fact_sheets_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v_version_history_changes" ADD CONSTRAINT "_fact_sheets_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_fact_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "intervention_tools_history_changes" ADD CONSTRAINT "intervention_tools_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v_version_history_changes" ADD CONSTRAINT "_intervention_tools_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_intervention_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webinars_history_changes" ADD CONSTRAINT "webinars_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_webinars_v_version_history_changes" ADD CONSTRAINT "_webinars_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_webinars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_history_changes" ADD CONSTRAINT "publications_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_history_changes" ADD CONSTRAINT "_publications_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ppne_periods_history_changes" ADD CONSTRAINT "ppne_periods_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ppne_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v_version_history_changes" ADD CONSTRAINT "_ppne_periods_v_version_history_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ppne_periods_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fact_sheets_history_changes_order_idx" ON "fact_sheets_history_changes" USING btree ("_order");
  CREATE INDEX "fact_sheets_history_changes_parent_id_idx" ON "fact_sheets_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_fact_sheets_v_version_history_changes_order_idx" ON "_fact_sheets_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_fact_sheets_v_version_history_changes_parent_id_idx" ON "_fact_sheets_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "intervention_tools_history_changes_order_idx" ON "intervention_tools_history_changes" USING btree ("_order");
  CREATE INDEX "intervention_tools_history_changes_parent_id_idx" ON "intervention_tools_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_intervention_tools_v_version_history_changes_order_idx" ON "_intervention_tools_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_intervention_tools_v_version_history_changes_parent_id_idx" ON "_intervention_tools_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "webinars_history_changes_order_idx" ON "webinars_history_changes" USING btree ("_order");
  CREATE INDEX "webinars_history_changes_parent_id_idx" ON "webinars_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_webinars_v_version_history_changes_order_idx" ON "_webinars_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_webinars_v_version_history_changes_parent_id_idx" ON "_webinars_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "publications_history_changes_order_idx" ON "publications_history_changes" USING btree ("_order");
  CREATE INDEX "publications_history_changes_parent_id_idx" ON "publications_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_publications_v_version_history_changes_order_idx" ON "_publications_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_publications_v_version_history_changes_parent_id_idx" ON "_publications_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "ppne_periods_history_changes_order_idx" ON "ppne_periods_history_changes" USING btree ("_order");
  CREATE INDEX "ppne_periods_history_changes_parent_id_idx" ON "ppne_periods_history_changes" USING btree ("_parent_id");
  CREATE INDEX "_ppne_periods_v_version_history_changes_order_idx" ON "_ppne_periods_v_version_history_changes" USING btree ("_order");
  CREATE INDEX "_ppne_periods_v_version_history_changes_parent_id_idx" ON "_ppne_periods_v_version_history_changes" USING btree ("_parent_id");
  CREATE INDEX "search_queries_day_idx" ON "search_queries" USING btree ("day");
  CREATE INDEX "search_queries_updated_at_idx" ON "search_queries" USING btree ("updated_at");
  CREATE INDEX "search_queries_created_at_idx" ON "search_queries" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_language_query_idx" ON "search_queries" USING btree ("day","language","query");
  CREATE INDEX "item_readers_item_idx" ON "item_readers" USING btree ("item");
  CREATE INDEX "item_readers_month_idx" ON "item_readers" USING btree ("month");
  CREATE INDEX "item_readers_updated_at_idx" ON "item_readers" USING btree ("updated_at");
  CREATE INDEX "item_readers_created_at_idx" ON "item_readers" USING btree ("created_at");
  CREATE UNIQUE INDEX "collection_item_month_idx" ON "item_readers" USING btree ("collection","item","month");
  CREATE UNIQUE INDEX "link_checks_url_idx" ON "link_checks" USING btree ("url");
  CREATE INDEX "link_checks_host_idx" ON "link_checks" USING btree ("host");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  ALTER TABLE "fact_sheets" ADD CONSTRAINT "fact_sheets_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intervention_tools" ADD CONSTRAINT "intervention_tools_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ppne_periods" ADD CONSTRAINT "ppne_periods_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ppne_periods_v" ADD CONSTRAINT "_ppne_periods_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_queries_fk" FOREIGN KEY ("search_queries_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_item_readers_fk" FOREIGN KEY ("item_readers_id") REFERENCES "public"."item_readers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fact_sheets_workflow_workflow_created_by_idx" ON "fact_sheets" USING btree ("workflow_created_by_id");
  CREATE INDEX "_fact_sheets_v_version_workflow_version_workflow_created_idx" ON "_fact_sheets_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "intervention_tools_workflow_workflow_created_by_idx" ON "intervention_tools" USING btree ("workflow_created_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_3_idx" ON "_intervention_tools_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "webinars_workflow_workflow_created_by_idx" ON "webinars" USING btree ("workflow_created_by_id");
  CREATE INDEX "_webinars_v_version_workflow_version_workflow_created_by_idx" ON "_webinars_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "publications_workflow_workflow_created_by_idx" ON "publications" USING btree ("workflow_created_by_id");
  CREATE INDEX "_publications_v_version_workflow_version_workflow_create_idx" ON "_publications_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "ppne_periods_workflow_workflow_created_by_idx" ON "ppne_periods" USING btree ("workflow_created_by_id");
  CREATE INDEX "_ppne_periods_v_version_workflow_version_workflow_create_idx" ON "_ppne_periods_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "payload_locked_documents_rels_search_queries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_queries_id");
  CREATE INDEX "payload_locked_documents_rels_item_readers_id_idx" ON "payload_locked_documents_rels" USING btree ("item_readers_id");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx" ON "_intervention_tools_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx" ON "_intervention_tools_v" USING btree ("version_workflow_submitted_by_id");`)
  // Items already online: their first publication and last change are their creation and last save
  // (the best the stored rows know), so the site keeps the dates it showed.
  await db.execute(sql`UPDATE "fact_sheets" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
  await db.execute(sql`UPDATE "intervention_tools" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
  await db.execute(sql`UPDATE "webinars" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
  await db.execute(sql`UPDATE "publications" SET "history_first_published_at" = "created_at", "history_content_updated_at" = "updated_at" WHERE "_status" = 'published' AND "history_first_published_at" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "fact_sheets_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_fact_sheets_v_version_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "intervention_tools_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_intervention_tools_v_version_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webinars_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_webinars_v_version_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publications_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_publications_v_version_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ppne_periods_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ppne_periods_v_version_history_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_queries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "item_readers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "fact_sheets_history_changes" CASCADE;
  DROP TABLE "_fact_sheets_v_version_history_changes" CASCADE;
  DROP TABLE "intervention_tools_history_changes" CASCADE;
  DROP TABLE "_intervention_tools_v_version_history_changes" CASCADE;
  DROP TABLE "webinars_history_changes" CASCADE;
  DROP TABLE "_webinars_v_version_history_changes" CASCADE;
  DROP TABLE "publications_history_changes" CASCADE;
  DROP TABLE "_publications_v_version_history_changes" CASCADE;
  DROP TABLE "ppne_periods_history_changes" CASCADE;
  DROP TABLE "_ppne_periods_v_version_history_changes" CASCADE;
  DROP TABLE "search_queries" CASCADE;
  DROP TABLE "item_readers" CASCADE;
  DROP TABLE "link_checks" CASCADE;
  ALTER TABLE "fact_sheets" DROP CONSTRAINT "fact_sheets_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_fact_sheets_v" DROP CONSTRAINT "_fact_sheets_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "intervention_tools" DROP CONSTRAINT "intervention_tools_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_intervention_tools_v" DROP CONSTRAINT "_intervention_tools_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "webinars" DROP CONSTRAINT "webinars_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_webinars_v" DROP CONSTRAINT "_webinars_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "ppne_periods" DROP CONSTRAINT "ppne_periods_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "_ppne_periods_v" DROP CONSTRAINT "_ppne_periods_v_version_workflow_created_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_queries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_item_readers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "fact_sheets_workflow_workflow_created_by_idx";
  DROP INDEX "_fact_sheets_v_version_workflow_version_workflow_created_idx";
  DROP INDEX "intervention_tools_workflow_workflow_created_by_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_3_idx";
  DROP INDEX "webinars_workflow_workflow_created_by_idx";
  DROP INDEX "_webinars_v_version_workflow_version_workflow_created_by_idx";
  DROP INDEX "publications_workflow_workflow_created_by_idx";
  DROP INDEX "_publications_v_version_workflow_version_workflow_create_idx";
  DROP INDEX "ppne_periods_workflow_workflow_created_by_idx";
  DROP INDEX "_ppne_periods_v_version_workflow_version_workflow_create_idx";
  DROP INDEX "payload_locked_documents_rels_search_queries_id_idx";
  DROP INDEX "payload_locked_documents_rels_item_readers_id_idx";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx";
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx" ON "_intervention_tools_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx" ON "_intervention_tools_v" USING btree ("version_workflow_approved_by_id");
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "history_first_published_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "change_note_text";
  ALTER TABLE "fact_sheets" DROP COLUMN "change_note_text_en";
  ALTER TABLE "fact_sheets" DROP COLUMN "change_note_important";
  ALTER TABLE "fact_sheets" DROP COLUMN "translation_to_translate";
  ALTER TABLE "fact_sheets" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "history_first_published_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "change_note_text";
  ALTER TABLE "intervention_tools" DROP COLUMN "change_note_text_en";
  ALTER TABLE "intervention_tools" DROP COLUMN "change_note_important";
  ALTER TABLE "intervention_tools" DROP COLUMN "translation_to_translate";
  ALTER TABLE "intervention_tools" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "webinars" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "webinars" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "webinars" DROP COLUMN "history_first_published_at";
  ALTER TABLE "webinars" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "webinars" DROP COLUMN "change_note_text";
  ALTER TABLE "webinars" DROP COLUMN "change_note_text_en";
  ALTER TABLE "webinars" DROP COLUMN "change_note_important";
  ALTER TABLE "webinars" DROP COLUMN "translation_to_translate";
  ALTER TABLE "webinars" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "webinars" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "publications" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "publications" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "publications" DROP COLUMN "history_first_published_at";
  ALTER TABLE "publications" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "publications" DROP COLUMN "change_note_text";
  ALTER TABLE "publications" DROP COLUMN "change_note_text_en";
  ALTER TABLE "publications" DROP COLUMN "change_note_important";
  ALTER TABLE "publications" DROP COLUMN "translation_to_translate";
  ALTER TABLE "publications" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "publications" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_publications_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_publications_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "_publications_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_publications_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "ppne_periods" DROP COLUMN "workflow_created_by_id";
  ALTER TABLE "ppne_periods" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "ppne_periods" DROP COLUMN "history_first_published_at";
  ALTER TABLE "ppne_periods" DROP COLUMN "history_content_updated_at";
  ALTER TABLE "ppne_periods" DROP COLUMN "change_note_text";
  ALTER TABLE "ppne_periods" DROP COLUMN "change_note_text_en";
  ALTER TABLE "ppne_periods" DROP COLUMN "change_note_important";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_workflow_created_by_id";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_history_first_published_at";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_history_content_updated_at";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_change_note_text";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_change_note_text_en";
  ALTER TABLE "_ppne_periods_v" DROP COLUMN "version_change_note_important";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "documents" DROP COLUMN "prefix";
  ALTER TABLE "documents" DROP COLUMN "_objectkey";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_queries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "item_readers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  DROP TYPE "public"."enum_search_queries_language";
  DROP TYPE "public"."enum_item_readers_collection";
  DROP TYPE "public"."enum_link_checks_outcome";`)
}
