import { useId, useMemo, useState } from 'react'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../../domain/dora/dora-metrics.ts'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { getResponseKey, ROLE_LABELS } from '../../domain/formats/response.ts'
import { MAX_SESSION_NAME_LENGTH } from '../../domain/formats/stored-team-session.ts'
import {
  aggregateTeam,
  findDisagreements,
  MIN_ROLE_GROUP_SIZE,
  splitByRole,
  type TeamAggregate,
} from '../../domain/team/team-aggregation.ts'
import { useSessionName, useTeamActions, useTeamResponses } from '../../store/team-store.ts'
import { buildJoinLink } from '../../browser/hash-route.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { NO_SCORE_TEXT } from '../../components/score-radar.tsx'
import { PrintHeader } from '../../components/print-header.tsx'
import { SurveyImport } from './survey-import.tsx'
import { TeamExportPanel } from '../exports/team-export-panel.tsx'
import { AddResponses } from './add-responses.tsx'
import { QrCode } from './qr-code.tsx'
import { TeamRadar } from './team-radar.tsx'
import { TableScroll } from '../../components/table-scroll.tsx'

const questionsById = new Map(QUESTION_BANK.questions.map((question) => [question.id, question]))
const round = (value: number) => String(Math.round(value))

export function TeamPage() {
  const responses = useTeamResponses()
  const sessionName = useSessionName()
  const { sessionRenamed, responseRemoved } = useTeamActions()
  const [spreadConfirmed, setSpreadConfirmed] = useState(false)
  const sessionId = useId()

  const aggregate = useMemo(() => aggregateTeam(responses, QUESTION_BANK), [responses])
  const showSpread = responses.length >= MIN_ROLE_GROUP_SIZE || spreadConfirmed

  return (
    <section aria-labelledby="team-heading" className="team">
      <PrintHeader title="CALMS Radar team report" sessionName={sessionName} />
      <PageHeading id="team-heading">Team</PageHeading>
      <p className="lead">
        Combine everyone&rsquo;s answers without a server: each person copies their share link or downloads
        their response from their results page, and you add them here. Everything stays in this browser.
      </p>
      <div className="form-row">
        <label htmlFor={sessionId}>Session name</label>
        <input
          id={sessionId}
          type="text"
          maxLength={MAX_SESSION_NAME_LENGTH}
          placeholder="e.g. Payments team, retro 2026-11"
          value={sessionName}
          onChange={(event) => sessionRenamed(event.target.value)}
        />
      </div>

      <Invite sessionName={sessionName} />
      <AddResponses />
      <SurveyImport />

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
                  const name = response.alias ?? `Respondent ${index + 1}`
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

      {responses.length > 0 && (
        <>
          {!showSpread && (
            <div role="note" className="notice warning">
              <p>
                With fewer than three responses, the spread between answers can show who answered what. The
                team radar and table show the median only.
              </p>
              <button type="button" className="button" onClick={() => setSpreadConfirmed(true)}>
                Show the spread anyway
              </button>
            </div>
          )}
          <TeamOverview aggregate={aggregate} showSpread={showSpread} />
          {showSpread && <Disagreements aggregate={aggregate} />}
          <RoleSplit />
          <DoraAcrossTeam aggregate={aggregate} />
        </>
      )}
      <TeamExportPanel />
    </section>
  )
}

function Invite({ sessionName }: { sessionName: string }) {
  const link = buildJoinLink(window.location.href, sessionName)
  return (
    <section aria-labelledby="invite-heading" className="invite">
      <h2 id="invite-heading">Invite participants</h2>
      <p className="cell-text">
        Participants open this link on their phones, answer the self-check, and send you their share link.
        {sessionName.trim() !== '' && (
          <>
            {' '}
            The link names the session <bdi>&ldquo;{sessionName.trim()}&rdquo;</bdi>.
          </>
        )}
      </p>
      <QrCode text={link} label={`QR code for ${link}`} />
      <p className="cell-text">
        <a href={link}>{link}</a>
      </p>
    </section>
  )
}

function TeamOverview({ aggregate, showSpread }: { aggregate: TeamAggregate; showSpread: boolean }) {
  const hidden = 'shown from 3 responses'
  return (
    <section aria-labelledby="team-radar-heading">
      <h2 id="team-radar-heading">Where the team stands</h2>
      <TeamRadar aggregate={aggregate} showSpread={showSpread} />
      <p className="note">
        Solid line with dots: the team median.{' '}
        {showSpread && 'Dashed: the highest person. Dotted: the lowest.'}
      </p>
      <TableScroll label="Team scores by CALMS pillar">
        <table>
          <caption>Team scores by CALMS pillar</caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col">Respondents</th>
              <th scope="col">Median</th>
              <th scope="col">Min</th>
              <th scope="col">Max</th>
              <th scope="col">Disagreement (IQR)</th>
            </tr>
          </thead>
          <tbody>
            {PILLARS.map((pillar) => {
              const { respondents, summary, disagreement } = aggregate.pillars[pillar]
              return (
                <tr key={pillar}>
                  <th scope="row">{PILLAR_LABELS[pillar]}</th>
                  <td>{respondents}</td>
                  <td>{summary ? round(summary.median) : NO_SCORE_TEXT}</td>
                  <td>{summary ? (showSpread ? round(summary.min) : hidden) : '-'}</td>
                  <td>{summary ? (showSpread ? round(summary.max) : hidden) : '-'}</td>
                  <td>
                    {summary && disagreement && showSpread
                      ? `${disagreement} (${round(summary.interquartileRange)})`
                      : '-'}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="note">
        Disagreement is the interquartile range of the people&rsquo;s pillar scores: low under 15 points,
        medium under 30, high from 30.
      </p>
    </section>
  )
}

function Disagreements({ aggregate }: { aggregate: TeamAggregate }) {
  const disagreements = findDisagreements(aggregate, 5)
  return (
    <section aria-labelledby="disagree-heading">
      <h2 id="disagree-heading">Where we disagree</h2>
      {disagreements.length === 0 ? (
        <p>No question has answers far enough apart to list yet.</p>
      ) : (
        <ol className="disagreements">
          {disagreements.map((entry) => {
            const question = questionsById.get(entry.questionId)
            if (!question) return null
            return (
              <li key={entry.questionId}>
                <p className="gap-question">
                  {question.text} <span className="note">({PILLAR_LABELS[entry.pillar]})</span>
                </p>
                <ul>
                  {question.options.map((option, level) => (
                    <li key={option}>
                      {option}: <strong>{entry.levelCounts[level] ?? 0}</strong>
                    </li>
                  ))}
                  <li>
                    Don&rsquo;t know: <strong>{entry.dontKnow}</strong>
                  </li>
                  {question.allowNotApplicable && (
                    <li>
                      Not applicable: <strong>{entry.notApplicable}</strong>
                    </li>
                  )}
                </ul>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

function RoleSplit() {
  const responses = useTeamResponses()
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
                    return <td key={pillar}>{median === undefined ? '-' : round(median)}</td>
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {split.hidden.length > 0 && (
        <p className="note">
          Not shown, to protect anonymity (fewer than {MIN_ROLE_GROUP_SIZE} people):{' '}
          {split.hidden.map((entry) => `${ROLE_LABELS[entry.role]} (${entry.count})`).join(', ')}.
        </p>
      )}
    </section>
  )
}

function DoraAcrossTeam({ aggregate }: { aggregate: TeamAggregate }) {
  return (
    <section aria-labelledby="team-dora-heading">
      <h2 id="team-dora-heading">DORA outcomes across the team</h2>
      <p>
        People often disagree on how often they deploy or how long recovery takes: that is itself a finding.
      </p>
      {DORA_METRICS.map((metric) => {
        const definition = DORA_METRIC_DEFINITIONS[metric]
        const distribution = aggregate.dora[metric]
        return (
          <TableScroll key={metric} label={definition.label}>
            <table>
              <caption>{definition.label}</caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col">People</th>
                </tr>
              </thead>
              <tbody>
                {distribution.bands.map((band) => (
                  <tr key={band.id}>
                    <th scope="row">{definition.bands.find((b) => b.id === band.id)?.label ?? band.id}</th>
                    <td>{band.count}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Don&rsquo;t know</th>
                  <td>{distribution.dontKnow}</td>
                </tr>
                <tr>
                  <th scope="row">Not answered</th>
                  <td>{distribution.unanswered}</td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
        )
      })}
    </section>
  )
}
