import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

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
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` ADD \`change_note_important\` integer;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_history_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_history_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_change_note_text\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_change_note_text_en\` text;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` ADD \`version_change_note_important\` integer;`)
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
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` DROP COLUMN \`history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` DROP COLUMN \`history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` DROP COLUMN \`change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` DROP COLUMN \`change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`ppne_periods\` DROP COLUMN \`change_note_important\`;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` DROP COLUMN \`version_history_first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` DROP COLUMN \`version_history_content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` DROP COLUMN \`version_change_note_text\`;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` DROP COLUMN \`version_change_note_text_en\`;`)
  await db.run(sql`ALTER TABLE \`_ppne_periods_v\` DROP COLUMN \`version_change_note_important\`;`)
}
