import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_link_checks_outcome" AS ENUM('ok', 'broken', 'unreachable');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'healthLinkCheck';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'healthLinkCheck';
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
  
  ALTER TABLE "fact_sheets" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "fact_sheets" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "intervention_tools" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "webinars" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "translation_to_translate" boolean;
  ALTER TABLE "publications" ADD COLUMN "translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_translation_to_translate" boolean;
  ALTER TABLE "_publications_v" ADD COLUMN "version_translation_fr_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_translation_en_changed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  CREATE UNIQUE INDEX "link_checks_url_idx" ON "link_checks" USING btree ("url");
  CREATE INDEX "link_checks_host_idx" ON "link_checks" USING btree ("host");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "link_checks" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "fact_sheets" DROP COLUMN "translation_to_translate";
  ALTER TABLE "fact_sheets" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "translation_to_translate";
  ALTER TABLE "intervention_tools" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "webinars" DROP COLUMN "translation_to_translate";
  ALTER TABLE "webinars" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "webinars" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "publications" DROP COLUMN "translation_to_translate";
  ALTER TABLE "publications" DROP COLUMN "translation_fr_changed_at";
  ALTER TABLE "publications" DROP COLUMN "translation_en_changed_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_translation_to_translate";
  ALTER TABLE "_publications_v" DROP COLUMN "version_translation_fr_changed_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_translation_en_changed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  DROP TYPE "public"."enum_link_checks_outcome";`)
}
