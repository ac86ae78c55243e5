/**
 * A real browser for the viewer's tests: Debian's Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`),
 * driven by puppeteer-core, which never downloads a browser of its own. When Chromium is missing, it is
 * installed if this runs as root with apt-get; otherwise the tests that need it are skipped, and say why.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Browser } from 'puppeteer-core'
import puppeteer from 'puppeteer-core'

/** Where Chromium is, or why there is none. */
export type ChromiumFound = { readonly path: string } | { readonly missing: string }

const hasCommand = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0

const tryInstall = (): string | undefined => {
  if (process.getuid?.() !== 0) return 'not running as root, so it cannot be installed (apt-get install -y chromium)'
  if (!hasCommand('apt-get')) return 'apt-get is not there to install it'
  const install = (): boolean => spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', timeout: 600_000 }).status === 0
  // The package lists may be missing in a fresh container: update once, then try again.
  if (install()) return undefined
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 })
  return install() ? undefined : 'apt-get install -y chromium failed'
}

/** Finds Chromium, installing it when it is missing and that is possible. */
export const findChromium = (): ChromiumFound => {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
  if (existsSync(path)) return { path }
  const failure = process.env['CHROMIUM_PATH'] === undefined ? tryInstall() : `CHROMIUM_PATH names ${path}, which does not exist`
  if (failure === undefined && existsSync(path)) return { path }
  return { missing: `no Chromium at ${path}: ${failure ?? 'installed, but not at that path'}` }
}

/** Starts headless Chromium as a container allows (no sandbox). */
export const launchChromium = (path: string): Promise<Browser> =>
  puppeteer.launch({
    executablePath: path,
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
  })
