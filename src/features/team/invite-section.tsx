import { buildJoinLink } from '../../domain/routes/route-table.ts'
import { QrCode } from './qr-code.tsx'

export function InviteSection({ sessionName }: { sessionName: string }) {
  const link = buildJoinLink(window.location.href, sessionName)
  return (
    <section aria-labelledby="invite-heading" className="invite">
      <h2 id="invite-heading">Invite participants</h2>
      <p className="cell-text">
        Participants open this link on their phones, answer the self-check, and send you their share link.
        {sessionName.trim() !== '' && (
          <>
            {' '}
            The link names the session <bdi>&ldquo;{sessionName.trim()}&rdquo;</bdi>.
          </>
        )}
      </p>
      <QrCode text={link} label={`QR code for ${link}`} />
      <p className="cell-text">
        <a href={link}>{link}</a>
      </p>
    </section>
  )
}
