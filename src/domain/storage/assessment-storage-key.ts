import { STORAGE_KEY_PREFIX } from '../formats/device-data.ts'

/**
 * The key of the self-check, in a module of its own: the start page, and the prerendered page's script, ask whether
 * it exists before the assessment store is loaded, which stays out of the start page's first load.
 */
export const ASSESSMENT_STORAGE_KEY = `${STORAGE_KEY_PREFIX}self-check`
