import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_queries_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_item_readers_collection" AS ENUM('fact-sheets', 'intervention-tools', 'webinars', 'publications');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'insightsRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'insightsRetention';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_queries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "item_readers_id" integer;
  CREATE INDEX "search_queries_day_idx" ON "search_queries" USING btree ("day");
  CREATE INDEX "search_queries_updated_at_idx" ON "search_queries" USING btree ("updated_at");
  CREATE INDEX "search_queries_created_at_idx" ON "search_queries" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_language_query_idx" ON "search_queries" USING btree ("day","language","query");
  CREATE INDEX "item_readers_item_idx" ON "item_readers" USING btree ("item");
  CREATE INDEX "item_readers_month_idx" ON "item_readers" USING btree ("month");
  CREATE INDEX "item_readers_updated_at_idx" ON "item_readers" USING btree ("updated_at");
  CREATE INDEX "item_readers_created_at_idx" ON "item_readers" USING btree ("created_at");
  CREATE UNIQUE INDEX "collection_item_month_idx" ON "item_readers" USING btree ("collection","item","month");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_queries_fk" FOREIGN KEY ("search_queries_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_item_readers_fk" FOREIGN KEY ("item_readers_id") REFERENCES "public"."item_readers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_queries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_queries_id");
  CREATE INDEX "payload_locked_documents_rels_item_readers_id_idx" ON "payload_locked_documents_rels" USING btree ("item_readers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_queries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "item_readers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_queries" CASCADE;
  DROP TABLE "item_readers" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_queries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_item_readers_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_search_queries_id_idx";
  DROP INDEX "payload_locked_documents_rels_item_readers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_queries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "item_readers_id";
  DROP TYPE "public"."enum_search_queries_language";
  DROP TYPE "public"."enum_item_readers_collection";`)
}
