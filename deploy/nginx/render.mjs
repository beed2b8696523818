#!/usr/bin/env node
/**
 * Writes the nginx configuration of Nourrir la vie (`nourrir-la-vie.conf.template`) with its
 * variables from the environment, to stdout or to the file given:
 *
 *   NLV_SITE_HOST=www.example.org NLV_CMS_HOST=cms.example.org \
 *     NLV_SITE_ROOT=/srv/nourrir-la-vie/var/live node deploy/nginx/render.mjs \
 *     > /etc/nginx/conf.d/nourrir-la-vie.conf
 *
 * Brotli is switched on when Debian's module is installed (or NLV_NGINX_BROTLI=on|off says).
 * Exits 1, naming it, when a variable is missing or holds what nginx would misread.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const defaults = {
  NLV_SITE_LISTEN: '80',
  NLV_SITE_HOST: 'localhost',
  NLV_SITE_ROOT: path.resolve(here, '../../var/live'),
  NLV_CMS_LISTEN: '80',
  NLV_CMS_HOST: 'cms.localhost',
  NLV_CMS_UPSTREAM: '127.0.0.1:3000',
  NLV_MAX_UPLOAD_MB: '100',
}
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'

export function renderNginx(env = process.env) {
  const values = Object.fromEntries(
    Object.entries(defaults).map(([key, fallback]) => [key, env[key] || fallback]),
  )
  for (const [key, value] of Object.entries(values)) {
    // One token, or `address:port` words: nothing that would end a directive or open a block.
    if (!/^[\w.:/*\- [\]]+$/.test(value) || /[;{}]/.test(value))
      throw new Error(`${key}: ${JSON.stringify(value)} is not a value nginx can take here`)
  }
  const brotli = env.NLV_NGINX_BROTLI ? env.NLV_NGINX_BROTLI === 'on' : existsSync(brotliModule)
  const template = readFileSync(path.join(here, 'nourrir-la-vie.conf.template'), 'utf8')
  return template
    .replace(
      '# @brotli',
      brotli
        ? 'brotli on;\nbrotli_comp_level 5;\nbrotli_min_length 256;\nbrotli_types text/css text/plain text/xml application/xml application/json application/javascript\n  text/javascript application/rss+xml image/svg+xml application/x-bibtex\n  application/x-research-info-systems text/csv application/wasm;'
        : '# (brotli module not installed: gzip only)',
    )
    .replace(/\$\{(NLV_[A-Z_]+)\}/g, (match, key) => {
      if (!(key in values)) throw new Error(`unknown variable ${match} in the template`)
      return values[key]
    })
}

/**
 * The whole nginx.conf (`main.conf.template`) for an nginx run as an ordinary user on its own
 * prefix folder, which holds the rendered `nourrir-la-vie.conf`, the pid, logs and temp files.
 */
export function renderMain(prefix, env = process.env) {
  if (!/^\/[\w./-]+$/.test(prefix))
    throw new Error(`prefix ${JSON.stringify(prefix)} is not a plain absolute path`)
  const brotli = env.NLV_NGINX_BROTLI ? env.NLV_NGINX_BROTLI === 'on' : existsSync(brotliModule)
  const modules = brotli
    ? `load_module ${brotliModule};\nload_module ${brotliModule.replace('filter', 'static')};`
    : '# (no brotli module)'
  return (
    readFileSync(path.join(here, 'main.conf.template'), 'utf8')
      .replace('# @load_modules', modules)
      // Started as root, nginx would run its workers as `nobody`, who cannot read the user's
      // folders: they run as the user who starts it.
      .replace(
        '# @user',
        process.getuid?.() === 0 ? 'user root;' : '# (workers run as the user who starts nginx)',
      )
      .replaceAll('${NLV_NGINX_PREFIX}', prefix)
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const text = renderNginx()
    if (process.argv[2]) writeFileSync(process.argv[2], text)
    else process.stdout.write(text)
  } catch (error) {
    console.error(`[nginx] ${error.message}`)
    process.exit(1)
  }
}
