/** Files an attacker might upload, built byte by byte (no fixture files to keep in git). */
import zlib from 'node:zlib'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'

export async function realPdf(text = 'Document de test'): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(text)
  return Buffer.from(await doc.save())
}

/**
 * A real PDF whose catalog runs an action when it is opened: JavaScript, or the launch of a
 * program. With `compressed`, the catalog sits in a compressed object stream (pdf-lib's
 * default), where the word `/JavaScript` never appears in the file's bytes.
 */
export async function activePdf(
  action: 'javascript' | 'launch',
  { compressed = true } = {},
): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText('Rapport annuel')
  const openAction =
    action === 'javascript'
      ? { S: 'JavaScript', JS: PDFString.of('app.alert("pwned")') }
      : { S: 'Launch', F: PDFString.of('C:\\Windows\\System32\\calc.exe') }
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj(openAction))
  return Buffer.from(await doc.save({ useObjectStreams: compressed }))
}

/** An HTML page that starts with a PDF header (file-type reads it as a PDF). */
export const htmlWithPdfHeader = Buffer.from(
  '%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n',
)

/** The first bytes of a Linux executable: what a renamed program looks like. */
export const elfExecutable = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(4096, 1),
])

export const svgWithScript = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>',
)

export const htmlPage = Buffer.from(
  '<!doctype html><html><body><script>alert(1)</script></body></html>',
)

function crc32(buf: Buffer): number {
  let crc = 0xffffffff
  for (const byte of buf) {
    let c = (crc ^ byte) & 0xff
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crc = (crc >>> 8) ^ c
  }
  return (crc ^ 0xffffffff) >>> 0
}

/**
 * A zip of a few kilobytes whose entries claim (and would inflate to) `entryMb` megabytes of
 * zeros each, laid out like a Word document (`[Content_Types].xml`, `word/document.xml`).
 */
export function zipBomb(entryMb = 64): { data: Buffer; expandedBytes: number } {
  const size = entryMb * 1024 * 1024
  const deflated = zlib.deflateRawSync(Buffer.alloc(size), { level: 9 })
  const names = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']
  const local: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of names) {
    const name = Buffer.from(entry)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(8, 8) // deflate
    header.writeUInt32LE(0, 14) // crc left at 0: nothing should ever inflate it to check
    header.writeUInt32LE(deflated.length, 18)
    header.writeUInt32LE(size, 22)
    header.writeUInt16LE(name.length, 26)
    local.push(header, name, deflated)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(deflated.length, 20)
    dir.writeUInt32LE(size, 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    central.push(dir, name)
    offset += header.length + name.length + deflated.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(names.length, 8)
  end.writeUInt16LE(names.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return { data: Buffer.concat([...local, directory, end]), expandedBytes: size * names.length }
}

/** A valid PNG of `side`×`side` one-bit pixels: tiny on disk, gigantic once decoded. */
export function pngBomb(side = 20_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const rows = zlib.deflateSync(Buffer.alloc((1 + Math.ceil(side / 8)) * side), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
