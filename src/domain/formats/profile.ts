import { z } from '../common/zod-setup.ts'

/*
 * The only personal data a response may carry: a name and a role, both optional. Apart from the response formats
 * because the saved self-check remembers them too, and the questionnaire should not load every response schema.
 */
export const ROLES = ['developer', 'operations', 'qa', 'product', 'manager', 'other'] as const
export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

export const ROLE_LABELS: Record<Role, string> = {
  developer: 'Developer',
  operations: 'Operations',
  qa: 'QA / testing',
  product: 'Product',
  manager: 'Manager',
  other: 'Other',
}

/**
 * Counted in UTF-16 code units, as an input's maxlength counts them. That also bounds the alias to 120 UTF-8
 * bytes, which keeps the worst-case share link under 300 characters (see share-code.ts).
 */
export const MAX_ALIAS_LENGTH = 40
