/**
 * A small static file server for built sites, on a random free port of 127.0.0.1.
 * `/x/` serves `x/index.html`; a miss serves the nearest `404.html` (`/en/404.html` under
 * `/en/`) with status 404, as static hosts do.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
}

export interface StaticServer {
  url: string
  /** Paths requested so far (to assert what a page loaded). */
  requests: string[]
  close(): Promise<void>
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root)
  const requests: string[] = []
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    requests.push(pathname)
    const target = path.resolve(base, `.${pathname}`)
    if (!target.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    let file = pathname.endsWith('/') ? path.join(target, 'index.html') : target
    let status = 200
    if (!(await isFile(file))) {
      if (!pathname.endsWith('/') && (await isFile(path.join(target, 'index.html')))) {
        res.writeHead(301, { Location: `${pathname}/` }).end()
        return
      }
      status = 404
      const localised = pathname.startsWith('/en/') ? path.join(base, 'en', '404.html') : ''
      file = localised && (await isFile(localised)) ? localised : path.join(base, '404.html')
    }
    res.writeHead(status, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}
