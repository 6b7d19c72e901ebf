import { createBackup, type Backup } from '../../domain/formats/backup-file.ts'
import { readStoredAssessment } from '../../store/assessment-store.ts'
import { readPlans } from '../../store/plan-store.ts'
import { readSnapshots } from '../../store/snapshot-store.ts'
import { readTeamSnapshots } from '../../store/team-snapshot-store.ts'
import { readTeamSession } from '../../store/team-store.ts'
import { EXPORT_VERSIONS } from '../../browser/export-files.ts'

/**
 * Everything this browser keeps, as one backup: the one list of what a backup holds, for the backup panel and for
 * the backup offered before "Clear this device".
 */
export function currentBackup(): Backup {
  return createBackup(
    {
      selfCheck: readStoredAssessment(),
      team: readTeamSession(),
      snapshots: readSnapshots(),
      plans: readPlans(),
      teamSnapshots: readTeamSnapshots(),
    },
    EXPORT_VERSIONS,
    new Date(),
  )
}
