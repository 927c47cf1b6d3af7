import { useState } from 'react';
import type { LegalSettings } from '../../../src-shared/domain/legal-settings';
import type { CourtRow } from '../../../src-shared/legal/court-rows';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';

interface CourtAddressesCardProps {
  courts: CourtRow[];
  onChanged: (settings: LegalSettings) => void;
}

/** The greffe addresses of the Île-de-France courts: only Paris is sourced, the rest typed. */
export function CourtAddressesCard({ courts, onChanged }: CourtAddressesCardProps) {
  const submission = useSubmit();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(courts.map((court) => [court.code, court.address ?? ''])),
  );
  const save = (code: string) =>
    void submission.submit(
      () => callResult('legal:saveCourtAddress', { code, address: texts[code] ?? '' }),
      onChanged,
    );

  return (
    <section className="card" aria-labelledby="courts-title">
      <h2 id="courts-title">Adresses des tribunaux</h2>
      <p className="muted">
        Seules les adresses du tribunal judiciaire et du tribunal des activités économiques de Paris
        sont vérifiées. Saisissez les autres d’après le site du greffe : elles figureront sur vos
        requêtes.
      </p>
      <ErrorBanner message={submission.message} />
      <table className="table" aria-label="Tribunaux d'Île-de-France">
        <tbody>
          {courts.map((court) => (
            <tr key={court.code}>
              <td>
                {court.name}
                <span className="muted"> ({court.departement})</span>
              </td>
              <td className="court-address">
                <input
                  className="input--wide"
                  aria-label={`Adresse : ${court.name}`}
                  value={texts[court.code] ?? ''}
                  onChange={(event) => setTexts({ ...texts, [court.code]: event.target.value })}
                />
              </td>
              <td>
                {court.addressVerified ? (
                  <span className="badge">vérifiée</span>
                ) : court.addressOrigin === 'user' ? (
                  <span className="badge">saisie</span>
                ) : (
                  <span className="badge badge--warning">à saisir</span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  disabled={submission.busy || (texts[court.code] ?? '') === (court.address ?? '')}
                  onClick={() => save(court.code)}
                >
                  Enregistrer
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
