import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`fact_sheets_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fact_sheets_key_messages_order_idx\` ON \`fact_sheets_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_key_messages_parent_id_idx\` ON \`fact_sheets_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_key_messages_locale_idx\` ON \`fact_sheets_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`fact_sheets_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fact_sheets_references_order_idx\` ON \`fact_sheets_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_references_parent_id_idx\` ON \`fact_sheets_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fact_sheets_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fact_sheets_review_reviewers_order_idx\` ON \`fact_sheets_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_review_reviewers_parent_id_idx\` ON \`fact_sheets_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fact_sheets\` (
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
  await db.run(sql`CREATE INDEX \`fact_sheets_image_idx\` ON \`fact_sheets\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_pdf_idx\` ON \`fact_sheets\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_updated_at_idx\` ON \`fact_sheets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_created_at_idx\` ON \`fact_sheets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets__status_idx\` ON \`fact_sheets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`fact_sheets_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fact_sheets_slug_idx\` ON \`fact_sheets_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`fact_sheets_locales_locale_parent_id_unique\` ON \`fact_sheets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fact_sheets_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_order_idx\` ON \`fact_sheets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_parent_idx\` ON \`fact_sheets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_path_idx\` ON \`fact_sheets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_fact_sheets_id_idx\` ON \`fact_sheets_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_intervention_tools_id_idx\` ON \`fact_sheets_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_webinars_id_idx\` ON \`fact_sheets_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_publications_id_idx\` ON \`fact_sheets_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_themes_id_idx\` ON \`fact_sheets_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_audiences_id_idx\` ON \`fact_sheets_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`fact_sheets_rels_stages_id_idx\` ON \`fact_sheets_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`_fact_sheets_v_version_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fact_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_key_messages_order_idx\` ON \`_fact_sheets_v_version_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_key_messages_parent_id_idx\` ON \`_fact_sheets_v_version_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_key_messages_locale_idx\` ON \`_fact_sheets_v_version_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_fact_sheets_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fact_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_references_order_idx\` ON \`_fact_sheets_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_references_parent_id_idx\` ON \`_fact_sheets_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fact_sheets_v_version_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fact_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_review_reviewers_order_idx\` ON \`_fact_sheets_v_version_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_review_reviewers_parent_id_idx\` ON \`_fact_sheets_v_version_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fact_sheets_v\` (
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
  await db.run(sql`CREATE TABLE \`_fact_sheets_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fact_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_version_version_slug_idx\` ON \`_fact_sheets_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_fact_sheets_v_locales_locale_parent_id_unique\` ON \`_fact_sheets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fact_sheets_v_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_fact_sheets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_order_idx\` ON \`_fact_sheets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_parent_idx\` ON \`_fact_sheets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_path_idx\` ON \`_fact_sheets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_fact_sheets_id_idx\` ON \`_fact_sheets_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_intervention_tools_id_idx\` ON \`_fact_sheets_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_webinars_id_idx\` ON \`_fact_sheets_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_publications_id_idx\` ON \`_fact_sheets_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_themes_id_idx\` ON \`_fact_sheets_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_audiences_id_idx\` ON \`_fact_sheets_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_fact_sheets_v_rels_stages_id_idx\` ON \`_fact_sheets_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`intervention_tools_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`intervention_tools_key_messages_order_idx\` ON \`intervention_tools_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_key_messages_parent_id_idx\` ON \`intervention_tools_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_key_messages_locale_idx\` ON \`intervention_tools_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`intervention_tools_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`intervention_tools_references_order_idx\` ON \`intervention_tools_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_references_parent_id_idx\` ON \`intervention_tools_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`intervention_tools_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`intervention_tools_review_reviewers_order_idx\` ON \`intervention_tools_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_review_reviewers_parent_id_idx\` ON \`intervention_tools_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`intervention_tools\` (
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
  await db.run(sql`CREATE INDEX \`intervention_tools_image_idx\` ON \`intervention_tools\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_pdf_idx\` ON \`intervention_tools\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_updated_at_idx\` ON \`intervention_tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_created_at_idx\` ON \`intervention_tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools__status_idx\` ON \`intervention_tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`intervention_tools_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`purpose\` text,
  	\`how_to_use\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`intervention_tools_slug_idx\` ON \`intervention_tools_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`intervention_tools_locales_locale_parent_id_unique\` ON \`intervention_tools_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`intervention_tools_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_order_idx\` ON \`intervention_tools_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_parent_idx\` ON \`intervention_tools_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_path_idx\` ON \`intervention_tools_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_documents_id_idx\` ON \`intervention_tools_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_fact_sheets_id_idx\` ON \`intervention_tools_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_intervention_tools_id_idx\` ON \`intervention_tools_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_webinars_id_idx\` ON \`intervention_tools_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_publications_id_idx\` ON \`intervention_tools_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_themes_id_idx\` ON \`intervention_tools_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_audiences_id_idx\` ON \`intervention_tools_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`intervention_tools_rels_stages_id_idx\` ON \`intervention_tools_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`_intervention_tools_v_version_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intervention_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_key_messages_order_idx\` ON \`_intervention_tools_v_version_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_key_messages_parent_id_idx\` ON \`_intervention_tools_v_version_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_key_messages_locale_idx\` ON \`_intervention_tools_v_version_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_intervention_tools_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intervention_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_references_order_idx\` ON \`_intervention_tools_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_references_parent_id_idx\` ON \`_intervention_tools_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_intervention_tools_v_version_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intervention_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_review_reviewers_order_idx\` ON \`_intervention_tools_v_version_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_review_reviewers_parent_id_idx\` ON \`_intervention_tools_v_version_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_intervention_tools_v\` (
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
  await db.run(sql`CREATE TABLE \`_intervention_tools_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_purpose\` text,
  	\`version_how_to_use\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_intervention_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_version_version_slug_idx\` ON \`_intervention_tools_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_intervention_tools_v_locales_locale_parent_id_unique\` ON \`_intervention_tools_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_intervention_tools_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`fact_sheets_id\` integer,
  	\`intervention_tools_id\` integer,
  	\`webinars_id\` integer,
  	\`publications_id\` integer,
  	\`themes_id\` integer,
  	\`audiences_id\` integer,
  	\`stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_intervention_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_order_idx\` ON \`_intervention_tools_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_parent_idx\` ON \`_intervention_tools_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_path_idx\` ON \`_intervention_tools_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_documents_id_idx\` ON \`_intervention_tools_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_fact_sheets_id_idx\` ON \`_intervention_tools_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_intervention_tools_id_idx\` ON \`_intervention_tools_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_webinars_id_idx\` ON \`_intervention_tools_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_publications_id_idx\` ON \`_intervention_tools_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_themes_id_idx\` ON \`_intervention_tools_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_audiences_id_idx\` ON \`_intervention_tools_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_intervention_tools_v_rels_stages_id_idx\` ON \`_intervention_tools_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_key_messages_order_idx\` ON \`webinars_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_key_messages_parent_id_idx\` ON \`webinars_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_key_messages_locale_idx\` ON \`webinars_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`webinars_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`organisation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_speakers_order_idx\` ON \`webinars_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_speakers_parent_id_idx\` ON \`webinars_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_chapters_order_idx\` ON \`webinars_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_chapters_parent_id_idx\` ON \`webinars_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_chapters_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_chapters_locales_locale_parent_id_unique\` ON \`webinars_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_transcript\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` numeric,
  	\`speaker\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_transcript_order_idx\` ON \`webinars_transcript\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_transcript_parent_id_idx\` ON \`webinars_transcript\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_transcript_locale_idx\` ON \`webinars_transcript\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`webinars_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_references_order_idx\` ON \`webinars_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_references_parent_id_idx\` ON \`webinars_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_review_reviewers_order_idx\` ON \`webinars_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_review_reviewers_parent_id_idx\` ON \`webinars_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars\` (
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
  await db.run(sql`CREATE INDEX \`webinars_video_video_file_idx\` ON \`webinars\` (\`video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_slides_idx\` ON \`webinars\` (\`slides_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_image_idx\` ON \`webinars\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_pdf_idx\` ON \`webinars\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_updated_at_idx\` ON \`webinars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars_created_at_idx\` ON \`webinars\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars__status_idx\` ON \`webinars\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`webinars_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_slug_idx\` ON \`webinars_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_locales_locale_parent_id_unique\` ON \`webinars_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_rels_order_idx\` ON \`webinars_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_parent_idx\` ON \`webinars_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_path_idx\` ON \`webinars_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_fact_sheets_id_idx\` ON \`webinars_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_intervention_tools_id_idx\` ON \`webinars_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_webinars_id_idx\` ON \`webinars_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_publications_id_idx\` ON \`webinars_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_themes_id_idx\` ON \`webinars_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_audiences_id_idx\` ON \`webinars_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_rels_stages_id_idx\` ON \`webinars_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_key_messages_order_idx\` ON \`_webinars_v_version_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_key_messages_parent_id_idx\` ON \`_webinars_v_version_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_key_messages_locale_idx\` ON \`_webinars_v_version_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`organisation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_speakers_order_idx\` ON \`_webinars_v_version_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_speakers_parent_id_idx\` ON \`_webinars_v_version_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_chapters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_chapters_order_idx\` ON \`_webinars_v_version_chapters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_chapters_parent_id_idx\` ON \`_webinars_v_version_chapters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_chapters_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_version_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_version_chapters_locales_locale_parent_id_unique\` ON \`_webinars_v_version_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_transcript\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start\` numeric,
  	\`speaker\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_transcript_order_idx\` ON \`_webinars_v_version_transcript\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_transcript_parent_id_idx\` ON \`_webinars_v_version_transcript\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_transcript_locale_idx\` ON \`_webinars_v_version_transcript\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_references_order_idx\` ON \`_webinars_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_references_parent_id_idx\` ON \`_webinars_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_review_reviewers_order_idx\` ON \`_webinars_v_version_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_review_reviewers_parent_id_idx\` ON \`_webinars_v_version_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v\` (
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
  await db.run(sql`CREATE TABLE \`_webinars_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_slug_idx\` ON \`_webinars_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_locales_locale_parent_id_unique\` ON \`_webinars_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_order_idx\` ON \`_webinars_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_parent_idx\` ON \`_webinars_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_path_idx\` ON \`_webinars_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_fact_sheets_id_idx\` ON \`_webinars_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_intervention_tools_id_idx\` ON \`_webinars_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_webinars_id_idx\` ON \`_webinars_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_publications_id_idx\` ON \`_webinars_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_themes_id_idx\` ON \`_webinars_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_audiences_id_idx\` ON \`_webinars_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_rels_stages_id_idx\` ON \`_webinars_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_key_messages_order_idx\` ON \`publications_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_key_messages_parent_id_idx\` ON \`publications_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_key_messages_locale_idx\` ON \`publications_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`publications_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_authors_order_idx\` ON \`publications_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_authors_parent_id_idx\` ON \`publications_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_references_order_idx\` ON \`publications_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_references_parent_id_idx\` ON \`publications_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_review_reviewers_order_idx\` ON \`publications_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_review_reviewers_parent_id_idx\` ON \`publications_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications\` (
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
  await db.run(sql`CREATE INDEX \`publications_file_idx\` ON \`publications\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_image_idx\` ON \`publications\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_pdf_idx\` ON \`publications\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publications__status_idx\` ON \`publications\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`publications_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`abstract\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_slug_idx\` ON \`publications_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`publications_locales_locale_parent_id_unique\` ON \`publications_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_rels_order_idx\` ON \`publications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_parent_idx\` ON \`publications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_path_idx\` ON \`publications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_fact_sheets_id_idx\` ON \`publications_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_intervention_tools_id_idx\` ON \`publications_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_webinars_id_idx\` ON \`publications_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_publications_id_idx\` ON \`publications_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_themes_id_idx\` ON \`publications_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_audiences_id_idx\` ON \`publications_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_stages_id_idx\` ON \`publications_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_key_messages_order_idx\` ON \`_publications_v_version_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_key_messages_parent_id_idx\` ON \`_publications_v_version_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_key_messages_locale_idx\` ON \`_publications_v_version_key_messages\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_authors_order_idx\` ON \`_publications_v_version_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_authors_parent_id_idx\` ON \`_publications_v_version_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authors\` text,
  	\`title\` text,
  	\`source\` text,
  	\`year\` numeric,
  	\`url\` text,
  	\`doi\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_references_order_idx\` ON \`_publications_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_references_parent_id_idx\` ON \`_publications_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_version_review_reviewers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_review_reviewers_order_idx\` ON \`_publications_v_version_review_reviewers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_version_review_reviewers_parent_id_idx\` ON \`_publications_v_version_review_reviewers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v\` (
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
  await db.run(sql`CREATE TABLE \`_publications_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_abstract\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_version_version_slug_idx\` ON \`_publications_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_publications_v_locales_locale_parent_id_unique\` ON \`_publications_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_publications_v_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_publications_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fact_sheets_id\`) REFERENCES \`fact_sheets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`intervention_tools_id\`) REFERENCES \`intervention_tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audiences_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stages_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_order_idx\` ON \`_publications_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_parent_idx\` ON \`_publications_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_path_idx\` ON \`_publications_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_fact_sheets_id_idx\` ON \`_publications_v_rels\` (\`fact_sheets_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_intervention_tools_id_idx\` ON \`_publications_v_rels\` (\`intervention_tools_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_webinars_id_idx\` ON \`_publications_v_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_publications_id_idx\` ON \`_publications_v_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_themes_id_idx\` ON \`_publications_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_audiences_id_idx\` ON \`_publications_v_rels\` (\`audiences_id\`);`)
  await db.run(sql`CREATE INDEX \`_publications_v_rels_stages_id_idx\` ON \`_publications_v_rels\` (\`stages_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audiences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`audiences_slug_idx\` ON \`audiences\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`audiences_updated_at_idx\` ON \`audiences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audiences_created_at_idx\` ON \`audiences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audiences_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`audiences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`audiences_locales_locale_parent_id_unique\` ON \`audiences_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`stages_slug_idx\` ON \`stages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stages_updated_at_idx\` ON \`stages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stages_created_at_idx\` ON \`stages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`stages_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stages_locales_locale_parent_id_unique\` ON \`stages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`fact_sheets_key_messages\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets_references\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets_locales\`;`)
  await db.run(sql`DROP TABLE \`fact_sheets_rels\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v_version_key_messages\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v_version_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_fact_sheets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools_key_messages\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools_references\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools_locales\`;`)
  await db.run(sql`DROP TABLE \`intervention_tools_rels\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v_version_key_messages\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v_version_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_intervention_tools_v_rels\`;`)
  await db.run(sql`DROP TABLE \`webinars_key_messages\`;`)
  await db.run(sql`DROP TABLE \`webinars_speakers\`;`)
  await db.run(sql`DROP TABLE \`webinars_chapters\`;`)
  await db.run(sql`DROP TABLE \`webinars_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_transcript\`;`)
  await db.run(sql`DROP TABLE \`webinars_references\`;`)
  await db.run(sql`DROP TABLE \`webinars_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`webinars\`;`)
  await db.run(sql`DROP TABLE \`webinars_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_rels\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_key_messages\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_speakers\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_chapters\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_transcript\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_rels\`;`)
  await db.run(sql`DROP TABLE \`publications_key_messages\`;`)
  await db.run(sql`DROP TABLE \`publications_authors\`;`)
  await db.run(sql`DROP TABLE \`publications_references\`;`)
  await db.run(sql`DROP TABLE \`publications_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications_locales\`;`)
  await db.run(sql`DROP TABLE \`publications_rels\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_key_messages\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_authors\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_version_review_reviewers\`;`)
  await db.run(sql`DROP TABLE \`_publications_v\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_publications_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`audiences\`;`)
  await db.run(sql`DROP TABLE \`audiences_locales\`;`)
  await db.run(sql`DROP TABLE \`stages\`;`)
  await db.run(sql`DROP TABLE \`stages_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
