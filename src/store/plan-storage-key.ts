import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'

/**
 * The key of the targets and plans, in a module of its own: the start page asks whether it exists before it loads
 * the plan store, which stays out of the start page's first load.
 */
export const PLANS_STORAGE_KEY = `${STORAGE_KEY_PREFIX}plans`
