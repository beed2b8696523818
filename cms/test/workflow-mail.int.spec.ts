/**
 * Notifications through a real SMTP server started in this process: the CMS is configured by
 * env (SMTP_HOST, SMTP_PORT) exactly as in production, the jobs queue sends, and the test reads
 * what the server received.
 */
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

interface Received {
  to: string[]
  subject: string
  text: string
}

const inbox: Received[] = []
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        })
        callback()
      })
      .catch(callback)
  },
})

let payload: Payload
let users: Record<'admin' | 'editor' | 'reviewer', Record<string, any>>
let transition: typeof import('../src/workflow/transition').transition
let docIn: typeof import('./helpers/workflow').docIn
let sendReviewDigest: typeof import('../src/workflow/notifications').sendReviewDigest

const FS = 'fact-sheets' as const
const runJobs = () => payload.jobs.run({ queue: 'workflow', limit: 1000 })

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // The CMS reads its environment once, at import: set it before anything imports it.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port)
  process.env.MAIL_FROM = 'Nourrir la vie <notifications@nourrirlavie.test>'
  const helpers = await import('./helpers/payload')
  payload = await helpers.testPayload()
  users = await helpers.createUsers(payload)
  await payload.create({
    collection: 'users',
    data: {
      email: 'reviewer2@test.local',
      name: 'Second reviewer',
      role: 'reviewer',
      password: 'test-password-1',
    },
  })
  ;({ transition } = await import('../src/workflow/transition'))
  ;({ docIn } = await import('./helpers/workflow'))
  ;({ sendReviewDigest } = await import('../src/workflow/notifications'))
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

beforeEach(() => {
  inbox.length = 0
})

describe('e-mail notifications', () => {
  it('a submission goes to every reviewer, not before the queue runs', async () => {
    const id = await docIn(payload, 'draft', users.editor)
    await transition(payload, {
      collection: FS,
      id,
      action: 'submit',
      user: users.editor,
      message: 'Prête pour relecture.',
    })
    expect(inbox).toHaveLength(0)
    await runJobs()
    expect(
      inbox
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['reviewer2@test.local', 'reviewer@test.local'])
    const [mail] = inbox
    expect(mail!.subject).toMatch(/^\[Nourrir la vie\] À réviser : « Fiche draft \d+ »$/)
    expect(mail!.text).toContain('Test editor a soumis')
    expect(mail!.text).toContain('Prête pour relecture.')
    expect(mail!.text).toMatch(new RegExp(`/admin/collections/${FS}/${id}`))
    // Straight to what changed since the committee last approved the item.
    expect(mail!.text).toMatch(
      new RegExp(`Voir les changements : http\\S*/admin/collections/${FS}/${id}/changes\n`),
    )
  })

  it('changes requested and approval go to the editor who submitted', async () => {
    const id = await docIn(payload, 'draft', users.editor)
    await transition(payload, { collection: FS, id, action: 'submit', user: users.editor })
    await transition(payload, {
      collection: FS,
      id,
      action: 'request_changes',
      user: users.reviewer,
      message: 'Ajouter les références 2024.',
    })
    await runJobs()
    const changes = inbox.find((m) => m.subject.includes('Modifications demandées'))
    expect(changes).toBeDefined()
    expect(changes!.to).toEqual(['editor@test.local'])
    expect(changes!.text).toContain('Ajouter les références 2024.')

    inbox.length = 0
    await transition(payload, { collection: FS, id, action: 'submit', user: users.editor })
    await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer })
    await runJobs()
    const approved = inbox.find((m) => m.subject.includes('Approuvé par le comité'))
    expect(approved!.to).toEqual(['editor@test.local'])
    expect(approved!.text).toContain('Vous pouvez maintenant le publier')
  })

  it('publishing, archiving and edits send nothing', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    await runJobs()
    inbox.length = 0
    await transition(payload, { collection: FS, id, action: 'publish', user: users.editor })
    await transition(payload, { collection: FS, id, action: 'archive', user: users.editor })
    await runJobs()
    expect(inbox).toHaveLength(0)
  })

  it('the weekly digest lists overdue re-reviews by theme to editors and reviewers', async () => {
    const theme = await payload.create({
      collection: 'themes',
      data: { name: 'Diabète de grossesse' } as never,
    })
    const id = await docIn(payload, 'published', users.editor)
    await payload.update({
      collection: FS,
      id,
      data: {
        themes: [theme.id],
        review: { nextReviewDue: '2024-03-01T00:00:00.000Z', reviewers: [{ name: 'Dre Gagnon' }] },
      } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    await runJobs()
    inbox.length = 0
    // The scheduled task, run as the queue would on Monday morning.
    await payload.jobs.queue({ task: 'workflowReviewDigest', input: {}, queue: 'workflow' })
    await runJobs()
    expect(
      inbox
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['editor@test.local', 'reviewer2@test.local', 'reviewer@test.local'])
    const digest = inbox[0]!
    expect(digest.subject).toMatch(/^\[Nourrir la vie\] Révisions périodiques : 1 en retard/)
    expect(digest.text).toContain('Diabète de grossesse')
    expect(digest.text).toContain('Dre Gagnon')
    expect(digest.text).toContain(`/admin/collections/${FS}/${id}`)
  })

  it('no review digest when nothing is overdue: only the content team gets its health list', async () => {
    // The content health section (health/digest.ts) still goes to editors when it lists
    // something; reviewers get nothing.
    const sent = await sendReviewDigest(payload, new Date('2000-01-01T00:00:00Z'))
    expect(sent.filter((to) => to.startsWith('reviewer'))).toEqual([])
    for (const mail of inbox) {
      expect(mail.text).toContain('Santé du contenu')
      expect(mail.text).not.toContain('En retard (')
    }
  })
})
