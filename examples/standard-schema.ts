// Use a model codec through the Standard Schema interface, as tRPC, Hono or TanStack Form do.
import { Meeting, standardSchema, IsoDate } from 'news-codecs'

const result = Meeting['~standard'].validate({
  id: 'meeting:1',
  participants: ['person:ana-silva'],
  channel: 'face-to-face',
  evidence: [],
})
if (!(result instanceof Promise) && result.issues !== undefined) {
  for (const issue of result.issues) console.log(`${JSON.stringify(issue.path)}: ${issue.message}`)
}

const date = standardSchema(IsoDate)['~standard'].validate('2024-02-29')
if (!(date instanceof Promise) && date.issues === undefined) console.log(`date ok: ${date.value}`)
