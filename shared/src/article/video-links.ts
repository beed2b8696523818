import { fileUrl } from '../file-url'
import type { Webinar } from '../snapshot'
import { embedUrl } from '../video'

type Video = NonNullable<Webinar['video']>

const providerNames: Record<Video['provider'], string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  file: 'Nourrir la vie',
}

export interface VideoLinks {
  providerName: string
  /** The video's page on its host (or the file), for visitors without script. */
  watch: string | null
  /** The same, starting at `seconds`. */
  watchAt(seconds: number): string | null
  /** The embed address starting at `seconds` (null for a file). */
  embedAt(seconds: number): string | null
}

/** Links to a webinar's video, on its host and embedded, at any time. */
export function videoLinks(video: Video, cmsUrl: string): VideoLinks {
  const id = video.videoId
  const file = video.provider === 'file' && video.file ? fileUrl(video.file.url, cmsUrl) : null
  const watchAt = (seconds: number): string | null => {
    const s = Math.max(0, Math.floor(seconds))
    if (video.provider === 'youtube' && id) {
      return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}${s ? `&t=${s}s` : ''}`
    }
    if (video.provider === 'vimeo' && id)
      return `https://vimeo.com/${encodeURIComponent(id)}${s ? `#t=${s}s` : ''}`
    if (file) return `${file}${s ? `#t=${s}` : ''}`
    return null
  }
  return {
    providerName: providerNames[video.provider],
    watch: watchAt(0),
    watchAt,
    embedAt: (seconds) => (video.provider === 'file' ? null : embedUrl(video, seconds)),
  }
}
