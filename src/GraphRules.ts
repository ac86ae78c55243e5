/**
 * Rules across records that a graph can break while every reference resolves: chains of part-of, cause,
 * place-within and belongs-to links that loop back, records that name themselves where that makes no sense,
 * conveyances by someone who did not take part, and positions that rest on someone else's words; roles
 * given to actors who did not take part, replies dated before what they reply to, and cancelled meetings
 * or events recorded as having taken place.
 * {@link checkGraph} runs them; docs/rules.md lists their codes with an example each.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { Graph } from './Graph.js'
import { Graph as GraphCodec } from './Graph.js'
import type { Issue, IssueCode } from './Issue.js'
import type { CodecNode, Path } from './internal/CodecTree.js'
import { walkWanted } from './internal/CodecTree.js'
import { graphIssue } from './internal/graphIssue.js'
import { collectionCodecs, namedRecords } from './internal/records.js'
import type { Role } from './Reference.js'
import { latestScheduleChange } from './Schedule.js'
import type { Time } from './Time.js'
import { coverageOf } from './Time.js'

const issue = graphIssue

/** The roles that link a record to a larger or earlier one (or, for premises, to what shows it): a chain of them must end. */
const CHAINS: ReadonlyArray<readonly [Role, string, IssueCode]> = [
  ['partOf', 'is part of', 'reference_cycle'],
  ['cause', 'is caused by', 'reference_cycle'],
  ['within', 'lies within', 'reference_cycle'],
  ['parent', 'belongs to', 'reference_cycle'],
  ['premise', 'is inferred from', 'circular_inference'],
]

/** The roles by which a record may not name itself. */
const NOT_ITSELF: ReadonlySet<Role> = /* @__PURE__ */ new Set<Role>(['contradicts', 'partOf', 'cause', 'within', 'parent', 'sidelinesOf', 'occasion', 'member', 'repliesTo', 'target'])

interface Link {
  readonly from: string
  readonly to: string
  readonly path: Path
}

/** The roles {@link checkLinks} reads: references in other roles are not collected, nor the parts holding only them walked. */
const LINK_ROLES: ReadonlySet<Role> = /* @__PURE__ */ new Set<Role>([...NOT_ITSELF, ...CHAINS.map(([role]) => role)])

const checkedRef = (node: CodecNode): boolean => node.tag === 'ref' && node.role !== undefined && LINK_ROLES.has(node.role)

/** Every reference of a top-level record in one of the roles {@link checkLinks} reads, by walking each collection with its codec. */
const linksByRole = (graph: Graph, codec: t.Mixed): ReadonlyMap<Role, ReadonlyArray<Link>> => {
  const links = new Map<Role, Link[]>()
  for (const [collection, item] of collectionCodecs(codec)) {
    const records = (graph as unknown as Record<string, ReadonlyArray<{ readonly id: string }> | undefined>)[collection] ?? []
    records.forEach((record, i) => {
      walkWanted(item, record, checkedRef, (node, value, path) => {
        if (node.tag !== 'ref' || node.role === undefined) return
        let list = links.get(node.role)
        if (list === undefined) links.set(node.role, (list = []))
        list.push({ from: record.id, to: value as string, path: [collection, i, ...path] })
      })
    })
  }
  return links
}

/** Self-references where the role forbids them, and loops in chains: each loop once, where it closes. */
const checkLinks = (links: ReadonlyMap<Role, ReadonlyArray<Link>>, issues: Issue[]): void => {
  for (const [role, list] of links) {
    if (!NOT_ITSELF.has(role)) continue
    for (const link of list) {
      if (link.from === link.to) {
        issues.push(issue(link.path, 'self_reference', `a record other than "${link.from}"`, link.to, `"${link.from}" names itself as its ${role}`))
      }
    }
  }
  for (const [role, verb, code] of CHAINS) {
    const edges = new Map<string, Link[]>()
    for (const link of links.get(role) ?? []) {
      if (link.from === link.to) {
        if (!NOT_ITSELF.has(role)) issues.push(issue(link.path, code, `a record other than "${link.from}"`, link.to, `"${link.from}" ${verb} itself`))
        continue // otherwise reported above
      }
      const out = edges.get(link.from)
      if (out === undefined) edges.set(link.from, [link])
      else out.push(link)
    }
    // Depth-first, iteratively: an edge to a record still on the path closes a loop.
    const state = new Map<string, 'open' | 'done'>()
    for (const start of edges.keys()) {
      if (state.has(start)) continue
      const stack: Array<{ readonly id: string; next: number }> = [{ id: start, next: 0 }]
      const onPath: string[] = [start]
      state.set(start, 'open')
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!
        const out = edges.get(top.id) ?? []
        if (top.next >= out.length) {
          state.set(top.id, 'done')
          stack.pop()
          onPath.pop()
          continue
        }
        const link = out[top.next++]!
        const seen = state.get(link.to)
        if (seen === 'open') {
          const loop = [...onPath.slice(onPath.indexOf(link.to)), link.to]
          issues.push(issue(link.path, code, `a chain of "${role}" links that ends`, link.to,
            `"${link.from}" ${verb} "${link.to}", which leads back to it (${loop.join(' → ')})`))
        } else if (seen === undefined) {
          state.set(link.to, 'open')
          stack.push({ id: link.to, next: 0 })
          onPath.push(link.to)
        }
      }
    }
  }
}

/**
 * Runs the rules of this module on a decoded graph (walked with `codec`, the library's Graph unless one's
 * own) and returns their issues: `self_reference`, `reference_cycle`, `not_a_participant`,
 * `basis_by_another`, `role_not_a_participant`, `reply_before_original`, `cancelled_yet_held` and
 * `circular_inference`; and of corrections: `replacement_kind_mismatch`, `self_correction`,
 * `double_correction` and `correction_before_fact`.
 *
 * @example
 * import { checkGraphRules, Graph, make } from 'news-codecs'
 *
 * const evidence = [{ article: 'article:1', start: 0, end: 3, quote: 'war' }] as const
 * const graph = make(Graph)({ articles: [], actors: [], places: [], meetings: [], agreements: [], documents: [],
 *   statements: [], positions: [], relations: [],
 *   events: [{ id: 'event:a', type: 'armed-conflict', name: 'A', partOf: 'event:b', evidence },
 *     { id: 'event:b', type: 'armed-conflict', name: 'B', partOf: 'event:a', evidence }] })
 * checkGraphRules(graph).map((issue) => issue.code) //=> ['reference_cycle']
 *
 * @category validation
 * @since 0.2.0
 */
export const checkGraphRules = (graph: Graph, codec: t.Mixed = GraphCodec): ReadonlyArray<Issue> => {
  const issues: Issue[] = []
  checkLinks(linksByRole(graph, codec), issues)

  graph.relations.forEach((relation, i) => {
    if (relation.subject === relation.object) {
      issues.push(issue(['relations', i, 'object'], 'self_reference', `an actor other than "${relation.subject}"`, relation.object,
        `"${relation.id}" relates "${relation.subject}" to itself`))
    }
  })

  graph.meetings.forEach((meeting, i) => {
    const took = new Set<string>(meeting.participants)
    meeting.conveyed?.forEach((conveyance, j) => {
      for (const [key, id] of [['by', conveyance.by], ['to', conveyance.to]] as const) {
        if (id !== undefined && !took.has(id)) {
          issues.push(issue(['meetings', i, 'conveyed', j, key], 'not_a_participant', 'one of the participants', id,
            `"${id}" ${key === 'by' ? 'conveyed' : 'was told'} something in "${meeting.id}" without taking part in it`))
        }
      }
    })
  })

  // Who speaks for whom: a person speaks for the states and organizations of its posts.
  const speaksFor = new Map<string, ReadonlyArray<string>>()
  for (const actor of graph.actors) {
    if (actor.kind === 'person') speaksFor.set(actor.id, (actor.posts ?? []).flatMap((post) => (post.of === undefined ? [] : [post.of])))
  }
  const statements = new Map(graph.statements.map((statement) => [statement.id as string, statement]))
  graph.positions.forEach((position, i) => {
    const holders = new Set<string>([...position.holders, ...(position.accordingTo === undefined ? [] : [position.accordingTo])])
    position.basis.forEach((basis, j) => {
      if (basis.kind !== 'statement') return
      const statement = statements.get(basis.statement)
      if (statement === undefined) return // a dangling reference, reported as such
      // The statement counts when a holder said it (or someone with a post of a holder), or when it came
      // through the source the position is attributed to.
      const said = statement.speakers.some((speaker) => holders.has(speaker) || (speaksFor.get(speaker) ?? []).some((of) => holders.has(of)))
      const relayed = position.accordingTo !== undefined && (statement.attribution ?? []).some((step) => step.source === position.accordingTo)
      if (!said && !relayed) {
        issues.push(issue(['positions', i, 'basis', j, 'statement'], 'basis_by_another', 'a statement by a holder of the position', basis.statement,
          `"${position.id}" rests on "${basis.statement}", which none of its holders said`))
      }
    })
  })
  checkRoles(graph, issues)
  checkReplies(graph, issues)
  checkCancellations(graph, issues)
  checkCorrections(graph, issues)
  return issues
}

/**
 * Roles given to actors outside the fact: in a meeting, anyone not among its participants; in an event,
 * anyone not among its participants or organizers, when it lists either. A warning, not an error: a host
 * government or a mediator may arrange talks without sitting in them, and a victim is acted on without
 * taking part, but more often a participant was left out.
 */
const checkRoles = (graph: Graph, issues: Issue[]): void => {
  const check = (collection: 'meetings' | 'events', i: number, fact: Graph['meetings'][number] | Graph['events'][number], took: ReadonlyArray<string>, expected: string) =>
    fact.roles?.forEach((role, j) => {
      if (took.includes(role.actor)) return
      issues.push(issue([collection, i, 'roles', j, 'actor'], 'role_not_a_participant', expected, role.actor,
        `"${role.actor}" has a role in "${fact.id}" without being listed as taking part in it`))
    })
  graph.meetings.forEach((meeting, i) => check('meetings', i, meeting, meeting.participants, 'one of the participants'))
  graph.events.forEach((event, i) => {
    const took = [...(event.participants ?? []), ...(event.organizers ?? [])]
    if (took.length > 0) check('events', i, event, took, 'one of the participants or organizers')
  })
}

/**
 * A reply wholly before what it replies to, when both are dated: possible only if one of the dates is
 * wrong. An agreement is dated by its earliest lifecycle act.
 */
const checkReplies = (graph: Graph, issues: Issue[]): void => {
  const times = new Map<string, Time>()
  for (const collection of [graph.events, graph.meetings, graph.documents, graph.statements, graph.positions, graph.votes ?? []]) {
    for (const record of collection as ReadonlyArray<{ readonly id: string; readonly time?: Time | undefined }>) {
      if (record.time !== undefined) times.set(record.id, record.time)
    }
  }
  for (const agreement of graph.agreements) {
    const earliest = agreement.lifecycle.reduce<Time | undefined>((first, act) =>
      first === undefined || coverageOf(act.time.value).start < coverageOf(first.value).start ? act.time : first, undefined)
    if (earliest !== undefined) times.set(agreement.id, earliest)
  }
  graph.statements.forEach((statement, i) => {
    const said = statement.time
    if (said === undefined) return
    statement.repliesTo?.forEach((id, j) => {
      const original = times.get(id)
      if (original === undefined || id === statement.id) return // undated, or a self-reference reported as such
      if (coverageOf(said.value).end <= coverageOf(original.value).start) {
        issues.push(issue(['statements', i, 'repliesTo', j], 'reply_before_original', `a fact dated no later than ${said.value}`, id,
          `"${statement.id}" (${said.value}) replies to "${id}", which is dated later (${original.value})`))
      }
    })
  })
}

/** A meeting or an event whose schedule ends in a cancellation cannot also have taken place. */
const checkCancellations = (graph: Graph, issues: Issue[]): void => {
  const check = (collection: 'meetings' | 'events', i: number, record: Graph['meetings'][number] | Graph['events'][number]) => {
    const last = latestScheduleChange(record)
    if (last._tag === 'None' || last.value.status !== 'cancelled' || (record.realis !== undefined && record.realis !== 'actual')) return
    const at = record.realis === undefined ? [collection, i, 'schedule', record.schedule!.length - 1, 'status'] : [collection, i, 'realis']
    issues.push(issue(at, 'cancelled_yet_held', 'a realis of "negated" (it did not take place)', record.realis ?? 'actual',
      `"${record.id}" was cancelled, yet its realis says it took place${record.realis === undefined ? ' ("actual" when absent)' : ''}`))
  }
  graph.meetings.forEach((meeting, i) => check('meetings', i, meeting))
  graph.events.forEach((event, i) => check('events', i, event))
}

/**
 * Corrections: a replacement of the fact's own kind, no fact replaced by itself (directly or along a chain),
 * one correction per fact, and no correction dated wholly before its fact (a warning: see RULES).
 */
const checkCorrections = (graph: Graph, issues: Issue[]): void => {
  const corrections = graph.corrections ?? []
  if (corrections.length === 0) return
  const kindOf = new Map<string, string>()
  for (const named of namedRecords(graph)) kindOf.set(named.id, named.kinds[0]!)
  const times = new Map<string, Time>()
  for (const collection of [graph.events, graph.meetings, graph.documents, graph.statements, graph.positions, graph.relations, graph.votes ?? []]) {
    for (const record of collection as ReadonlyArray<{ readonly id: string; readonly time?: Time | undefined }>) {
      if (record.time !== undefined) times.set(record.id, record.time)
    }
  }
  // An agreement is dated by its earliest act, as for replies; an act with an id by its own time.
  for (const agreement of graph.agreements) {
    for (const act of agreement.lifecycle) {
      if (act.id !== undefined) times.set(act.id, act.time)
      const first = times.get(agreement.id)
      if (first === undefined || coverageOf(act.time.value).start < coverageOf(first.value).start) times.set(agreement.id, act.time)
    }
  }
  const replacedBy = new Map<string, string>()
  const first = new Map<string, string>()
  corrections.forEach((correction, i) => {
    const seen = first.get(correction.fact)
    if (seen === undefined) first.set(correction.fact, correction.id)
    else {
      issues.push(issue(['corrections', i, 'fact'], 'double_correction', 'a fact no other correction names', correction.fact,
        `"${correction.fact}" is corrected by "${seen}" and again by "${correction.id}"`))
    }
    const replacement = correction.replacement
    if (replacement !== undefined) {
      const [was, is] = [kindOf.get(correction.fact), kindOf.get(replacement)]
      if (replacement === correction.fact) {
        issues.push(issue(['corrections', i, 'replacement'], 'self_correction', `a fact other than "${correction.fact}"`, replacement,
          `"${correction.id}" replaces "${correction.fact}" by itself`))
      } else if (was !== undefined && is !== undefined && was !== is) {
        issues.push(issue(['corrections', i, 'replacement'], 'replacement_kind_mismatch', `a ${was}`, replacement,
          `"${correction.id}" replaces the ${was} "${correction.fact}" by the ${is} "${replacement}"`))
      }
      if (replacement !== correction.fact && !replacedBy.has(correction.fact)) replacedBy.set(correction.fact, replacement)
    }
    const fact = times.get(correction.fact)
    if (correction.at !== undefined && fact !== undefined && coverageOf(correction.at).end <= coverageOf(fact.value).start) {
      issues.push(issue(['corrections', i, 'at'], 'correction_before_fact', `a date no earlier than ${fact.value}`, correction.at,
        `"${correction.id}" (${correction.at}) corrects "${correction.fact}", which is dated later (${fact.value})`))
    }
  })
  // A chain of replacements that comes back on itself: reported once, at the correction that closes the loop.
  const done = new Set<string>()
  for (const start of replacedBy.keys()) {
    const path: string[] = []
    let at: string | undefined = start
    while (at !== undefined && !done.has(at) && !path.includes(at)) {
      path.push(at)
      at = replacedBy.get(at)
    }
    if (at !== undefined && path.includes(at)) {
      const last = path[path.length - 1]!
      const i = corrections.findIndex((correction) => correction.fact === last && correction.replacement === at)
      const loop = [...path.slice(path.indexOf(at)), at]
      issues.push(issue(['corrections', i, 'replacement'], 'self_correction', 'a chain of replacements that ends', at,
        `"${last}" is replaced by "${at}", which leads back to it (${loop.join(' → ')})`))
    }
    for (const id of path) done.add(id)
  }
}
