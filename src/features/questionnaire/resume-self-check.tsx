import { useEffect } from 'react'
import { navigate } from '../../browser/hash-route.ts'
import { routes } from '../../domain/routes/route-table.ts'
import { useLastStep } from '../../store/assessment-store.ts'

/** "Start self-check" lands here and goes on at the step where the person left, with every answer in place. */
export function ResumeSelfCheck() {
  const lastStep = useLastStep()
  useEffect(() => {
    navigate(routes.step(lastStep), { replace: true })
  }, [lastStep])
  return <p className="loading">Opening your self-check&hellip;</p>
}
