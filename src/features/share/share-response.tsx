import { useEffect, useId, useMemo, useState } from 'react'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { bankForDepth } from '../../domain/bank/check-depth.ts'
import { createOwnResponse } from '../../domain/formats/own-response.ts'
import { serializeResponseFile } from '../../domain/formats/response.ts'
import { MAX_ALIAS_LENGTH, ROLE_LABELS, ROLES, type Role } from '../../domain/formats/profile.ts'
import { buildShareLink, encodeShareCode } from '../../domain/formats/share-code.ts'
import {
  useAnsweredAt,
  useAnswers,
  useAssessmentActions,
  useCheckDepth,
  useDoraAnswers,
  useLiveInvitation,
  useProfile,
} from '../../store/assessment-store.ts'
import { downloadFile } from '../../browser/download.ts'
import { LiveSend } from './live-send.tsx'

/** Who can see a share link, said where it is copied. */
const SHARE_LINK_PRIVACY =
  'Anyone who has this link can see your answers: send it to your facilitator directly rather than posting it to a group.'

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value)

/** How long a button says what it did ("Copied") before it reads as a button again. */
const DONE_SHOWN_MS = 3000

/**
 * What a button just did, for it to say on itself for a few seconds: on a phone the status line below the card is
 * out of sight, under the keyboard or the fold.
 */
function useDoneFor<Done extends string>(): [Done | undefined, (done: Done) => void] {
  const [done, setDone] = useState<{ what: Done } | undefined>(undefined)
  useEffect(() => {
    if (done === undefined) return
    const timer = setTimeout(() => setDone(undefined), DONE_SHOWN_MS)
    return () => clearTimeout(timer)
  }, [done])
  return [
    done?.what, // A new object each time, so a second copy keeps the word up for its own few seconds.
    (what) => setDone({ what }),
  ]
}

/**
 * Lets a person hand their answers to a facilitator: as a link for chat, or as a file. Invited to a session, it
 * names the session and sits at the top of the results. Its first button is the one that sends: the share sheet
 * where the browser has one (a phone), copying the link elsewhere.
 */
export function ShareResponse({ invitation }: { invitation?: string | undefined }) {
  const answers = useAnswers()
  const dora = useDoraAnswers()
  const answeredAt = useAnsweredAt()
  const profile = useProfile()
  const depth = useCheckDepth()
  const { profileChanged } = useAssessmentActions()
  const [status, setStatus] = useState('')
  const [done, showDone] = useDoneFor<'copied' | 'sent'>()
  const ids = { alias: useId(), role: useId(), link: useId() }

  const response = useMemo(
    () => createOwnResponse({ answers, dora, answeredAt }, bankForDepth(QUESTION_BANK, depth), profile),
    [answers, dora, answeredAt, profile, depth],
  )
  const shareCode = useMemo(() => encodeShareCode(response, QUESTION_BANK), [response])
  const link = useMemo(() => buildShareLink(window.location.href, shareCode), [shareCode])
  const live = useLiveInvitation()

  const canShare = typeof navigator.share === 'function'
  const sendLink = async () => {
    try {
      await navigator.share({ title: 'My CALMS Radar answers', url: link })
      setStatus('Share link sent.')
      showDone('sent')
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return
      setStatus('Your device could not open its share sheet: copy the link instead.')
    }
  }

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setStatus('Share link copied. Paste it to your facilitator.')
      showDone('copied')
    } catch {
      setStatus('Your browser did not allow copying: select the link below and copy it yourself.')
    }
  }

  return (
    <section aria-labelledby="share-heading" className={invitation === undefined ? undefined : 'invited'}>
      <h2 id="share-heading">
        {invitation === undefined ? (
          'Share your answers with your team'
        ) : (
          <>
            Send your answers to <bdi>{invitation}</bdi>
          </>
        )}
      </h2>
      {live === undefined ? (
        <p>
          A link or file carries your answers, and the name and role below if you give them; nothing else
          about you. Nothing is sent anywhere: you choose whom to give it to.
        </p>
      ) : (
        <LiveSend live={live} shareCode={shareCode} sessionName={invitation ?? ''} />
      )}
      <div className="form-row">
        <label htmlFor={ids.alias}>Name or alias (optional)</label>
        <input
          id={ids.alias}
          type="text"
          maxLength={MAX_ALIAS_LENGTH}
          autoComplete="off"
          value={profile.alias}
          onChange={(event) => profileChanged({ ...profile, alias: event.target.value })}
        />
      </div>
      <div className="form-row">
        <label htmlFor={ids.role}>Role (optional)</label>
        <select
          id={ids.role}
          value={profile.role}
          onChange={(event) => {
            const role = event.target.value
            profileChanged({ ...profile, role: isRole(role) ? role : '' })
          }}
        >
          <option value="">Prefer not to say</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        {canShare && (
          <button
            type="button"
            className={`button${live === undefined ? ' primary' : ''}`}
            onClick={() => void sendLink()}
          >
            {done === 'sent' ? 'Sent' : 'Send to facilitator'}
          </button>
        )}
        <button
          type="button"
          className={`button${canShare || live !== undefined ? '' : ' primary'}`}
          onClick={() => void copyLink()}
        >
          {done === 'copied' ? 'Copied' : 'Copy share link'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(
              serializeResponseFile(response, __APP_VERSION__),
              `calms-radar-response-${response.createdAt.slice(0, 10)}.json`,
              'application/json',
            )
          }
        >
          Download response
        </button>
      </div>
      <p className="note">{SHARE_LINK_PRIVACY}</p>
      <p role="status" className="status">
        {status}
      </p>
      <div className="form-row">
        <label htmlFor={ids.link}>Your share link</label>
        <input id={ids.link} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
      </div>
    </section>
  )
}
