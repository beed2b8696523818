import { describe, expect, it } from 'vitest'
import { embedUrl, parseVideoUrl } from '../src/video'

describe('parseVideoUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42', 'youtube', 'dQw4w9WgXcQ'],
    ['http://m.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'youtube', 'dQw4w9WgXcQ'],
    ['youtu.be/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=10', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['  https://vimeo.com/76979871  ', 'vimeo', '76979871'],
    ['https://player.vimeo.com/video/76979871?badge=0', 'vimeo', '76979871'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'vimeo', '76979871'],
  ])('%s → %s %s', (url, provider, videoId) => {
    expect(parseVideoUrl(url)).toEqual({ provider, videoId })
  })

  it('keeps the hash of an unlisted Vimeo video', () => {
    expect(parseVideoUrl('https://vimeo.com/76979871/a1b2c3d4e5')).toEqual({
      provider: 'vimeo',
      videoId: '76979871',
      hash: 'a1b2c3d4e5',
    })
    expect(parseVideoUrl('https://player.vimeo.com/video/76979871?h=a1b2c3d4e5')).toEqual({
      provider: 'vimeo',
      videoId: '76979871',
      hash: 'a1b2c3d4e5',
    })
  })

  it.each([
    '',
    'not a url',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ<script>',
    'https://www.youtube.com/channel/UC1234567890',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/?u=youtu.be/dQw4w9WgXcQ',
    'javascript:alert("youtu.be/dQw4w9WgXcQ")',
    'ftp://vimeo.com/76979871',
    'https://vimeo.com/about',
    'https://player.vimeo.com/76979871',
    'https://www.dailymotion.com/video/x7tgad0',
  ])('rejects %j', (url) => {
    expect(parseVideoUrl(url)).toBeNull()
  })
})

describe('embedUrl', () => {
  it('uses youtube-nocookie.com, with start=', () => {
    const video = { provider: 'youtube', videoId: 'dQw4w9WgXcQ' }
    expect(embedUrl(video)).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    expect(embedUrl(video, 754.6)).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=754',
    )
    expect(embedUrl(video, 0)).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    expect(embedUrl(video, -3)).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
  })

  it('uses player.vimeo.com with dnt=1, its hash and #t=', () => {
    expect(embedUrl({ provider: 'vimeo', videoId: '76979871' })).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1',
    )
    expect(embedUrl({ provider: 'vimeo', videoId: '76979871', hash: 'a1b2c3d4e5' }, 90)).toBe(
      'https://player.vimeo.com/video/76979871?h=a1b2c3d4e5&dnt=1#t=90s',
    )
  })

  it('accepts the snapshot video shape and refuses anything else', () => {
    expect(
      embedUrl({
        provider: 'youtube',
        videoId: 'dQw4w9WgXcQ',
        url: 'https://youtu.be/dQw4w9WgXcQ',
      } as never),
    ).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    expect(embedUrl({ provider: 'file', videoId: undefined })).toBeNull()
    expect(embedUrl({ provider: 'youtube', videoId: '"><script>' })).toBeNull()
    expect(embedUrl({ provider: 'vimeo', videoId: '123abc' })).toBeNull()
    expect(embedUrl({ provider: 'dailymotion', videoId: 'x7tgad0' })).toBeNull()
  })
})
