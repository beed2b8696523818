import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'comment' NOT NULL,
  	\`field\` text,
  	\`body\` text NOT NULL,
  	\`parent_id\` integer,
  	\`resolved\` integer DEFAULT false,
  	\`author_id\` integer,
  	\`author_name\` text,
  	\`version\` text,
  	\`resolved_by_id\` integer,
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_parent_idx\` ON \`review_comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_resolved_by_idx\` ON \`review_comments\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_rels_order_idx\` ON \`review_comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_parent_idx\` ON \`review_comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_path_idx\` ON \`review_comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_fact_sheets_id_idx\` ON \`review_comments_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_intervention_tools_id_idx\` ON \`review_comments_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_webinars_id_idx\` ON \`review_comments_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_publications_id_idx\` ON \`review_comments_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_title\` text,
  	\`action\` text NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`version\` text,
  	\`message\` text,
  	\`override\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_fact_sheets_id_idx\` ON \`review_events_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_intervention_tools_id_idx\` ON \`review_events_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_webinars_id_idx\` ON \`review_events_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_publications_id_idx\` ON \`review_events_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE TABLE \`site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`build_id\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`live\` integer DEFAULT false,
  	\`trigger\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`phases_snapshot_ms\` numeric,
  	\`phases_astro_ms\` numeric,
  	\`phases_pagefind_ms\` numeric,
  	\`phases_swap_ms\` numeric,
  	\`items\` numeric,
  	\`english\` numeric,
  	\`snapshot_hash\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_builds_build_id_idx\` ON \`site_builds\` (\`build_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_status_idx\` ON \`site_builds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_state_idx\` ON \`fact_sheets\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_last_content_editor_idx\` ON \`fact_sheets\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_submitted_by_idx\` ON \`fact_sheets\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_approved_by_idx\` ON \`fact_sheets\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_workflow_state_idx\` ON \`_fact_sheets_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_last_co_idx\` ON \`_fact_sheets_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_submitt_idx\` ON \`_fact_sheets_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_approve_idx\` ON \`_fact_sheets_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_state_idx\` ON \`intervention_tools\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_last_content_editor_idx\` ON \`intervention_tools\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_submitted_by_idx\` ON \`intervention_tools\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_approved_by_idx\` ON \`intervention_tools\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_workflow_state_idx\` ON \`_intervention_tools_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflow__idx\` ON \`_intervention_tools_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_1_idx\` ON \`_intervention_tools_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_2_idx\` ON \`_intervention_tools_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_state_idx\` ON \`webinars\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_last_content_editor_idx\` ON \`webinars\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_submitted_by_idx\` ON \`webinars\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_approved_by_idx\` ON \`webinars\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_workflow_state_idx\` ON \`_webinars_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_last_conte_idx\` ON \`_webinars_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_submitted__idx\` ON \`_webinars_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_approved_b_idx\` ON \`_webinars_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`publications_workflow_state_idx\` ON \`publications\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_last_content_editor_idx\` ON \`publications\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_submitted_by_idx\` ON \`publications\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_approved_by_idx\` ON \`publications\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_last_content_editor_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_approved_version\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_approved_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_schedule_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_schedule_unpublish_at\` text;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_workflow_state_idx\` ON \`_publications_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_last_c_idx\` ON \`_publications_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_submit_idx\` ON \`_publications_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_approv_idx\` ON \`_publications_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_comments_id\` integer REFERENCES review_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_events_id\` integer REFERENCES review_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_builds_id\` integer REFERENCES site_builds(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`review_comments_rels\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_fact_sheets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`pdf_id\` integer,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_fact_sheets\`("id", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status") SELECT "id", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status" FROM \`fact_sheets\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets\`;`)
  await db.run(sql`ALTER TABLE \`__new_fact_sheets\` RENAME TO \`fact_sheets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`fact_sheets_image_idx\` ON \`fact_sheets\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_pdf_idx\` ON \`fact_sheets\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_updated_at_idx\` ON \`fact_sheets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_created_at_idx\` ON \`fact_sheets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets__status_idx\` ON \`fact_sheets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__fact_sheets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_image_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__fact_sheets_v\`("id", "parent_id", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_fact_sheets_v\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__fact_sheets_v\` RENAME TO \`_fact_sheets_v\`;`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_parent_idx\` ON \`_fact_sheets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_image_idx\` ON \`_fact_sheets_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_pdf_idx\` ON \`_fact_sheets_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_updated_at_idx\` ON \`_fact_sheets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_created_at_idx\` ON \`_fact_sheets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version__status_idx\` ON \`_fact_sheets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_created_at_idx\` ON \`_fact_sheets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_updated_at_idx\` ON \`_fact_sheets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_snapshot_idx\` ON \`_fact_sheets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_published_locale_idx\` ON \`_fact_sheets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_latest_idx\` ON \`_fact_sheets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_intervention_tools\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tool_kind\` text,
  	\`image_id\` integer,
  	\`pdf_id\` integer,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_intervention_tools\`("id", "tool_kind", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status") SELECT "id", "tool_kind", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status" FROM \`intervention_tools\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools\`;`)
  await db.run(sql`ALTER TABLE \`__new_intervention_tools\` RENAME TO \`intervention_tools\`;`)
  await db.run(sql`CREATE INDEX \`intervention_tools_image_idx\` ON \`intervention_tools\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_pdf_idx\` ON \`intervention_tools\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_updated_at_idx\` ON \`intervention_tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_created_at_idx\` ON \`intervention_tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools__status_idx\` ON \`intervention_tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__intervention_tools_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tool_kind\` text,
  	\`version_image_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__intervention_tools_v\`("id", "parent_id", "version_tool_kind", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_tool_kind", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_intervention_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__intervention_tools_v\` RENAME TO \`_intervention_tools_v\`;`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_parent_idx\` ON \`_intervention_tools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_image_idx\` ON \`_intervention_tools_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_pdf_idx\` ON \`_intervention_tools_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_updated_at_idx\` ON \`_intervention_tools_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_created_at_idx\` ON \`_intervention_tools_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version__status_idx\` ON \`_intervention_tools_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_created_at_idx\` ON \`_intervention_tools_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_updated_at_idx\` ON \`_intervention_tools_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_snapshot_idx\` ON \`_intervention_tools_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_published_locale_idx\` ON \`_intervention_tools_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_latest_idx\` ON \`_intervention_tools_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_webinars\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recorded_at\` text,
  	\`duration_minutes\` numeric,
  	\`video_url\` text,
  	\`video_file_id\` integer,
  	\`slides_id\` integer,
  	\`image_id\` integer,
  	\`pdf_id\` integer,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`slides_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webinars\`("id", "recorded_at", "duration_minutes", "video_url", "video_file_id", "slides_id", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status") SELECT "id", "recorded_at", "duration_minutes", "video_url", "video_file_id", "slides_id", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status" FROM \`webinars\`;`)
  await db.run(sql`DROP TABLE \`webinars\`;`)
  await db.run(sql`ALTER TABLE \`__new_webinars\` RENAME TO \`webinars\`;`)
  await db.run(sql`CREATE INDEX \`webinars_video_video_file_idx\` ON \`webinars\` (\`video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_slides_idx\` ON \`webinars\` (\`slides_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_image_idx\` ON \`webinars\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_pdf_idx\` ON \`webinars\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_updated_at_idx\` ON \`webinars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars_created_at_idx\` ON \`webinars\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars__status_idx\` ON \`webinars\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__webinars_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_recorded_at\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_video_url\` text,
  	\`version_video_file_id\` integer,
  	\`version_slides_id\` integer,
  	\`version_image_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_slides_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__webinars_v\`("id", "parent_id", "version_recorded_at", "version_duration_minutes", "version_video_url", "version_video_file_id", "version_slides_id", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_recorded_at", "version_duration_minutes", "version_video_url", "version_video_file_id", "version_slides_id", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_webinars_v\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__webinars_v\` RENAME TO \`_webinars_v\`;`)
  await db.run(sql`CREATE INDEX \`_webinars_v_parent_idx\` ON \`_webinars_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_video_version_video_file_idx\` ON \`_webinars_v\` (\`version_video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_slides_idx\` ON \`_webinars_v\` (\`version_slides_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_image_idx\` ON \`_webinars_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_pdf_idx\` ON \`_webinars_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_updated_at_idx\` ON \`_webinars_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_created_at_idx\` ON \`_webinars_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version__status_idx\` ON \`_webinars_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_created_at_idx\` ON \`_webinars_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_updated_at_idx\` ON \`_webinars_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_snapshot_idx\` ON \`_webinars_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_published_locale_idx\` ON \`_webinars_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_latest_idx\` ON \`_webinars_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`publication_kind\` text,
  	\`year\` numeric,
  	\`pages\` numeric,
  	\`file_id\` integer,
  	\`isbn\` text,
  	\`doi\` text,
  	\`image_id\` integer,
  	\`pdf_id\` integer,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "publication_kind", "year", "pages", "file_id", "isbn", "doi", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status") SELECT "id", "publication_kind", "year", "pages", "file_id", "isbn", "doi", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "updated_at", "created_at", "_status" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE INDEX \`publications_file_idx\` ON \`publications\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_image_idx\` ON \`publications\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_pdf_idx\` ON \`publications\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_publication_kind\` text,
  	\`version_year\` numeric,
  	\`version_pages\` numeric,
  	\`version_file_id\` integer,
  	\`version_isbn\` text,
  	\`version_doi\` text,
  	\`version_image_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_publication_kind", "version_year", "version_pages", "version_file_id", "version_isbn", "version_doi", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_publication_kind", "version_year", "version_pages", "version_file_id", "version_isbn", "version_doi", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_file_idx\` ON \`_publications_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_image_idx\` ON \`_publications_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_pdf_idx\` ON \`_publications_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_snapshot_idx\` ON \`_publications_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_published_locale_idx\` ON \`_publications_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id", "media_id", "documents_id", "users_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "themes_id", "audiences_id", "stages_id", "media_id", "documents_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fact_sheets_id_idx\` ON \`payload_locked_documents_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_intervention_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinars_id_idx\` ON \`payload_locked_documents_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
