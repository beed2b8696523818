import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_fact_sheets_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__fact_sheets_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_intervention_tools_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__intervention_tools_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_webinars_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__webinars_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_publications_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__publications_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_review_comments_kind" AS ENUM('comment', 'change_request');
  CREATE TYPE "public"."enum_review_comments_field" AS ENUM('title', 'summary', 'keyMessages', 'body', 'references', 'purpose', 'howToUse', 'chapters', 'transcript', 'abstract', 'authors', 'image', 'pdf');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'withdraw', 'request_changes', 'approve', 'publish', 'archive', 'reopen', 'edit');
  CREATE TYPE "public"."enum_review_events_from_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_review_events_to_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('running', 'succeeded', 'unchanged', 'failed', 'rollback');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'workflowNotify', 'workflowScheduledPublish', 'workflowScheduledUnpublish', 'workflowReviewDigest', 'buildSite');
  CREATE TABLE "review_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_review_comments_kind" DEFAULT 'comment' NOT NULL,
  	"field" "enum_review_comments_field",
  	"body" varchar NOT NULL,
  	"parent_id" integer,
  	"resolved" boolean DEFAULT false,
  	"author_id" integer,
  	"author_name" varchar,
  	"version" varchar,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_title" varchar,
  	"action" "enum_review_events_action" NOT NULL,
  	"from_state" "enum_review_events_from_state",
  	"to_state" "enum_review_events_to_state" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"version" varchar,
  	"message" varchar,
  	"override" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fact_sheets_id" integer,
  	"intervention_tools_id" integer,
  	"webinars_id" integer,
  	"publications_id" integer
  );
  
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"build_id" varchar NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"live" boolean DEFAULT false,
  	"trigger" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"phases_snapshot_ms" numeric,
  	"phases_astro_ms" numeric,
  	"phases_pagefind_ms" numeric,
  	"phases_swap_ms" numeric,
  	"items" numeric,
  	"english" numeric,
  	"snapshot_hash" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_state" "enum_fact_sheets_workflow_state" DEFAULT 'draft';
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_last_content_editor_id" integer;
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "fact_sheets" ADD COLUMN "workflow_approved_hash" varchar;
  ALTER TABLE "fact_sheets" ADD COLUMN "schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "fact_sheets" ADD COLUMN "schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_state" "enum__fact_sheets_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_last_content_editor_id" integer;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_workflow_approved_hash" varchar;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_fact_sheets_v" ADD COLUMN "version_schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_state" "enum_intervention_tools_workflow_state" DEFAULT 'draft';
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_last_content_editor_id" integer;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "intervention_tools" ADD COLUMN "workflow_approved_hash" varchar;
  ALTER TABLE "intervention_tools" ADD COLUMN "schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "intervention_tools" ADD COLUMN "schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_state" "enum__intervention_tools_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_last_content_editor_id" integer;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_workflow_approved_hash" varchar;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_intervention_tools_v" ADD COLUMN "version_schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "workflow_state" "enum_webinars_workflow_state" DEFAULT 'draft';
  ALTER TABLE "webinars" ADD COLUMN "workflow_last_content_editor_id" integer;
  ALTER TABLE "webinars" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "webinars" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "webinars" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "webinars" ADD COLUMN "workflow_approved_hash" varchar;
  ALTER TABLE "webinars" ADD COLUMN "schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "webinars" ADD COLUMN "schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_state" "enum__webinars_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_last_content_editor_id" integer;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_workflow_approved_hash" varchar;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_webinars_v" ADD COLUMN "version_schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "workflow_state" "enum_publications_workflow_state" DEFAULT 'draft';
  ALTER TABLE "publications" ADD COLUMN "workflow_last_content_editor_id" integer;
  ALTER TABLE "publications" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "publications" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "publications" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "workflow_approved_version" varchar;
  ALTER TABLE "publications" ADD COLUMN "workflow_approved_hash" varchar;
  ALTER TABLE "publications" ADD COLUMN "schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "publications" ADD COLUMN "schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_state" "enum__publications_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_last_content_editor_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_approved_version" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_workflow_approved_hash" varchar;
  ALTER TABLE "_publications_v" ADD COLUMN "version_schedule_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_publications_v" ADD COLUMN "version_schedule_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" integer;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_parent_id_review_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_fact_sheets_fk" FOREIGN KEY ("fact_sheets_id") REFERENCES "public"."fact_sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_intervention_tools_fk" FOREIGN KEY ("intervention_tools_id") REFERENCES "public"."intervention_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_webinars_fk" FOREIGN KEY ("webinars_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_comments_parent_idx" ON "review_comments" USING btree ("parent_id");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_resolved_by_idx" ON "review_comments" USING btree ("resolved_by_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");
  CREATE INDEX "review_comments_rels_order_idx" ON "review_comments_rels" USING btree ("order");
  CREATE INDEX "review_comments_rels_parent_idx" ON "review_comments_rels" USING btree ("parent_id");
  CREATE INDEX "review_comments_rels_path_idx" ON "review_comments_rels" USING btree ("path");
  CREATE INDEX "review_comments_rels_fact_sheets_id_idx" ON "review_comments_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "review_comments_rels_intervention_tools_id_idx" ON "review_comments_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "review_comments_rels_webinars_id_idx" ON "review_comments_rels" USING btree ("webinars_id");
  CREATE INDEX "review_comments_rels_publications_id_idx" ON "review_comments_rels" USING btree ("publications_id");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "review_events_rels_order_idx" ON "review_events_rels" USING btree ("order");
  CREATE INDEX "review_events_rels_parent_idx" ON "review_events_rels" USING btree ("parent_id");
  CREATE INDEX "review_events_rels_path_idx" ON "review_events_rels" USING btree ("path");
  CREATE INDEX "review_events_rels_fact_sheets_id_idx" ON "review_events_rels" USING btree ("fact_sheets_id");
  CREATE INDEX "review_events_rels_intervention_tools_id_idx" ON "review_events_rels" USING btree ("intervention_tools_id");
  CREATE INDEX "review_events_rels_webinars_id_idx" ON "review_events_rels" USING btree ("webinars_id");
  CREATE INDEX "review_events_rels_publications_id_idx" ON "review_events_rels" USING btree ("publications_id");
  CREATE UNIQUE INDEX "site_builds_build_id_idx" ON "site_builds" USING btree ("build_id");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "fact_sheets" ADD CONSTRAINT "fact_sheets_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fact_sheets" ADD CONSTRAINT "fact_sheets_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fact_sheets" ADD CONSTRAINT "fact_sheets_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_version_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_fact_sheets_v" ADD CONSTRAINT "_fact_sheets_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intervention_tools" ADD CONSTRAINT "intervention_tools_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intervention_tools" ADD CONSTRAINT "intervention_tools_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "intervention_tools" ADD CONSTRAINT "intervention_tools_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_version_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_intervention_tools_v" ADD CONSTRAINT "_intervention_tools_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webinars" ADD CONSTRAINT "webinars_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_webinars_v" ADD CONSTRAINT "_webinars_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_workflow_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_workflow_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_comments_fk" FOREIGN KEY ("review_comments_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "fact_sheets_workflow_state_idx" ON "fact_sheets" USING btree ("workflow_state");
  CREATE INDEX "fact_sheets_workflow_workflow_last_content_editor_idx" ON "fact_sheets" USING btree ("workflow_last_content_editor_id");
  CREATE INDEX "fact_sheets_workflow_workflow_submitted_by_idx" ON "fact_sheets" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "fact_sheets_workflow_workflow_approved_by_idx" ON "fact_sheets" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_fact_sheets_v_version_version_workflow_state_idx" ON "_fact_sheets_v" USING btree ("version_workflow_state");
  CREATE INDEX "_fact_sheets_v_version_workflow_version_workflow_last_co_idx" ON "_fact_sheets_v" USING btree ("version_workflow_last_content_editor_id");
  CREATE INDEX "_fact_sheets_v_version_workflow_version_workflow_submitt_idx" ON "_fact_sheets_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_fact_sheets_v_version_workflow_version_workflow_approve_idx" ON "_fact_sheets_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "intervention_tools_workflow_state_idx" ON "intervention_tools" USING btree ("workflow_state");
  CREATE INDEX "intervention_tools_workflow_workflow_last_content_editor_idx" ON "intervention_tools" USING btree ("workflow_last_content_editor_id");
  CREATE INDEX "intervention_tools_workflow_workflow_submitted_by_idx" ON "intervention_tools" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "intervention_tools_workflow_workflow_approved_by_idx" ON "intervention_tools" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_intervention_tools_v_version_version_workflow_state_idx" ON "_intervention_tools_v" USING btree ("version_workflow_state");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflow__idx" ON "_intervention_tools_v" USING btree ("version_workflow_last_content_editor_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx" ON "_intervention_tools_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx" ON "_intervention_tools_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "webinars_workflow_state_idx" ON "webinars" USING btree ("workflow_state");
  CREATE INDEX "webinars_workflow_workflow_last_content_editor_idx" ON "webinars" USING btree ("workflow_last_content_editor_id");
  CREATE INDEX "webinars_workflow_workflow_submitted_by_idx" ON "webinars" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "webinars_workflow_workflow_approved_by_idx" ON "webinars" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_webinars_v_version_version_workflow_state_idx" ON "_webinars_v" USING btree ("version_workflow_state");
  CREATE INDEX "_webinars_v_version_workflow_version_workflow_last_conte_idx" ON "_webinars_v" USING btree ("version_workflow_last_content_editor_id");
  CREATE INDEX "_webinars_v_version_workflow_version_workflow_submitted__idx" ON "_webinars_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_webinars_v_version_workflow_version_workflow_approved_b_idx" ON "_webinars_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "publications_workflow_state_idx" ON "publications" USING btree ("workflow_state");
  CREATE INDEX "publications_workflow_workflow_last_content_editor_idx" ON "publications" USING btree ("workflow_last_content_editor_id");
  CREATE INDEX "publications_workflow_workflow_submitted_by_idx" ON "publications" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "publications_workflow_workflow_approved_by_idx" ON "publications" USING btree ("workflow_approved_by_id");
  CREATE INDEX "_publications_v_version_version_workflow_state_idx" ON "_publications_v" USING btree ("version_workflow_state");
  CREATE INDEX "_publications_v_version_workflow_version_workflow_last_c_idx" ON "_publications_v" USING btree ("version_workflow_last_content_editor_id");
  CREATE INDEX "_publications_v_version_workflow_version_workflow_submit_idx" ON "_publications_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_publications_v_version_workflow_version_workflow_approv_idx" ON "_publications_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "payload_locked_documents_rels_review_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_comments_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_comments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_comments" CASCADE;
  DROP TABLE "review_comments_rels" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_events_rels" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "fact_sheets" DROP CONSTRAINT "fact_sheets_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "fact_sheets" DROP CONSTRAINT "fact_sheets_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "fact_sheets" DROP CONSTRAINT "fact_sheets_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_fact_sheets_v" DROP CONSTRAINT "_fact_sheets_v_version_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "_fact_sheets_v" DROP CONSTRAINT "_fact_sheets_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_fact_sheets_v" DROP CONSTRAINT "_fact_sheets_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "intervention_tools" DROP CONSTRAINT "intervention_tools_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "intervention_tools" DROP CONSTRAINT "intervention_tools_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "intervention_tools" DROP CONSTRAINT "intervention_tools_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_intervention_tools_v" DROP CONSTRAINT "_intervention_tools_v_version_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "_intervention_tools_v" DROP CONSTRAINT "_intervention_tools_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_intervention_tools_v" DROP CONSTRAINT "_intervention_tools_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "webinars" DROP CONSTRAINT "webinars_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "webinars" DROP CONSTRAINT "webinars_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "webinars" DROP CONSTRAINT "webinars_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_webinars_v" DROP CONSTRAINT "_webinars_v_version_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "_webinars_v" DROP CONSTRAINT "_webinars_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_webinars_v" DROP CONSTRAINT "_webinars_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "publications" DROP CONSTRAINT "publications_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_workflow_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_publications_v" DROP CONSTRAINT "_publications_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  DROP INDEX "fact_sheets_workflow_state_idx";
  DROP INDEX "fact_sheets_workflow_workflow_last_content_editor_idx";
  DROP INDEX "fact_sheets_workflow_workflow_submitted_by_idx";
  DROP INDEX "fact_sheets_workflow_workflow_approved_by_idx";
  DROP INDEX "_fact_sheets_v_version_version_workflow_state_idx";
  DROP INDEX "_fact_sheets_v_version_workflow_version_workflow_last_co_idx";
  DROP INDEX "_fact_sheets_v_version_workflow_version_workflow_submitt_idx";
  DROP INDEX "_fact_sheets_v_version_workflow_version_workflow_approve_idx";
  DROP INDEX "intervention_tools_workflow_state_idx";
  DROP INDEX "intervention_tools_workflow_workflow_last_content_editor_idx";
  DROP INDEX "intervention_tools_workflow_workflow_submitted_by_idx";
  DROP INDEX "intervention_tools_workflow_workflow_approved_by_idx";
  DROP INDEX "_intervention_tools_v_version_version_workflow_state_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflow__idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_1_idx";
  DROP INDEX "_intervention_tools_v_version_workflow_version_workflo_2_idx";
  DROP INDEX "webinars_workflow_state_idx";
  DROP INDEX "webinars_workflow_workflow_last_content_editor_idx";
  DROP INDEX "webinars_workflow_workflow_submitted_by_idx";
  DROP INDEX "webinars_workflow_workflow_approved_by_idx";
  DROP INDEX "_webinars_v_version_version_workflow_state_idx";
  DROP INDEX "_webinars_v_version_workflow_version_workflow_last_conte_idx";
  DROP INDEX "_webinars_v_version_workflow_version_workflow_submitted__idx";
  DROP INDEX "_webinars_v_version_workflow_version_workflow_approved_b_idx";
  DROP INDEX "publications_workflow_state_idx";
  DROP INDEX "publications_workflow_workflow_last_content_editor_idx";
  DROP INDEX "publications_workflow_workflow_submitted_by_idx";
  DROP INDEX "publications_workflow_workflow_approved_by_idx";
  DROP INDEX "_publications_v_version_version_workflow_state_idx";
  DROP INDEX "_publications_v_version_workflow_version_workflow_last_c_idx";
  DROP INDEX "_publications_v_version_workflow_version_workflow_submit_idx";
  DROP INDEX "_publications_v_version_workflow_version_workflow_approv_idx";
  DROP INDEX "payload_locked_documents_rels_review_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_state";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_last_content_editor_id";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "fact_sheets" DROP COLUMN "workflow_approved_hash";
  ALTER TABLE "fact_sheets" DROP COLUMN "schedule_publish_at";
  ALTER TABLE "fact_sheets" DROP COLUMN "schedule_unpublish_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_last_content_editor_id";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_workflow_approved_hash";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_schedule_publish_at";
  ALTER TABLE "_fact_sheets_v" DROP COLUMN "version_schedule_unpublish_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_state";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_last_content_editor_id";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "intervention_tools" DROP COLUMN "workflow_approved_hash";
  ALTER TABLE "intervention_tools" DROP COLUMN "schedule_publish_at";
  ALTER TABLE "intervention_tools" DROP COLUMN "schedule_unpublish_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_last_content_editor_id";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_workflow_approved_hash";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_schedule_publish_at";
  ALTER TABLE "_intervention_tools_v" DROP COLUMN "version_schedule_unpublish_at";
  ALTER TABLE "webinars" DROP COLUMN "workflow_state";
  ALTER TABLE "webinars" DROP COLUMN "workflow_last_content_editor_id";
  ALTER TABLE "webinars" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "webinars" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "webinars" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "webinars" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "webinars" DROP COLUMN "workflow_approved_hash";
  ALTER TABLE "webinars" DROP COLUMN "schedule_publish_at";
  ALTER TABLE "webinars" DROP COLUMN "schedule_unpublish_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_last_content_editor_id";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_workflow_approved_hash";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_schedule_publish_at";
  ALTER TABLE "_webinars_v" DROP COLUMN "version_schedule_unpublish_at";
  ALTER TABLE "publications" DROP COLUMN "workflow_state";
  ALTER TABLE "publications" DROP COLUMN "workflow_last_content_editor_id";
  ALTER TABLE "publications" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "publications" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "publications" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "publications" DROP COLUMN "workflow_approved_version";
  ALTER TABLE "publications" DROP COLUMN "workflow_approved_hash";
  ALTER TABLE "publications" DROP COLUMN "schedule_publish_at";
  ALTER TABLE "publications" DROP COLUMN "schedule_unpublish_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_last_content_editor_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_approved_version";
  ALTER TABLE "_publications_v" DROP COLUMN "version_workflow_approved_hash";
  ALTER TABLE "_publications_v" DROP COLUMN "version_schedule_publish_at";
  ALTER TABLE "_publications_v" DROP COLUMN "version_schedule_unpublish_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  DROP TYPE "public"."enum_fact_sheets_workflow_state";
  DROP TYPE "public"."enum__fact_sheets_v_version_workflow_state";
  DROP TYPE "public"."enum_intervention_tools_workflow_state";
  DROP TYPE "public"."enum__intervention_tools_v_version_workflow_state";
  DROP TYPE "public"."enum_webinars_workflow_state";
  DROP TYPE "public"."enum__webinars_v_version_workflow_state";
  DROP TYPE "public"."enum_publications_workflow_state";
  DROP TYPE "public"."enum__publications_v_version_workflow_state";
  DROP TYPE "public"."enum_review_comments_kind";
  DROP TYPE "public"."enum_review_comments_field";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_from_state";
  DROP TYPE "public"."enum_review_events_to_state";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
