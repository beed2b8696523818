#!/usr/bin/env node
/**
 * Runs a TypeScript script with tsx, again when Node's module loader stalls.
 *
 * On Node 20, importing @payloadcms/richtext-lexical sometimes never settles (measured here:
 * 2 to 9 runs in 10 of a bare `import()`, more under load); the event loop empties and Node
 * exits with code 13 ("unsettled top-level await") before the script has done anything.
 * That is the "Payload CLI exits silently" failure. Such a run is safe to repeat: nothing ran.
 *
 * Exit 13 also means "waited on something that never came" (a prompt without a terminal, a
 * promise nobody settles) once the script is running, and such a run must not be repeated.
 * The two are told apart by a marker: the script calls `importsFinished()` (cms/src/cli.ts)
 * once its imports are done, which writes the file named by NLV_IMPORTS_FINISHED_FILE. Only an
 * exit 13 without the marker is retried; every other exit is reported as it is.
 *
 * The script runs as `node --import tsx <script>` (tsx's loader inside the script's own
 * process), not through the `tsx` command. That command is a second process that passes a stop
 * signal on and then waits 30 ms for the script to say it got it; a script whose event loop is
 * busy for longer (a worker in the middle of a site build, any script on a loaded machine) is
 * then killed with SIGKILL and the command exits with 143. A worker asked to stop after its
 * build must get the signal itself and nothing else.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// tsx's loader, from the workspace root's dependencies (whatever the script's folder).
const tsxLoader = import.meta.resolve('tsx')
const script = process.argv[2] ?? '(no script)'
const marker = path.join(os.tmpdir(), `nlv-imports-finished-${process.pid}-${Date.now()}`)
const attempts = 10

// A stop signal sent to this wrapper alone (a test, a process manager that signals only its
// main process) goes to the script, which decides how to stop; the wrapper then exits with
// the script's status.
let child = null
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => child?.kill(signal))
}
const run = () =>
  new Promise((resolve) => {
    child = spawn(process.execPath, ['--import', tsxLoader, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, NLV_IMPORTS_FINISHED_FILE: marker },
    })
    child.on('exit', (code, signal) => resolve({ status: code, signal }))
  })

let status = 1
for (let attempt = 1; attempt <= attempts; attempt++) {
  fs.rmSync(marker, { force: true })
  const result = await run()
  const started = fs.existsSync(marker)
  fs.rmSync(marker, { force: true })
  if (result.signal) {
    console.error(`[tsx-retry] ${script} was stopped by ${result.signal}`)
    process.exit(1)
  }
  status = result.status ?? 1
  if (status !== 13) process.exit(status)
  if (started) {
    console.error(
      `[tsx-retry] ${script} exited with code 13 after its imports: it was waiting on something ` +
        'that never came (for example a question asked without a terminal). Not retried.',
    )
    process.exit(13)
  }
  console.error(
    `[tsx-retry] Node's module loader stalled while importing (exit 13 before ${script} ran); retrying (${attempt}/${attempts})…`,
  )
}
console.error(`[tsx-retry] giving up: ${script} never got past its imports`)
process.exit(status)
