/**
 * Unions tagged by a literal discriminant that decode only the branch the tag names.
 *
 * io-ts's `t.union` reports a failure per branch when none matches; here a bad tag is one issue and a good
 * tag hands the value to its branch alone, so every issue speaks of the variant the data claims to be.
 *
 * @module
 */
import * as t from 'io-ts'
import { codedFailure, describeValue } from './Issue.js'
import type { StandardProps } from './StandardSchema.js'
import { standardProps } from './StandardSchema.js'
import { hasKey, isRecord } from './internal/objects.js'

/**
 * The codec class behind {@link taggedUnion}; `tag` and `members` are public for tools that walk the model.
 *
 * @example
 * import { Actor, TaggedUnionType } from 'news-codecs'
 *
 * Actor instanceof TaggedUnionType //=> true
 * Actor.tag //=> 'kind'
 * Object.keys(Actor.members) //=> ['person', 'state', 'organization', 'group', 'anonymous']
 *
 * @category model
 * @since 0.1.0
 */
export class TaggedUnionType<Tag extends string, M extends Readonly<Record<string, t.Mixed>>> extends t.Type<
  t.TypeOf<M[keyof M]>,
  t.OutputOf<M[keyof M]>,
  unknown
> {
  readonly _tag = 'TaggedUnionType' as const
  /** Standard Schema v1 and Standard JSON Schema v1, so the codec plugs into any library that accepts one (tRPC, Hono, TanStack Form, OpenAPI and AI tool tooling...). */
  readonly '~standard': StandardProps<t.OutputOf<M[keyof M]>, t.TypeOf<M[keyof M]>> = standardProps(this)
  constructor(
    name: string,
    readonly tag: Tag,
    readonly members: M,
  ) {
    const byTag = new Map<string, t.Mixed>(Object.entries(members))
    const expected = [...byTag.keys()].map((k) => JSON.stringify(k)).join(' | ')
    const memberOf = (u: unknown): t.Mixed | undefined => {
      if (!isRecord(u)) return undefined
      const value = (u as Record<string, unknown>)[tag]
      return typeof value === 'string' && hasKey(u, tag) ? byTag.get(value) : undefined
    }
    super(
      name,
      (u): u is t.TypeOf<M[keyof M]> => memberOf(u)?.is(u) ?? false,
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c)
        const member = memberOf(u)
        if (member !== undefined) return member.validate(u, c)
        const value = (u as Record<string, unknown>)[tag]
        const ctx = t.appendContext(c, tag, t.never, value)
        return hasKey(u, tag)
          ? t.failures(codedFailure(value, ctx, 'invalid_tag', `unknown ${tag} ${describeValue(value)}: expected one of ${expected}`, expected))
          : t.failures(codedFailure(undefined, ctx, 'missing', `missing required key "${tag}" (one of ${expected})`, expected))
      },
      (a) => {
        const member = memberOf(a)
        return member === undefined ? a : member.encode(a)
      },
    )
  }
}

/**
 * A union of struct codecs told apart by the string at key `tag`.
 *
 * @example
 * import * as t from 'io-ts'
 * import { struct, taggedUnion } from 'news-codecs'
 *
 * const Shape = taggedUnion('Shape', 'kind', {
 *   circle: struct('Circle', { kind: t.literal('circle'), r: t.number }),
 *   square: struct('Square', { kind: t.literal('square'), side: t.number }),
 * })
 * Shape.is({ kind: 'circle', r: 1 }) //=> true
 * Shape.is({ kind: 'circle', side: 1 }) //=> false
 *
 * @category constructors
 * @since 0.1.0
 */
export const taggedUnion = <Tag extends string, M extends Readonly<Record<string, t.Mixed>>>(
  name: string,
  tag: Tag,
  members: M,
): TaggedUnionType<Tag, M> => new TaggedUnionType(name, tag, members)
