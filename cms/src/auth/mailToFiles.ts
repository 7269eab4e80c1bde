import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { DATA_DIR } from '../lib/paths'

/** Where the local mail adapter writes: data/mail/ unless MAIL_DIR says otherwise. */
export const mailDir = (env: NodeJS.ProcessEnv = process.env) => path.resolve(env.MAIL_DIR || path.join(DATA_DIR, 'mail'))

const addressText = (value: SendEmailOptions['to'] | SendEmailOptions['from']): string => {
  if (!value) return ''
  if (Array.isArray(value)) return value.map(addressText).join(', ')
  return typeof value === 'string' ? value : value.name ? `"${value.name}" <${value.address}>` : value.address
}

/**
 * Mail for a machine without a mail server (development, `npm start`): each message is written to
 * its own file under data/mail/ (readable by the owner only: a reset link is a key) and announced
 * on the console. A deployment that sends real mail replaces this with an SMTP adapter.
 */
export const mailToFiles =
  (dir: () => string = mailDir): EmailAdapter<{ file: string }> =>
  ({ payload }) => ({
    name: 'hzlib-mail-to-files',
    defaultFromAddress: 'cms@hzlib.local',
    defaultFromName: '杭州图书馆出版系统 Hangzhou Library CMS',
    sendEmail: async (message) => {
      const folder = dir()
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
      fs.chmodSync(folder, 0o700)
      const sentAt = new Date().toISOString()
      const to = addressText(message.to)
      const file = path.join(folder, `${sentAt.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}-${to.replace(/[^a-z0-9@.-]+/gi, '_')}.json`)
      const record = { sentAt, from: addressText(message.from), to, subject: message.subject ?? '', html: message.html ?? '', text: message.text ?? '' }
      fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 })
      payload.logger.info(`mail to ${to}: "${record.subject}" written to ${file}`)
      return { file }
    },
  })
