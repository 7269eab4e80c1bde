import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_status_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text,
  	\`slug\` text,
  	\`field\` text,
  	\`message_zh\` text,
  	\`message_en\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_status\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_status_problems_order_idx\` ON \`site_status_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_status_problems_parent_id_idx\` ON \`site_status_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_status_held_back\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text,
  	\`slug\` text,
  	\`field\` text,
  	\`message_zh\` text,
  	\`message_en\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_status\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_status_held_back_order_idx\` ON \`site_status_held_back\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_status_held_back_parent_id_idx\` ON \`site_status_held_back\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_status\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'live',
  	\`pending_since\` text,
  	\`last_success_started_at\` text,
  	\`last_success_finished_at\` text,
  	\`last_success_seconds\` numeric,
  	\`last_attempt_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`_contributors_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_contributors_v_autosave_idx\` ON \`_contributors_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_journals_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_journals_v_autosave_idx\` ON \`_journals_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`branches\` ADD \`openedon_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`version_openedon_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_branches_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_branches_v_autosave_idx\` ON \`_branches_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`festivals\` ADD \`startson_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`festivals\` ADD \`endson_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_festivals_v\` ADD \`version_startson_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_festivals_v\` ADD \`version_endson_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_festivals_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_festivals_v_autosave_idx\` ON \`_festivals_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_series_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_series_v_autosave_idx\` ON \`_series_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`publishedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_publishedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_issues_v_autosave_idx\` ON \`_issues_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`receivedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_receivedat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`startsat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`endsat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_startsat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_endsat_tz\` text DEFAULT 'Asia/Shanghai';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`site_status_problems\`;`)
  await db.run(sql`DROP TABLE \`site_status_held_back\`;`)
  await db.run(sql`DROP TABLE \`site_status\`;`)
  await db.run(sql`DROP INDEX \`_contributors_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_contributors_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_journals_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_journals_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_branches_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`version_openedon_tz\`;`)
  await db.run(sql`ALTER TABLE \`_branches_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_festivals_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_festivals_v\` DROP COLUMN \`version_startson_tz\`;`)
  await db.run(sql`ALTER TABLE \`_festivals_v\` DROP COLUMN \`version_endson_tz\`;`)
  await db.run(sql`ALTER TABLE \`_festivals_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_series_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_series_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_issues_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` DROP COLUMN \`version_publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_receivedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_events_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_startsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_endsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`ALTER TABLE \`branches\` DROP COLUMN \`openedon_tz\`;`)
  await db.run(sql`ALTER TABLE \`festivals\` DROP COLUMN \`startson_tz\`;`)
  await db.run(sql`ALTER TABLE \`festivals\` DROP COLUMN \`endson_tz\`;`)
  await db.run(sql`ALTER TABLE \`issues\` DROP COLUMN \`publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`receivedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`startsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`endsat_tz\`;`)
}
