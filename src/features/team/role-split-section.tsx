import { useMemo } from 'react'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { ROLE_LABELS } from '../../domain/formats/profile.ts'
import type { Response } from '../../domain/formats/response.ts'
import { describeRoleGroupMinimum, splitByRole } from '../../domain/team/role-split.ts'
import { formatScore } from '../../components/radar-description.ts'
import { TableScroll } from '../../components/table-scroll.tsx'

export function RoleSplitSection({ responses }: { responses: readonly Response[] }) {
  const split = useMemo(() => splitByRole(responses, QUESTION_BANK), [responses])
  if (split.groups.length === 0 && split.hidden.length === 0) return null
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">By role</h2>
      {split.groups.length > 0 && (
        <TableScroll label="Median pillar score by role">
          <table>
            <caption>Median pillar score by role</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                {PILLARS.map((pillar) => (
                  <th scope="col" key={pillar}>
                    {PILLAR_LABELS[pillar]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {split.groups.map((group) => (
                <tr key={group.role}>
                  <th scope="row">
                    {ROLE_LABELS[group.role]} ({group.count})
                  </th>
                  {PILLARS.map((pillar) => {
                    const median = group.pillars[pillar].median
                    return <td key={pillar}>{median === undefined ? '-' : formatScore(median)}</td>
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {split.hidden.length > 0 && (
        <p className="note">
          Not shown, to protect anonymity ({describeRoleGroupMinimum()}):{' '}
          {split.hidden.map((entry) => `${ROLE_LABELS[entry.role]} (${entry.count})`).join(', ')}.
        </p>
      )}
    </section>
  )
}
