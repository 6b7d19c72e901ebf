import { PILLAR_LABELS, PILLARS } from '../domain/bank/pillars.ts'
import type { RoleRow } from '../domain/plan/present-slides.ts'

export const ROLE_MEDIANS_CAPTION = 'Median pillar score by role'

/** Each role's median per pillar, "-" where too few of the role scored it: the team page's and the role slide's. */
export function RoleMediansTable({
  rows,
  className,
  captionHidden = false,
}: {
  rows: readonly RoleRow[]
  className?: string
  /** On a slide the heading says it already. */
  captionHidden?: boolean
}) {
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{ROLE_MEDIANS_CAPTION}</caption>
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
        {rows.map((row) => (
          <tr key={row.role}>
            <th scope="row">
              {row.role} ({row.count})
            </th>
            {row.medians.map((median, index) => (
              <td key={PILLARS[index]}>{median ?? '-'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
