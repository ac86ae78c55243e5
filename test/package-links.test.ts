import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The guides travel with the package: every relative link of the README, of the docs and of the command
// line's help names a file the packed tarball holds (and a heading that file has), so none is dead on the
// npm page's copy or in node_modules.
const root = fileURLToPath(new URL('..', import.meta.url))
const packed = ((): ReadonlySet<string> => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const [pack] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>
  return new Set(pack!.files.map((file) => file.path))
})()

/** The links of a Markdown text outside its code, as written. */
const linksOf = (markdown: string): string[] => {
  const prose = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '')
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!)
}

const isRelative = (target: string): boolean => !/^[a-z][a-z+.-]*:/i.test(target) && !target.startsWith('#')

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slugOf = (heading: string): string =>
  heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')

const anchorsOf = (markdown: string): Set<string> => {
  const prose = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
  return new Set([...prose.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => slugOf(match[1]!.replace(/`/g, ''))))
}

/** What is wrong with a link from `from` (a path in the package), or undefined when it resolves. */
const brokenLink = (from: string, target: string): string | undefined => {
  const [file = '', anchor] = target.split('#')
  const path = file === '' ? from : posix.normalize(posix.join(posix.dirname(from), decodeURIComponent(file)))
  if (!packed.has(path)) return `${from}: ${target} names ${path}, which the package does not hold`
  if (anchor !== undefined && path.endsWith('.md') && !anchorsOf(readFileSync(`${root}${path}`, 'utf8')).has(anchor)) {
    return `${from}: ${target} names a heading ${path} does not have`
  }
  return undefined
}

const pages = [...packed].filter((path) => path.endsWith('.md') && (path === 'README.md' || path.startsWith('docs/')))

describe('links in the packed package', () => {
  it('holds the README, the guides and the examples they link to', () => {
    for (const path of ['README.md', 'docs/getting-started.md', 'docs/cli.md', 'docs/rules.md', 'examples/decode-and-report.ts', 'docs/viewer.md', 'docs/images/viewer.png']) {
      expect(packed.has(path), path).toBe(true)
    }
    expect([...packed].filter((path) => path.startsWith('docs/api/'))).toEqual([])
  })

  it('finds links to check', () => {
    expect(linksOf(readFileSync(`${root}README.md`, 'utf8')).filter(isRelative).length).toBeGreaterThan(10)
  })

  it('every relative link of the README and the docs resolves inside the package', () => {
    const broken = pages.flatMap((page) =>
      linksOf(readFileSync(`${root}${page}`, 'utf8')).filter(isRelative).map((target) => brokenLink(page, target)))
    expect(broken.filter((problem) => problem !== undefined)).toEqual([])
  })

  it('a link to a file the package lacks is reported', () => {
    expect(brokenLink('docs/cli.md', '../src/cli.ts')).toMatch(/does not hold/)
    expect(brokenLink('README.md', 'docs/cli.md#no-such-heading')).toMatch(/heading/)
  })

  it('every file the command line help names is in the package', () => {
    const cli = `${root}dist/cli.js`
    const commands = ['', 'validate', 'convert', 'merge', 'schema', 'summary', 'types', 'cite', 'init', 'render']
    const help = commands.map((command) =>
      execFileSync(process.execPath, [cli, ...(command === '' ? [] : [command]), '--help'], { encoding: 'utf8' })).join('\n')
    const named = [...new Set([...help.matchAll(/\b((?:docs|examples|schemas|fixtures)\/[\w./-]*\w)/g)].map((match) => match[1]!))]
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter((path) => !packed.has(path))).toEqual([])
  }, 60_000)
})
