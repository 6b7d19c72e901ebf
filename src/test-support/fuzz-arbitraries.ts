/*
 * Hostile input for the fuzz tests: arbitrary text, arbitrary JSON, and valid inputs damaged at random (characters
 * replaced, deleted, inserted, text cut short; JSON fields replaced by arbitrary JSON or removed).
 */
import fc from 'fast-check'

export const HOSTILE_ALIASES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"; DROP TABLE x; --',
  '{{constructor.constructor}}',
  'שלום 🦊 مرحبا 👩🏽‍💻 Ana',
  '\u202Eevil\u202C',
  'Zoë',
] as const

/** Arbitrary text: any UTF-16 (lone surrogates too), and short printable text that looks more like input. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 40 }))
export const anyJsonText = fc.json({ maxDepth: 4 })

// ---------------------------------------------------------------------------------------------------------------
// Damage: character edits on text.

export const CODE_CHARACTERS = 'ABCQgwxyz019-_.~'.split('')
const JSON_CHARACTERS = ['{', '}', '[', ']', '"', ':', ',', '0', '-', '1', 'e', '.', 't', 'n', ' ', '\\']

/** One UTF-16 unit or a short run: characters a code or a JSON file is made of, and anything else. */
const insertion = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...CODE_CHARACTERS, ...JSON_CHARACTERS),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 3,
})

interface Edit {
  kind: 'replace' | 'delete' | 'insert' | 'truncate'
  at: number
  text: string
}

const editsArbitrary: fc.Arbitrary<Edit[]> = fc.array(
  fc.record({
    kind: fc.constantFrom<Edit['kind']>('replace', 'delete', 'insert', 'truncate'),
    at: fc.nat(),
    text: insertion,
  }),
  { minLength: 1, maxLength: 4 },
)

function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce((current, edit) => {
    const at = edit.at % (current.length + 1)
    switch (edit.kind) {
      case 'replace':
        return current.slice(0, at) + edit.text + current.slice(at + edit.text.length)
      case 'delete':
        return current.slice(0, at) + current.slice(at + edit.text.length)
      case 'insert':
        return current.slice(0, at) + edit.text + current.slice(at)
      case 'truncate':
        return current.slice(0, at)
    }
  }, text)
}

export const damagedText = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(valid, editsArbitrary).map(([text, edits]) => applyEdits(text, edits))

// ---------------------------------------------------------------------------------------------------------------
// Damage: field replacement on JSON.

type JsonPath = (string | number)[]

interface JsonNode {
  path: JsonPath
  node: unknown
}

/**
 * Every node below the root with its path, each before the nodes inside it, so the damage can land anywhere from
 * a top-level field to one answer. One walk, with no path built twice: a backup has hundreds of nodes.
 */
export function jsonNodes(value: unknown): JsonNode[] {
  const nodes: JsonNode[] = []
  const visit = (parent: unknown, prefix: JsonPath) => {
    const children: Iterable<[string | number, unknown]> = Array.isArray(parent)
      ? parent.entries()
      : typeof parent === 'object' && parent !== null
        ? Object.entries(parent)
        : []
    for (const [key, node] of children) {
      const path = [...prefix, key]
      nodes.push({ path, node })
      visit(node, path)
    }
  }
  visit(value, [])
  return nodes
}

/** A copy with the node at `path` replaced, or removed when `replacement` is undefined. */
function withNode(value: unknown, path: JsonPath, replacement: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(value)) {
    const copy: unknown[] = value.slice()
    if (rest.length === 0 && replacement === undefined) copy.splice(Number(head), 1)
    else copy[Number(head)] = withNode(copy[Number(head)], rest, replacement)
    return copy
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...value }
    const key = String(head)
    if (rest.length === 0 && replacement === undefined) Reflect.deleteProperty(copy, key)
    else copy[key] = withNode(copy[key], rest, replacement)
    return copy
  }
  return value
}

/** A valid JSON value with one to three fields replaced by arbitrary JSON or removed. */
export const damagedJsonValue = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined })), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([value, changes]) =>
      changes.reduce((current, [pick, replacement]) => {
        const nodes = jsonNodes(current)
        const picked = nodes[pick % Math.max(nodes.length, 1)]
        return picked === undefined ? current : withNode(current, picked.path, replacement)
      }, value),
    )

export const damagedJson = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  damagedJsonValue(valid).map((value) => JSON.stringify(value))
