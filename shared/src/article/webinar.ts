/**
 * Webinaire: click-to-load video, speakers, chapters that seek the video, transcript with
 * timestamps, slides. The only article that carries a script (the video's).
 */
import { formatDate, formatDuration, t } from '../i18n'
import type { Locale } from '../locales'
import type { Webinar } from '../snapshot'
import { downloadListHtml } from './download-list'
import { blocks, contentIn, itemFrameHtml } from './item-frame'
import { keyMessagesHtml } from './key-messages'
import { attributes, text } from './markup'
import type { ArticleOptions } from './options'
import { referenceListHtml } from './reference-list'
import { richTextBlock, richTextHtml } from './rich-text-html'
import { videoLinks } from './video-links'
import { videoPlayerHtml } from './video-player'

export function webinarArticleHtml(item: Webinar, locale: Locale, options: ArticleOptions): string {
  const content = contentIn(item, locale)
  const body = richTextHtml(content.body, locale, 'body', options)
  const links = item.video ? videoLinks(item.video, options.cmsUrl) : null
  /** A chapter's or a segment's link: the video at that time, else the transcript. */
  const seek = (start: number) =>
    attributes(
      links
        ? {
            href: links.watchAt(start) ?? `#t-${start}`,
            'data-seek': String(start),
            'data-embed': links.embedAt(start) ?? undefined,
          }
        : { href: `#t-${start}` },
    )
  const facts =
    `<p class="webinar-facts"> ${text(t(locale, 'webinar.recordedOn', { date: formatDate(item.recordedAt, locale) }))} ·\n` +
    `${text(t(locale, 'webinar.duration', { duration: formatDuration(item.durationMinutes * 60) }))} </p>`
  const chapters =
    content.chapters.length > 0
      ? `<section aria-labelledby="chapitres"> <h2 id="chapitres">${text(t(locale, 'webinar.chapters'))}</h2> <ol class="chapters"> ` +
        content.chapters
          .map(
            (chapter) =>
              `<li${attributes({ id: `chapitre-${chapter.start}`, 'data-pagefind-title': `${formatDuration(chapter.start)} · ${chapter.title}` })}> ` +
              `<a${seek(chapter.start)}> <span class="timestamp" data-pagefind-ignore>${text(formatDuration(chapter.start))}</span> ` +
              `<span>${text(chapter.title)}</span> </a> </li>`,
          )
          .join('') +
        ` </ol> </section>`
      : ''
  const speakers =
    item.speakers.length > 0
      ? `<section aria-labelledby="conferencieres"> <h2 id="conferencieres">${text(t(locale, 'webinar.speakers'))}</h2> <ul class="speakers"> ` +
        item.speakers
          .map((speaker) => {
            const about = [speaker.role, speaker.organisation].filter(Boolean).join(', ')
            return `<li> <strong>${text(speaker.name)}</strong> ${about ? `<span class="muted">${text(about)}</span>` : ''} </li>`
          })
          .join('') +
        ` </ul> </section>`
      : ''
  const slides = item.slides ? [{ ...item.slides, label: t(locale, 'download.slides') }] : []
  const colon = locale === 'fr' ? '\u00a0: ' : ': '
  const transcript =
    content.transcript.length > 0
      ? `<section aria-labelledby="transcription"> <h2 id="transcription">${text(t(locale, 'webinar.transcript'))}</h2> <ol class="transcript"> ` +
        content.transcript
          .map((segment) => {
            const time = formatDuration(segment.start)
            const speaker = segment.speaker
              ? `<strong class="transcript__speaker">${text(segment.speaker)}${colon}</strong>`
              : ''
            return (
              `<li${attributes({ id: `t-${segment.start}`, 'data-pagefind-title': `${t(locale, 'webinar.transcript')} · ${time}` })}> ` +
              `<a class="timestamp" data-pagefind-ignore${seek(segment.start)}${attributes({ 'aria-label': t(locale, 'webinar.jumpTo', { time }) })}> ${text(time)} </a> ` +
              `<p> ${speaker} ${text(segment.text)} </p> </li>`
            )
          })
          .join('') +
        ` </ol> </section>`
      : ''
  return itemFrameHtml(item, locale, {
    content: blocks(
      facts,
      item.video ? videoPlayerHtml(locale, item.video, content.title, options.cmsUrl) : '',
      chapters,
      speakers,
      keyMessagesHtml(locale, content.keyMessages),
      richTextBlock(body.html),
      downloadListHtml(locale, slides, { cmsUrl: options.cmsUrl, headingId: 'diapositives' }),
      transcript,
      referenceListHtml(locale, item.references),
    ),
  })
}
