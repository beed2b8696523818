/**
 * Active content hidden in an upload whose type is otherwise right: a PDF that runs script or
 * launches a program when opened, an HTML page behind a `%PDF` header, an image with a page
 * appended after its last chunk. Used by `checkUploadedFile`.
 */
import zlib from 'node:zlib'
import sharp, { type Sharp } from 'sharp'

/** PDF actions that run code or open something else: script, program launch, form import. */
const activeNames = /\/(JavaScript|JS|Launch|ImportData|RichMedia)(?![A-Za-z0-9])/
const markup = /<(script|html|!doctype|body|iframe|svg)\b/i
/** Decoded streams scanned at most (a compressed stream could be a bomb). */
const maxInflated = 32 * 1024 * 1024

/** `#xx` escapes in PDF names (`/Java#53cript` is `/JavaScript`). */
const unescapeNames = (text: string) =>
  text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

export type PdfProblem = 'not-a-pdf' | 'active-content'

/**
 * What is wrong with a file that starts like a PDF, or null. Looks at the file's text and at
 * its compressed streams (object streams can hide the action dictionaries).
 */
export function pdfProblem(data: Buffer): PdfProblem | null {
  const text = data.toString('latin1')
  // A PDF ends with its cross-reference pointer; a page with a `%PDF` first line does not.
  if (!/startxref\s+\d+\s+%%EOF/.test(text.slice(-2048))) return 'not-a-pdf'
  if (markup.test(text.slice(0, 4096))) return 'not-a-pdf'
  if (activeNames.test(unescapeNames(text))) return 'active-content'
  let budget = maxInflated
  const streams = /stream\r?\n/g
  for (let m = streams.exec(text); m && budget > 0; m = streams.exec(text)) {
    const start = m.index + m[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    try {
      const inflated = zlib.inflateSync(data.subarray(start, end), { maxOutputLength: budget })
      budget -= inflated.length
      if (activeNames.test(unescapeNames(inflated.toString('latin1')))) return 'active-content'
    } catch {
      // Not a Flate stream (an image, a font), or over the budget: nothing to read in it.
    }
    streams.lastIndex = end + 'endstream'.length
  }
  return null
}

const encoders: Record<string, (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: 90, mozjpeg: true }),
  'image/png': (image) => image.png({ compressionLevel: 9 }),
  'image/webp': (image) => image.webp({ quality: 90 }),
  'image/gif': (image) => image.gif(),
}

/**
 * The image decoded and encoded again in its own format: anything after its last chunk and
 * its metadata (EXIF, GPS position) are dropped; the orientation is applied first. Null when
 * sharp cannot read it (Payload then refuses it with its own message).
 */
export async function reencodeImage(data: Buffer, mime: string): Promise<Buffer | null> {
  const encode = encoders[mime]
  if (!encode) return null
  try {
    return await encode(sharp(data, { animated: mime === 'image/gif' }).rotate()).toBuffer()
  } catch {
    return null
  }
}
