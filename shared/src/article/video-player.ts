/**
 * Click-to-load video. Until the visitor clicks, the page makes no request to the video
 * host (the placeholder says so); then a tiny inline script swaps in the privacy-friendly
 * embed (youtube-nocookie, Vimeo dnt). Chapter and transcript links carrying `data-seek`
 * load or seek the video; without script they open the video at that time on its host.
 * A video file from the CMS is a `<video preload="none">`: nothing downloads before play.
 * Arriving at a chapter or transcript segment (`#chapitre-245`, `#t-245`: a search result's
 * link), the video starts there when played.
 */
import { fileUrl } from '../file-url'
import { t } from '../i18n'
import type { Locale } from '../locales'
import type { Webinar } from '../snapshot'
import { embedUrl } from '../video'
import { attributes, icon, text } from './markup'
import { videoLinks } from './video-links'

/** The player's script, inline right after the player (the page's only script). */
export const videoPlayerScript = `
  ;(() => {
    const box = document.querySelector('[data-video]')
    if (!box) return
    const load = (src) => {
      const media = box.querySelector('video')
      if (media) return media
      let frame = box.querySelector('iframe')
      if (!frame) {
        frame = document.createElement('iframe')
        frame.title = box.dataset.title
        frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media'
        frame.allowFullscreen = true
        box.replaceChildren(frame)
      }
      const url = new URL(src)
      url.searchParams.set('autoplay', '1')
      frame.src = url.href
      return frame
    }
    box.querySelector('[data-play]')?.addEventListener('click', () => load(box.dataset.src).focus())
    // Delegated: the chapters and the transcript come after this script in the page.
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('[data-seek]') : null
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return
      event.preventDefault()
      const media = load(link.dataset.embed || box.dataset.src)
      if (media instanceof HTMLVideoElement) {
        media.currentTime = Number(link.dataset.seek)
        media.play()
      }
      box.scrollIntoView({ block: 'nearest' })
    })
    // A link to a moment (\`#t-245\`, \`#chapitre-2\`) makes the play button start there.
    document.addEventListener('DOMContentLoaded', () => {
      const hash = /^#(t|chapitre)-\\d+$/.test(location.hash) ? location.hash : null
      const at = hash ? document.querySelector(\`\${hash} [data-seek]\`) : null
      if (!at) return
      const media = box.querySelector('video')
      if (media) media.src = at.href
      else if (at.dataset.embed) box.dataset.src = at.dataset.embed
    })
  })()
`

const playIcon = 'M8 5v14l11-7z'

/** The player (placeholder or `<video>`) followed by its script. */
export function videoPlayerHtml(
  locale: Locale,
  video: NonNullable<Webinar['video']>,
  title: string,
  cmsUrl: string,
): string {
  const links = videoLinks(video, cmsUrl)
  const provider = links.providerName
  const embed = video.provider === 'file' ? null : embedUrl(video)
  const fileSrc = video.provider === 'file' && video.file ? fileUrl(video.file.url, cmsUrl) : null
  const videoTitle = t(locale, 'webinar.videoTitle', { title })
  const play = embed
    ? `<button type="button" class="button video__play needs-script" data-play> ${icon(24, playIcon, true)} ${text(t(locale, 'webinar.play'))} </button>`
    : ''
  const external = links.watch
    ? `<a class="video__external"${attributes({ href: links.watch })}> ${text(t(locale, 'webinar.watchOn', { provider }))} <span class="sr-only"> ${text(t(locale, 'richText.externalLink'))}</span> </a>`
    : ''
  const inside = fileSrc
    ? `<video${attributes({ controls: true, preload: 'none', src: fileSrc, title: videoTitle })}></video>`
    : `<div class="video__placeholder"> <p class="video__consent"> ${text(t(locale, 'webinar.consent', { provider }))}  ${text(t(locale, 'webinar.noRequest', { provider }))} </p> ` +
      `<div class="video__actions"> ${play} ${external} </div> </div>`
  return (
    `<div class="video"${attributes({ 'data-video': true, 'data-src': embed ?? undefined, 'data-title': videoTitle, 'data-pagefind-ignore': true })}> ${inside} </div>` +
    ` <script>${videoPlayerScript}</script>`
  )
}
