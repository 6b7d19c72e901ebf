import { useRef, useState } from 'react'
import { getResponseKey, respondentName, type Response } from '../../domain/formats/response.ts'
import { ROLE_LABELS } from '../../domain/formats/profile.ts'
import { respondentNumberAt, type RemovedResponse } from '../../domain/team/team-membership.ts'
import { useRespondentNumbers, useTeamActions, useTeamResponses } from '../../store/team-store.ts'
import { Pager, usePaging } from '../../components/pager.tsx'
import { TableScroll } from '../../components/table-scroll.tsx'

interface Removal {
  removed: RemovedResponse
  /** The name shown when it was removed: its alias or "Respondent N", which Undo gives back. */
  name: string
}

export function ResponsesSection() {
  const responses = useTeamResponses()
  const numbers = useRespondentNumbers()
  const { responseRemoved, responseRestored } = useTeamActions()
  const paging = usePaging(responses.length)
  // Removed responses, latest first, kept until the page is closed so each removal can be undone.
  const [removals, setRemovals] = useState<Removal[]>([])
  // The Remove button that had focus is gone: focus goes to the Undo that stands in for it, once it is there.
  const focusUndo = useRef(false)
  const undoMounted = (button: HTMLButtonElement | null) => {
    if (button === null || !focusUndo.current) return
    focusUndo.current = false
    button.focus()
  }

  const remove = (response: Response, name: string) => {
    const removed = responseRemoved(response)
    if (removed === undefined) return
    const key = getResponseKey(response)
    setRemovals((current) => [
      { removed, name },
      ...current.filter((r) => getResponseKey(r.removed.response) !== key),
    ])
    focusUndo.current = true
  }
  const undo = (removal: Removal) => {
    responseRestored(removal.removed)
    setRemovals((current) => current.filter((r) => r !== removal))
  }

  return (
    <section aria-labelledby="responses-heading">
      <h3 id="responses-heading">Responses ({responses.length})</h3>
      <ul className="removals" aria-live="polite">
        {removals.map((removal, index) => (
          <li key={getResponseKey(removal.removed.response)}>
            Removed <bdi>{removal.name}</bdi>.{' '}
            <button
              type="button"
              className="button small"
              ref={index === 0 ? undoMounted : undefined}
              aria-label={`Undo removing ${removal.name}`}
              onClick={() => undo(removal)}
            >
              Undo
            </button>
          </li>
        ))}
      </ul>
      {responses.length === 0 ? (
        <p>No responses yet. Add share links or response files above.</p>
      ) : (
        <>
          <Pager paging={paging} noun="responses" />
          <TableScroll label="Responses in this team view">
            <table>
              <caption>Responses in this team view</caption>
              <thead>
                <tr>
                  <th scope="col">Respondent</th>
                  <th scope="col">Role</th>
                  <th scope="col">Answered on</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {responses.slice(paging.start, paging.end).map((response, onPage) => {
                  const name = respondentName(response, respondentNumberAt(numbers, paging.start + onPage))
                  return (
                    <tr key={getResponseKey(response)}>
                      <th scope="row" className="cell-text">
                        <bdi>{name}</bdi>
                      </th>
                      <td>{response.role ? ROLE_LABELS[response.role] : 'not given'}</td>
                      <td>{response.createdAt.slice(0, 10)}</td>
                      <td>
                        <button
                          type="button"
                          className="button small"
                          aria-label={`Remove ${name}`}
                          onClick={() => remove(response, name)}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  )
}
