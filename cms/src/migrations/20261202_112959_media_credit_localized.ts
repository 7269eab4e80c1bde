import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The media credit is shown beside captions in both languages, so it becomes localized. Existing
// credits (one line, usually English) are copied to every locale, for editors to translate.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`credit\` text;`)
  await db.run(sql`UPDATE \`media_locales\` SET \`credit\` = (SELECT \`media\`.\`credit\` FROM \`media\` WHERE \`media\`.\`id\` = \`media_locales\`.\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credit\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`credit\` text;`)
  await db.run(
    sql`UPDATE \`media\` SET \`credit\` = COALESCE((SELECT \`credit\` FROM \`media_locales\` WHERE \`_parent_id\` = \`media\`.\`id\` AND \`_locale\` = 'en'), (SELECT \`credit\` FROM \`media_locales\` WHERE \`_parent_id\` = \`media\`.\`id\` AND \`_locale\` = 'zh'));`,
  )
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`credit\`;`)
}
