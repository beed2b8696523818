import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`webinars\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`publications\` ADD \`translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_translation_to_translate\` integer;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_translation_fr_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` ADD \`version_translation_en_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_checks_id\` integer REFERENCES link_checks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`link_checks\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`fact_sheets\` DROP COLUMN \`translation_en_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_fact_sheets_v\` DROP COLUMN \`version_translation_en_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`intervention_tools\` DROP COLUMN \`translation_en_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_intervention_tools_v\` DROP COLUMN \`version_translation_en_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`webinars\` DROP COLUMN \`translation_en_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_webinars_v\` DROP COLUMN \`version_translation_en_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`publications\` DROP COLUMN \`translation_en_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_translation_to_translate\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_translation_fr_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_publications_v\` DROP COLUMN \`version_translation_en_changed_at\`;`)
}
