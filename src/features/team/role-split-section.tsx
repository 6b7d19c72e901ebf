import { useMemo } from 'react'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { Response } from '../../domain/formats/response.ts'
import { describeHiddenRoles, splitByRole } from '../../domain/team/role-split.ts'
import { describeRoleRows } from '../../domain/plan/present-slides.ts'
import { RoleMediansTable, ROLE_MEDIANS_CAPTION } from '../../components/role-medians-table.tsx'
import { TableScroll } from '../../components/table-scroll.tsx'

export function RoleSplitSection({ responses }: { responses: readonly Response[] }) {
  const split = useMemo(() => splitByRole(responses, QUESTION_BANK), [responses])
  if (split.groups.length === 0 && split.hidden.length === 0) return null
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">By role</h2>
      {split.groups.length > 0 && (
        <TableScroll label={ROLE_MEDIANS_CAPTION}>
          <RoleMediansTable rows={describeRoleRows(split.groups)} />
        </TableScroll>
      )}
      {split.hidden.length > 0 && <p className="note">{describeHiddenRoles(split.hidden)}</p>}
    </section>
  )
}
