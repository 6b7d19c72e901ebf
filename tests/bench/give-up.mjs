/** How long the bench waits for one thing before it gives up and says what did not happen. */
const GIVE_UP_MS = 60_000

/** `promise`, or an error naming `what` once GIVE_UP_MS have passed; the timer does not keep Node waiting. */
export function withTimeout(promise, what) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
