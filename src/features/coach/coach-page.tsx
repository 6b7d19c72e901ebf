import { getBank } from '../../domain/bank/bank-registry.ts'
import { buildDepartmentPicture } from '../../domain/coach/department.ts'
import { departmentCsv, departmentMarkdown } from '../../domain/coach/department-exports.ts'
import { MAX_COACH_TEAMS } from '../../domain/coach/coach-teams.ts'
import { useCoachActions, useCoachTeams } from '../../store/coach-store.ts'
import { PageHeading } from '../../components/page-heading.tsx'
import { AddTeamFiles } from './add-team-files.tsx'
import { CoachExports } from './coach-exports.tsx'
import { DepartmentOverview } from './department-overview.tsx'
import { TeamSmallMultiples } from './team-small-multiples.tsx'
import { useDepartmentPicture } from './use-department-picture.ts'

/**
 * A coach's view across teams: each team's file added here, one small radar per team and the department's picture.
 * No team is ranked: teams are in alphabetical order, the department's figures name none, and nothing adds a team
 * up into one score.
 */
export function CoachPage() {
  const teams = useCoachTeams()
  const { teamFilesAdded, coachTeamRemoved } = useCoachActions()
  // The outcomes show at once; the radars and the department follow once worked out, in slices.
  const picture = useDepartmentPicture(teams)

  return (
    <section aria-labelledby="coach-heading" className="coach">
      <PageHeading id="coach-heading">Coach</PageHeading>
      <p className="lead">
        Look across the teams you coach, from the team files they send you. Names of people never reach this
        page, and everything stays in this browser. Up to {MAX_COACH_TEAMS} teams.
      </p>
      <AddTeamFiles onFiles={teamFilesAdded} />
      {teams.length > 0 && picture === undefined && (
        <p role="status" className="status">
          Working out the teams&rsquo; figures&hellip;
        </p>
      )}
      {picture !== undefined && picture.teams.length > 0 && (
        <>
          <TeamSmallMultiples teams={picture.teams} onRemove={coachTeamRemoved} />
          <DepartmentOverview picture={picture} />
          <CoachExports
            csv={() => departmentCsv(teams, getBank)}
            // Of the teams of now, even in the moment before the page's picture catches up with them.
            markdown={(date) => departmentMarkdown(buildDepartmentPicture(teams, getBank), date)}
          />
        </>
      )}
    </section>
  )
}
