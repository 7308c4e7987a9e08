import type { TargetConfig } from '../../config/targetConfig.ts';
import type { HandshakeOutcome } from '../../transport/handshakeOutcome.ts';

// The alerts a TLS server sends about the certificate the client presented (RFC 8446, 6.2).
const CERTIFICATE_ALERTS: ReadonlySet<string> = new Set([
  'bad_certificate',
  'unsupported_certificate',
  'certificate_revoked',
  'certificate_expired',
  'certificate_unknown',
  'unknown_ca',
  'access_denied',
]);

/**
 * What shows how a target treated the client certificate: a bare TLS handshake, or the page a
 * TLS-terminating proxy answers instead of the API (nginx's 400 `No required SSL certificate was sent`).
 */
export type CertificateEvidence = HandshakeOutcome | { readonly kind: 'refusal page'; readonly page: string };

interface Situation {
  readonly outcome: CertificateEvidence;
  readonly target: TargetConfig;
  readonly role: string;
}

const alertOf = (s: Situation) => (s.outcome.kind === 'alert' ? s.outcome.alert : undefined);
const pageOf = (s: Situation) => JSON.stringify(s.outcome.kind === 'refusal page' ? s.outcome.page : '');

// What a handshake says about the client certificate; the first matching entry explains it.
const REFUSALS: ReadonlyArray<{ readonly when: (s: Situation) => boolean; readonly say: (s: Situation) => string }> = [
  {
    when: (s) => s.target.clientCertificate === undefined && s.outcome.kind === 'refusal page',
    say: (s) => `${s.role} ${s.target.baseUrl} answered 400 ${pageOf(s)}: it is behind mutual TLS and no client certificate was presented: ${toSet(s)}.`,
  },
  {
    when: (s) => s.outcome.kind === 'refusal page',
    say: (s) =>
      `${s.role} ${s.target.baseUrl} answered 400 ${pageOf(s)} to the client certificate ${presented(s)}: present one it accepts (issued by a CA it trusts, still valid, meant for this target).`,
  },
  {
    when: (s) => s.target.clientCertificate === undefined && alertOf(s) === 'certificate_required',
    say: (s) => `${s.role} ${s.target.baseUrl} requires a client certificate (TLS alert certificate_required) and none was presented: ${toSet(s)}.`,
  },
  {
    when: (s) => s.target.clientCertificate === undefined && alertOf(s) === 'handshake_failure',
    say: (s) =>
      `${s.role} ${s.target.baseUrl} refused the TLS handshake (alert handshake_failure) and no client certificate was presented; a server behind mutual TLS refuses TLS 1.2 handshakes so: ${toSet(s)}.`,
  },
  {
    when: (s) => s.target.clientCertificate !== undefined && CERTIFICATE_ALERTS.has(alertOf(s) ?? ''),
    say: (s) =>
      `${s.role} ${s.target.baseUrl} refused the client certificate ${presented(s)} (TLS alert ${alertOf(s)}): present one it accepts (issued by a CA it trusts, still valid, meant for this target).`,
  },
  {
    when: (s) => s.target.clientCertificate !== undefined && s.outcome.kind === 'closed',
    say: (s) =>
      `${s.role} ${s.target.baseUrl} closed the connection, without an answer, right after a TLS handshake in which the client certificate ${presented(s)} was presented: it most likely refused it; check that it was issued by a CA the target trusts and is still valid.`,
  },
];

/**
 * Why a target refused this client at the TLS handshake, as one sentence saying what to set or
 * replace, when the handshake proves it was about the client certificate; undefined otherwise.
 */
export function certificateRefusal(outcome: CertificateEvidence, target: TargetConfig, role: string): string | undefined {
  const situation = { outcome, target, role };
  return REFUSALS.find((r) => r.when(situation))?.say(situation);
}

function toSet(s: Situation): string {
  const { cert, key } = s.target.clientCertificateSettings;
  return `set ${cert.variable} and ${key.variable} (${cert.flag}, ${key.flag}) to a certificate it accepts and its key`;
}

function presented(s: Situation): string {
  const certificate = s.target.clientCertificate!;
  return `${certificate.settings.cert.variable}=${certificate.certPath} (${certificate.subject})`;
}
