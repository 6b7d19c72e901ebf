import { useEffect } from 'react'
import { followOtherTabs } from '../store/assessment-store.ts'
import { StorageNotices } from '../features/storage/storage-notices.tsx'

/** What every screen but the start page needs: other tabs kept in step, and storage problems told. */
export function AppServices() {
  useEffect(() => followOtherTabs(), [])
  return <StorageNotices />
}
