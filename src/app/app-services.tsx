import { useEffect } from 'react'
import { followOtherTabs } from '../store/assessment-store.ts'
import { SetAsideNotice } from '../features/storage/set-aside-notice.tsx'
import { StorageNotices } from '../features/storage/storage-notices.tsx'

/** What every screen but the start page needs: other tabs kept in step, storage problems and set-aside answers told. */
export function AppServices() {
  useEffect(() => followOtherTabs(), [])
  return (
    <>
      <StorageNotices />
      <SetAsideNotice />
    </>
  )
}
