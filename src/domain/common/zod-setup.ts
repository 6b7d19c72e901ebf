import { z } from 'zod/mini'

/*
 * Every schema module takes `z` from here (and parse-result.ts imports it too), so this runs before the first
 * schema is built or parsed.
 *
 * jitless: classic zod's object schemas probe `new Function` when built, and the built page's
 * Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval') reports that probe as a violation. zod/mini's
 * objects do not compile, but the setting is global and keeps any schema that does from trying.
 */
z.config({ jitless: true })

/*
 * zod/mini ships without messages ("Invalid input" for everything). The English ones name the key or the allowed
 * values, e.g. `Unrecognized key: "email"`, for about 1 kB gzip.
 */
z.config(z.locales.en())

export { z }
