import { formatPath, validateGraphReport } from 'news-codecs'

/** A graph's errors and warnings as `[path, code]` pairs, as the graph-rule tests compare them. */
export const codes = (input: unknown) => {
  const { result, warnings } = validateGraphReport(input)
  return {
    errors: result._tag === 'Left' ? result.left.map((i) => [formatPath(i.path), i.code]) : [],
    warnings: warnings.map((i) => [formatPath(i.path), i.code]),
  }
}
