import { STORAGE_KEY_PREFIX } from '../domain/formats/device-data.ts'

/**
 * The key of the self-check, in a module of its own: the start page asks whether it exists before it loads the
 * assessment store, which stays out of the start page's first load.
 */
export const ASSESSMENT_STORAGE_KEY = `${STORAGE_KEY_PREFIX}self-check`
