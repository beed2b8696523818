// ADD COLUMN … REFERENCES: the generator drops ON DELETE on SQLite; added by hand (as the schema push makes it).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Items already online get their public dates back-filled at the end of up() (written by hand).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`fact_sheets_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fact_sheets_history_changes_order_idx\` ON \`fact_sheets_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_history_changes_parent_id_idx\` ON \`fact_sheets_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fact_sheets_v_version_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fact_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_history_changes_order_idx\` ON \`_fact_sheets_v_version_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_history_changes_parent_id_idx\` ON \`_fact_sheets_v_version_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`intervention_tools_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`intervention_tools_history_changes_order_idx\` ON \`intervention_tools_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_history_changes_parent_id_idx\` ON \`intervention_tools_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_intervention_tools_v_version_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intervention_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_history_changes_order_idx\` ON \`_intervention_tools_v_version_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_history_changes_parent_id_idx\` ON \`_intervention_tools_v_version_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_history_changes_order_idx\` ON \`webinars_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_history_changes_parent_id_idx\` ON \`webinars_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_history_changes_order_idx\` ON \`_webinars_v_version_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_history_changes_parent_id_idx\` ON \`_webinars_v_version_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_history_changes_order_idx\` ON \`publications_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_history_changes_parent_id_idx\` ON \`publications_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_history_changes_order_idx\` ON \`_publications_v_version_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_history_changes_parent_id_idx\` ON \`_publications_v_version_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ppne_periods_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ppne_periods_history_changes_order_idx\` ON \`ppne_periods_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ppne_periods_history_changes_parent_id_idx\` ON \`ppne_periods_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ppne_periods_v_version_history_changes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`note_en\` text,
  	\`important\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ppne_periods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_history_changes_order_idx\` ON \`_ppne_periods_v_version_history_changes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_history_changes_parent_id_idx\` ON \`_ppne_periods_v_version_history_changes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_queries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`query\` text NOT NULL,
  	\`searches\` numeric DEFAULT 0 NOT NULL,
  	\`zero_results\` numeric DEFAULT 0 NOT NULL,
  	\`corrected\` numeric DEFAULT 0 NOT NULL,
  	\`corrected_to\` text,
  	\`last_result_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_queries_day_idx\` ON \`search_queries\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_updated_at_idx\` ON \`search_queries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_created_at_idx\` ON \`search_queries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_language_query_idx\` ON \`search_queries\` (\`day\`,\`language\`,\`query\`);`)
  await db.run(sql`CREATE TABLE \`item_readers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`month\` text NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`downloads\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`item_readers_item_idx\` ON \`item_readers\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`item_readers_month_idx\` ON \`item_readers\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`item_readers_updated_at_idx\` ON \`item_readers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`item_readers_created_at_idx\` ON \`item_readers\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collection_item_month_idx\` ON \`item_readers\` (\`collection\`,\`item\`,\`month\`);`)
  await db.run(sql`CREATE TABLE \`link_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`host\` text,
  	\`outcome\` text NOT NULL,
  	\`http_status\` numeric,
  	\`final_url\` text,
  	\`error\` text,
  	\`method\` text,
  	\`attempts\` numeric,
  	\`checked_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`link_checks_url_idx\` ON \`link_checks\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_host_idx\` ON \`link_checks\` (\`host\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_updated_at_idx\` ON \`link_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_created_at_idx\` ON \`link_checks\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`_intervention_tools_v_version_workflow_version_workflo_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_intervention_tools_v_version_workflow_version_workflo_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_3_idx\` ON \`_intervention_tools_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_1_idx\` ON \`_intervention_tools_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_workflow_version_workflo_2_idx\` ON \`_intervention_tools_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`fact_sheets_workflow_workflow_created_by_idx\` ON \`fact_sheets\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_workflow_version_workflow_created_idx\` ON \`_fact_sheets_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`intervention_tools_workflow_workflow_created_by_idx\` ON \`intervention_tools\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`webinars_workflow_workflow_created_by_idx\` ON \`webinars\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_workflow_version_workflow_created_by_idx\` ON \`_webinars_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`publications_workflow_workflow_created_by_idx\` ON \`publications\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_workflow_version_workflow_create_idx\` ON \`_publications_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`change_note_important\` integer;`)
  await db.run(sql`CREATE INDEX \`ppne_periods_workflow_workflow_created_by_idx\` ON \`ppne_periods\` (\`workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_workflow_created_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`CREATE INDEX \`_ppne_periods_v_version_workflow_version_workflow_create_idx\` ON \`_ppne_periods_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`prefix\` text DEFAULT 'documents';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_queries_id\` integer REFERENCES search_queries(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`item_readers_id\` integer REFERENCES item_readers(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_checks_id\` integer REFERENCES link_checks(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_queries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_queries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_item_readers_id_idx\` ON \`payload_locked_documents_rels\` (\`item_readers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
  // Items already online: their first publication and last change are their creation and last save
  // (the best the stored rows know), so the site keeps the dates it showed.
  await db.run(sql`UPDATE \`fact_sheets\` SET \`history_first_published_at\` = \`created_at\`, \`history_content_updated_at\` = \`updated_at\` WHERE \`_status\` = 'published' AND \`history_first_published_at\` IS NULL;`)
  await db.run(sql`UPDATE \`intervention_tools\` SET \`history_first_published_at\` = \`created_at\`, \`history_content_updated_at\` = \`updated_at\` WHERE \`_status\` = 'published' AND \`history_first_published_at\` IS NULL;`)
  await db.run(sql`UPDATE \`webinars\` SET \`history_first_published_at\` = \`created_at\`, \`history_content_updated_at\` = \`updated_at\` WHERE \`_status\` = 'published' AND \`history_first_published_at\` IS NULL;`)
  await db.run(sql`UPDATE \`publications\` SET \`history_first_published_at\` = \`created_at\`, \`history_content_updated_at\` = \`updated_at\` WHERE \`_status\` = 'published' AND \`history_first_published_at\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`fact_sheets_history_changes\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v_version_history_changes\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools_history_changes\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v_version_history_changes\`;`)
  await db.run(sql`DROP TABLE \`webinars_history_changes\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_history_changes\`;`)
  await db.run(sql`DROP TABLE \`publications_history_changes\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_history_changes\`;`)
  await db.run(sql`DROP TABLE \`ppne_periods_history_changes\`;`)
  await db.run(sql`DROP TABLE \`_ppne_periods_v_version_history_changes\`;`)
  await db.run(sql`DROP TABLE \`search_queries\`;`)
  await db.run(sql`DROP TABLE \`item_readers\`;`)
  await db.run(sql`DROP TABLE \`link_checks\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`ppne_periods_id\` integer,
  	\`ppne_categories_id\` integer,
  	\`ppne_profiles_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	\`search_vocabulary_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	\`review_comments_id\` integer,
  	\`review_events_id\` integer,
  	\`site_builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ppne_periods_id\`) REFERENCES \`ppne_periods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ppne_categories_id\`) REFERENCES \`ppne_categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ppne_profiles_id\`) REFERENCES \`ppne_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_vocabulary_id\`) REFERENCES \`search_vocabulary\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_comments_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "ppne_periods_id", "ppne_categories_id", "ppne_profiles_id", "themes_id", "audiences_id", "stages_id", "search_vocabulary_id", "media_id", "documents_id", "users_id", "review_comments_id", "review_events_id", "site_builds_id") SELECT "id", "order", "parent_id", "path", "fact_sheets_id", "intervention_tools_id", "webinars_id", "publications_id", "ppne_periods_id", "ppne_categories_id", "ppne_profiles_id", "themes_id", "audiences_id", "stages_id", "search_vocabulary_id", "media_id", "documents_id", "users_id", "review_comments_id", "review_events_id", "site_builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fact_sheets_id_idx\` ON \`payload_locked_documents_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_intervention_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinars_id_idx\` ON \`payload_locked_documents_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppne_periods_id_idx\` ON \`payload_locked_documents_rels\` (\`ppne_periods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppne_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`ppne_categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ppne_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`ppne_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audiences_id_idx\` ON \`payload_locked_documents_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_vocabulary_id_idx\` ON \`payload_locked_documents_rels\` (\`search_vocabulary_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`_objectkey\`;`)
}
