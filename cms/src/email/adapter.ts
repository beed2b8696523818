/**
 * Payload's e-mail adapter (nodemailer). With SMTP_HOST set, mail goes to that server. Without
 * it (development), each message is written as an .eml file to `<NLV_DATA_DIR>/outbox/`, and
 * the log says where: open it with any mail client or read it as text.
 */
import fs from 'node:fs'
import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { dataDir, env } from '../env'

export const outboxDir = path.join(dataDir, 'outbox')

function sender(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1] || match[2]!, address: match[2]! } : { name: from, address: from }
}

/** A nodemailer transport that writes each message to a file instead of sending it. */
function outboxTransport(
  dir: string,
): Transport<{ messageId: string; file: string; envelope: object }> {
  return {
    name: 'nlv-outbox',
    version: '1.0.0',
    send(mail, callback) {
      mail.message.build((error, raw) => {
        if (error) return callback(error, undefined as never)
        const messageId = mail.message.messageId()
        const stamp = new Date().toISOString().replace(/[:.]/g, '-')
        const file = path.join(
          dir,
          `${stamp}-${messageId.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 60)}.eml`,
        )
        fs.mkdir(dir, { recursive: true }, (mkdirError) => {
          if (mkdirError) return callback(mkdirError, undefined as never)
          fs.writeFile(file, raw, (writeError) =>
            callback(writeError ?? null, { messageId, file, envelope: mail.message.getEnvelope() }),
          )
        })
      })
    },
  }
}

export async function emailAdapter(): Promise<EmailAdapter> {
  const from = sender(env.MAIL_FROM)
  if (env.SMTP_HOST) {
    return nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      transportOptions: {
        host: env.SMTP_HOST,
        port: env.SMTP_PORT ?? (env.SMTP_SECURE ? 465 : 587),
        secure: env.SMTP_SECURE,
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
      },
    })
  }
  const adapter = await nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transport: nodemailer.createTransport(outboxTransport(outboxDir)),
  })
  return (args) => {
    const inner = adapter(args)
    args.payload.logger.info(`E-mail: SMTP_HOST is not set; messages are written to ${outboxDir}`)
    return {
      ...inner,
      sendEmail: async (message) => {
        const info = (await inner.sendEmail(message)) as { file?: string }
        args.payload.logger.info(
          `E-mail "${message.subject}" to ${String(message.to)} written to ${info.file}`,
        )
        return info
      },
    }
  }
}
