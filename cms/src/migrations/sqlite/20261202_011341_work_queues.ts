import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_intervention_tools_v_version_workflow_version_workflo_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_intervention_tools_v_version_workflow_version_workflo_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_3_idx\` ON \`_intervention_tools_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_1_idx\` ON \`_intervention_tools_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_2_idx\` ON \`_intervention_tools_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_created_by_idx\` ON \`fact_sheets\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_created_idx\` ON \`_fact_sheets_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_created_by_idx\` ON \`intervention_tools\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_created_by_idx\` ON \`webinars\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_created_by_idx\` ON \`_webinars_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_created_by_idx\` ON \`publications\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_create_idx\` ON \`_publications_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_created_by_idx\` ON \`ppne_periods\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_create_idx\` ON \`_ppne_periods_v\` (\`version_workflow_created_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_fact_sheets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`image_id\` integer,
  	\`pdf_id\` integer,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`workflow_last_content_editor_id\` integer,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_approved_hash\` text,
  	\`schedule_publish_at\` text,
  	\`schedule_unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_fact_sheets\`("id", "workflow_state", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status" FROM \`fact_sheets\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets\`;`)
  await db.run(sql`ALTER TABLE \`__new_fact_sheets\` RENAME TO \`fact_sheets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_state_idx\` ON \`fact_sheets\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_image_idx\` ON \`fact_sheets\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_pdf_idx\` ON \`fact_sheets\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_last_content_editor_idx\` ON \`fact_sheets\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_submitted_by_idx\` ON \`fact_sheets\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_approved_by_idx\` ON \`fact_sheets\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_updated_at_idx\` ON \`fact_sheets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_created_at_idx\` ON \`fact_sheets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets__status_idx\` ON \`fact_sheets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__fact_sheets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_image_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_workflow_last_content_editor_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_approved_hash\` text,
  	\`version_schedule_publish_at\` text,
  	\`version_schedule_unpublish_at\` text,
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
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__fact_sheets_v\`("id", "parent_id", "version_workflow_state", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_fact_sheets_v\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__fact_sheets_v\` RENAME TO \`_fact_sheets_v\`;`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_parent_idx\` ON \`_fact_sheets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_workflow_state_idx\` ON \`_fact_sheets_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_image_idx\` ON \`_fact_sheets_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_pdf_idx\` ON \`_fact_sheets_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_last_co_idx\` ON \`_fact_sheets_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_submitt_idx\` ON \`_fact_sheets_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_approve_idx\` ON \`_fact_sheets_v\` (\`version_workflow_approved_by_id\`);`)
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
  	\`workflow_state\` text DEFAULT 'draft',
  	\`tool_kind\` text,
  	\`image_id\` integer,
  	\`pdf_id\` integer,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`workflow_last_content_editor_id\` integer,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_approved_hash\` text,
  	\`schedule_publish_at\` text,
  	\`schedule_unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_intervention_tools\`("id", "workflow_state", "tool_kind", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "tool_kind", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status" FROM \`intervention_tools\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools\`;`)
  await db.run(sql`ALTER TABLE \`__new_intervention_tools\` RENAME TO \`intervention_tools\`;`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_state_idx\` ON \`intervention_tools\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_image_idx\` ON \`intervention_tools\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_pdf_idx\` ON \`intervention_tools\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_last_content_editor_idx\` ON \`intervention_tools\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_submitted_by_idx\` ON \`intervention_tools\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_approved_by_idx\` ON \`intervention_tools\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_updated_at_idx\` ON \`intervention_tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_created_at_idx\` ON \`intervention_tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools__status_idx\` ON \`intervention_tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__intervention_tools_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_tool_kind\` text,
  	\`version_image_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_workflow_last_content_editor_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_approved_hash\` text,
  	\`version_schedule_publish_at\` text,
  	\`version_schedule_unpublish_at\` text,
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
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__intervention_tools_v\`("id", "parent_id", "version_workflow_state", "version_tool_kind", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_tool_kind", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_intervention_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__intervention_tools_v\` RENAME TO \`_intervention_tools_v\`;`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_parent_idx\` ON \`_intervention_tools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_workflow_state_idx\` ON \`_intervention_tools_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_image_idx\` ON \`_intervention_tools_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_pdf_idx\` ON \`_intervention_tools_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflow__idx\` ON \`_intervention_tools_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_1_idx\` ON \`_intervention_tools_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_2_idx\` ON \`_intervention_tools_v\` (\`version_workflow_approved_by_id\`);`)
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
  	\`workflow_state\` text DEFAULT 'draft',
  	\`recorded_at\` text,
  	\`duration_minutes\` numeric,
  	\`video_url\` text,
  	\`video_file_id\` integer,
  	\`slides_id\` integer,
  	\`image_id\` integer,
  	\`pdf_id\` integer,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`workflow_last_content_editor_id\` integer,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_approved_hash\` text,
  	\`schedule_publish_at\` text,
  	\`schedule_unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`slides_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_webinars\`("id", "workflow_state", "recorded_at", "duration_minutes", "video_url", "video_file_id", "slides_id", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "recorded_at", "duration_minutes", "video_url", "video_file_id", "slides_id", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status" FROM \`webinars\`;`)
  await db.run(sql`DROP TABLE \`webinars\`;`)
  await db.run(sql`ALTER TABLE \`__new_webinars\` RENAME TO \`webinars\`;`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_state_idx\` ON \`webinars\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`webinars_video_video_file_idx\` ON \`webinars\` (\`video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_slides_idx\` ON \`webinars\` (\`slides_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_image_idx\` ON \`webinars\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_pdf_idx\` ON \`webinars\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_last_content_editor_idx\` ON \`webinars\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_submitted_by_idx\` ON \`webinars\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_approved_by_idx\` ON \`webinars\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_updated_at_idx\` ON \`webinars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars_created_at_idx\` ON \`webinars\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars__status_idx\` ON \`webinars\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__webinars_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_recorded_at\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_video_url\` text,
  	\`version_video_file_id\` integer,
  	\`version_slides_id\` integer,
  	\`version_image_id\` integer,
  	\`version_pdf_id\` integer,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_workflow_last_content_editor_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_approved_hash\` text,
  	\`version_schedule_publish_at\` text,
  	\`version_schedule_unpublish_at\` text,
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
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__webinars_v\`("id", "parent_id", "version_workflow_state", "version_recorded_at", "version_duration_minutes", "version_video_url", "version_video_file_id", "version_slides_id", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_recorded_at", "version_duration_minutes", "version_video_url", "version_video_file_id", "version_slides_id", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_webinars_v\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__webinars_v\` RENAME TO \`_webinars_v\`;`)
  await db.run(sql`CREATE INDEX \`_webinars_v_parent_idx\` ON \`_webinars_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_workflow_state_idx\` ON \`_webinars_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_video_version_video_file_idx\` ON \`_webinars_v\` (\`version_video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_slides_idx\` ON \`_webinars_v\` (\`version_slides_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_image_idx\` ON \`_webinars_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_pdf_idx\` ON \`_webinars_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_last_conte_idx\` ON \`_webinars_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_submitted__idx\` ON \`_webinars_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_approved_b_idx\` ON \`_webinars_v\` (\`version_workflow_approved_by_id\`);`)
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
  	\`workflow_state\` text DEFAULT 'draft',
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
  	\`workflow_last_content_editor_id\` integer,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_approved_hash\` text,
  	\`schedule_publish_at\` text,
  	\`schedule_unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_publications\`("id", "workflow_state", "publication_kind", "year", "pages", "file_id", "isbn", "doi", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "publication_kind", "year", "pages", "file_id", "isbn", "doi", "image_id", "pdf_id", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status" FROM \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`ALTER TABLE \`__new_publications\` RENAME TO \`publications\`;`)
  await db.run(sql`CREATE INDEX \`publications_workflow_state_idx\` ON \`publications\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`publications_file_idx\` ON \`publications\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_image_idx\` ON \`publications\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_pdf_idx\` ON \`publications\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_last_content_editor_idx\` ON \`publications\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_submitted_by_idx\` ON \`publications\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_approved_by_idx\` ON \`publications\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__publications_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
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
  	\`version_workflow_last_content_editor_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_approved_hash\` text,
  	\`version_schedule_publish_at\` text,
  	\`version_schedule_unpublish_at\` text,
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
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__publications_v\`("id", "parent_id", "version_workflow_state", "version_publication_kind", "version_year", "version_pages", "version_file_id", "version_isbn", "version_doi", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_publication_kind", "version_year", "version_pages", "version_file_id", "version_isbn", "version_doi", "version_image_id", "version_pdf_id", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__publications_v\` RENAME TO \`_publications_v\`;`)
  await db.run(sql`CREATE INDEX \`_publications_v_parent_idx\` ON \`_publications_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_workflow_state_idx\` ON \`_publications_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_file_idx\` ON \`_publications_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_image_idx\` ON \`_publications_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_pdf_idx\` ON \`_publications_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_last_c_idx\` ON \`_publications_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_submit_idx\` ON \`_publications_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_approv_idx\` ON \`_publications_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_updated_at_idx\` ON \`_publications_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_created_at_idx\` ON \`_publications_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version__status_idx\` ON \`_publications_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_created_at_idx\` ON \`_publications_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_updated_at_idx\` ON \`_publications_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_snapshot_idx\` ON \`_publications_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_published_locale_idx\` ON \`_publications_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_latest_idx\` ON \`_publications_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_ppne_periods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`period\` text,
  	\`title\` text,
  	\`review_last_reviewed_at\` text,
  	\`review_next_review_due\` text,
  	\`workflow_last_content_editor_id\` integer,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_approved_hash\` text,
  	\`schedule_publish_at\` text,
  	\`schedule_unpublish_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_ppne_periods\`("id", "workflow_state", "period", "title", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "period", "title", "review_last_reviewed_at", "review_next_review_due", "workflow_last_content_editor_id", "workflow_submitted_by_id", "workflow_approved_by_id", "workflow_approved_at", "workflow_approved_version", "workflow_approved_hash", "schedule_publish_at", "schedule_unpublish_at", "updated_at", "created_at", "_status" FROM \`ppne_periods\`;`)
  await db.run(sql`DROP TABLE \`ppne_periods\`;`)
  await db.run(sql`ALTER TABLE \`__new_ppne_periods\` RENAME TO \`ppne_periods\`;`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_state_idx\` ON \`ppne_periods\` (\`workflow_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ppne_periods_period_idx\` ON \`ppne_periods\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_last_content_editor_idx\` ON \`ppne_periods\` (\`workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_submitted_by_idx\` ON \`ppne_periods\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_approved_by_idx\` ON \`ppne_periods\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_updated_at_idx\` ON \`ppne_periods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_created_at_idx\` ON \`ppne_periods\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods__status_idx\` ON \`ppne_periods\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__ppne_periods_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_period\` text,
  	\`version_title\` text,
  	\`version_review_last_reviewed_at\` text,
  	\`version_review_next_review_due\` text,
  	\`version_workflow_last_content_editor_id\` integer,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_approved_hash\` text,
  	\`version_schedule_publish_at\` text,
  	\`version_schedule_unpublish_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_content_editor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__ppne_periods_v\`("id", "parent_id", "version_workflow_state", "version_period", "version_title", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_period", "version_title", "version_review_last_reviewed_at", "version_review_next_review_due", "version_workflow_last_content_editor_id", "version_workflow_submitted_by_id", "version_workflow_approved_by_id", "version_workflow_approved_at", "version_workflow_approved_version", "version_workflow_approved_hash", "version_schedule_publish_at", "version_schedule_unpublish_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_ppne_periods_v\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__ppne_periods_v\` RENAME TO \`_ppne_periods_v\`;`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_parent_idx\` ON \`_ppne_periods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_workflow_state_idx\` ON \`_ppne_periods_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_period_idx\` ON \`_ppne_periods_v\` (\`version_period\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_last_c_idx\` ON \`_ppne_periods_v\` (\`version_workflow_last_content_editor_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_submit_idx\` ON \`_ppne_periods_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_approv_idx\` ON \`_ppne_periods_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_updated_at_idx\` ON \`_ppne_periods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version_created_at_idx\` ON \`_ppne_periods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_version__status_idx\` ON \`_ppne_periods_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_created_at_idx\` ON \`_ppne_periods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_updated_at_idx\` ON \`_ppne_periods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_snapshot_idx\` ON \`_ppne_periods_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_published_locale_idx\` ON \`_ppne_periods_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_latest_idx\` ON \`_ppne_periods_v\` (\`latest\`);`)
}
