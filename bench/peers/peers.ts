/**
 * The peer libraries, each with its schemas for the peer models and the call a user would make to
 * validate one record and get its issues: zod's `safeParse`, valibot's `safeParse`, ArkType's call (an
 * `ArkErrors` on failure), Effect Schema's `decodeUnknownEither` (every issue, extra keys an error).
 * typia is not among them: it needs a compile-time transform of the TypeScript build, which tsx does not run.
 */
import { type } from 'arktype'
import { Either, Schema } from 'effect'
import * as valibot from 'valibot'
import * as arktypeModels from './arktype.js'
import * as effectModels from './effect.js'
import type { PeerModel } from './records.js'
import * as valibotModels from './valibot.js'
import * as zodModels from './zod.js'

/** One validation, its result kept so the work cannot be skipped, and whether the record passed. */
export type Check = (u: unknown) => boolean

export const PEERS = ['zod', 'valibot', 'arktype', 'effect'] as const
export type Peer = (typeof PEERS)[number]

export const VERSIONS: Record<Peer, string> = { zod: '4', valibot: '1', arktype: '2', effect: '3' }

const effectCheck = (schema: Schema.Schema<unknown, unknown>): Check => {
  const decode = Schema.decodeUnknownEither(schema, { errors: 'all', onExcessProperty: 'error' })
  return (u) => Either.isRight(decode(u))
}

export const peerChecks: Record<Peer, Record<PeerModel, Check>> = {
  zod: {
    Person: (u) => zodModels.Person.safeParse(u).success,
    Meeting: (u) => zodModels.Meeting.safeParse(u).success,
    Statement: (u) => zodModels.Statement.safeParse(u).success,
    Evidence: (u) => zodModels.Evidence.safeParse(u).success,
  },
  valibot: {
    Person: (u) => valibot.safeParse(valibotModels.Person, u).success,
    Meeting: (u) => valibot.safeParse(valibotModels.Meeting, u).success,
    Statement: (u) => valibot.safeParse(valibotModels.Statement, u).success,
    Evidence: (u) => valibot.safeParse(valibotModels.Evidence, u).success,
  },
  arktype: {
    Person: (u) => !(arktypeModels.Person(u) instanceof type.errors),
    Meeting: (u) => !(arktypeModels.Meeting(u) instanceof type.errors),
    Statement: (u) => !(arktypeModels.Statement(u) instanceof type.errors),
    Evidence: (u) => !(arktypeModels.Evidence(u) instanceof type.errors),
  },
  effect: {
    Person: effectCheck(effectModels.Person as unknown as Schema.Schema<unknown, unknown>),
    Meeting: effectCheck(effectModels.Meeting as unknown as Schema.Schema<unknown, unknown>),
    Statement: effectCheck(effectModels.Statement as unknown as Schema.Schema<unknown, unknown>),
    Evidence: effectCheck(effectModels.Evidence as unknown as Schema.Schema<unknown, unknown>),
  },
}
