/**
 * Webinar recordings hosted on YouTube or Vimeo: recognising a pasted link, and the
 * privacy-friendly embed address (youtube-nocookie.com, Vimeo with `dnt=1`).
 */

export type VideoProvider = 'youtube' | 'vimeo'

export interface VideoRef {
  provider: VideoProvider
  videoId: string
  /** Vimeo's private-link hash (`vimeo.com/123/abcdef0123`), needed to embed an unlisted video. */
  hash?: string
}

const youtubeId = /^[A-Za-z0-9_-]{11}$/
const vimeoId = /^\d{1,12}$/
const vimeoHash = /^[0-9a-f]{6,20}$/i

const youtubeHosts = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
])

function parseYoutube(url: URL): VideoRef | null {
  const [first, second] = url.pathname.split('/').filter(Boolean)
  let id: string | null | undefined
  if (url.hostname === 'youtu.be') id = first
  else if (first === 'watch') id = url.searchParams.get('v')
  else if (first === 'embed' || first === 'shorts' || first === 'live' || first === 'v') id = second
  return id && youtubeId.test(id) ? { provider: 'youtube', videoId: id } : null
}

function parseVimeo(url: URL): VideoRef | null {
  const parts = url.pathname.split('/').filter(Boolean)
  let id: string | undefined
  let hash: string | null | undefined
  if (url.hostname === 'player.vimeo.com') {
    if (parts[0] !== 'video') return null
    id = parts[1]
    hash = url.searchParams.get('h')
  } else {
    // vimeo.com/123, vimeo.com/123/abcdef, vimeo.com/channels/name/123, vimeo.com/groups/name/videos/123
    const index = parts.findIndex((part) => vimeoId.test(part))
    if (index < 0) return null
    id = parts[index]
    hash = parts[index + 1] ?? url.searchParams.get('h')
  }
  if (!id || !vimeoId.test(id)) return null
  return hash && vimeoHash.test(hash)
    ? { provider: 'vimeo', videoId: id, hash }
    : { provider: 'vimeo', videoId: id }
}

/**
 * Recognises a YouTube or Vimeo video link (`youtube.com/watch?v=…`, `youtu.be/…`,
 * `youtube.com/embed/…`, `vimeo.com/123`, `player.vimeo.com/video/123`); null for
 * anything else. A link pasted without `https://` is accepted.
 */
export function parseVideoUrl(input: string): VideoRef | null {
  if (typeof input !== 'string') return null
  const text = input.trim()
  if (text === '') return null
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.toLowerCase()
  if (host === 'youtu.be' || youtubeHosts.has(host)) return parseYoutube(url)
  if (host === 'vimeo.com' || host === 'www.vimeo.com' || host === 'player.vimeo.com') {
    return parseVimeo(url)
  }
  return null
}

/**
 * The iframe address of a video, optionally starting at `startSeconds`; null for a
 * provider or id it does not know (a `file` video, a malformed id).
 */
export function embedUrl(
  video: { provider: string; videoId?: string | null; hash?: string | null },
  startSeconds?: number,
): string | null {
  const start =
    typeof startSeconds === 'number' && Number.isFinite(startSeconds) && startSeconds >= 1
      ? Math.floor(startSeconds)
      : 0
  const id = video.videoId ?? ''
  if (video.provider === 'youtube' && youtubeId.test(id)) {
    return `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`
  }
  if (video.provider === 'vimeo' && vimeoId.test(id)) {
    const hash = video.hash && vimeoHash.test(video.hash) ? `h=${video.hash}&` : ''
    return `https://player.vimeo.com/video/${id}?${hash}dnt=1${start ? `#t=${start}s` : ''}`
  }
  return null
}
