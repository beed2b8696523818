/** Small real files for the seed: PDFs written with pdf-lib, PNGs rendered from SVG by sharp. */
import { PDFDocument, type PDFFont, StandardFonts, rgb } from 'pdf-lib'
import sharp from 'sharp'

export interface SeedFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

const file = (data: Buffer, mimetype: string, name: string): SeedFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** Drops characters the standard PDF fonts cannot encode (they would throw). */
function encodable(font: PDFFont, text: string): string {
  const swaps: Record<string, string> = {
    '≤': '<=',
    '≥': '>=',
    '\u202f': ' ',
    '\u00a0': ' ',
    µ: 'µ',
    '→': '->',
    '·': '·',
  }
  let out = ''
  for (const ch of text) {
    const c = swaps[ch] ?? ch
    try {
      font.encodeText(c)
      out += c
    } catch {
      out += '?'
    }
  }
  return out
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line)
        line = word
      } else line = candidate
    }
    lines.push(line)
  }
  return lines
}

/** A Letter-size PDF with a title page header and paragraphs; deterministic (fixed dates). */
export async function makePdf(
  title: string,
  paragraphs: string[],
  name: string,
): Promise<SeedFile> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setAuthor('Alima, Centre de nutrition sociale périnatale')
  pdf.setProducer('Nourrir la vie (seed)')
  pdf.setCreator('Nourrir la vie')
  pdf.setCreationDate(new Date('2025-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2025-01-01T00:00:00Z'))
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const [W, H, margin] = [612, 792, 64]
  let page = pdf.addPage([W, H])
  let y = H - margin
  const draw = (text: string, font: PDFFont, size: number, gap: number) => {
    for (const line of wrap(font, encodable(font, text), size, W - 2 * margin)) {
      if (y < margin + size) {
        page = pdf.addPage([W, H])
        y = H - margin
      }
      page.drawText(line, { x: margin, y, size, font, color: rgb(0.12, 0.16, 0.2) })
      y -= size * 1.4
    }
    y -= gap
  }
  draw('Nourrir la vie · Alima', bold, 10, 8)
  draw(title, bold, 20, 16)
  for (const p of paragraphs) draw(p, regular, 11, 8)
  return file(Buffer.from(await pdf.save()), 'application/pdf', name)
}

/** Renders an SVG illustration to PNG (the media collection refuses SVG: it can carry script). */
export async function svgToPng(svg: Buffer, name: string): Promise<SeedFile> {
  const png = await sharp(svg, { density: 96 }).png({ compressionLevel: 9 }).toBuffer()
  return file(png, 'image/png', name.replace(/\.svg$/i, '.png'))
}

/** Plain text of a Markdown string, for PDFs (no formatting, one paragraph per block). */
export function markdownToParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n{2,}/)
    .map((block) =>
      block
        .replace(/^#+\s*/gm, '')
        .replace(/^\s*[-*]\s+/gm, '• ')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .trim(),
    )
    .filter(Boolean)
}
