// A certificate for the bench's HTTPS server on 127.0.0.1, made for each run and thrown away with it.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const OPENSSL_ARGS = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1']

/**
 * A self-signed key and certificate for 127.0.0.1, written into `dir` by the openssl command line: `{ ok: true,
 * tls }`, or `{ ok: false, reason }` when openssl is not there. Only the bench's own Chromium is told to accept it.
 */
export function selfSignedCertificate(dir) {
  const keyPath = join(dir, 'bench-key.pem')
  const certPath = join(dir, 'bench-cert.pem')
  try {
    execFileSync(
      'openssl',
      [...OPENSSL_ARGS, '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyPath, '-out', certPath],
      { stdio: 'ignore' },
    )
    return { ok: true, tls: { key: readFileSync(keyPath), cert: readFileSync(certPath) } }
  } catch (error) {
    return { ok: false, reason: `openssl could not make a certificate (${error.message.split('\n')[0]})` }
  }
}
