import { getResponseKey, respondentName, ROLE_LABELS } from '../../domain/formats/response.ts'
import { useTeamActions, useTeamResponses } from '../../store/team-store.ts'
import { TableScroll } from '../../components/table-scroll.tsx'

export function ResponsesSection() {
  const responses = useTeamResponses()
  const { responseRemoved } = useTeamActions()
  return (
    <section aria-labelledby="responses-heading">
      <h2 id="responses-heading">Responses ({responses.length})</h2>
      {responses.length === 0 ? (
        <p>No responses yet. Add share links or response files above.</p>
      ) : (
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
              {responses.map((response, index) => {
                const name = respondentName(response, index)
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
                        onClick={() => responseRemoved(response)}
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
      )}
    </section>
  )
}
