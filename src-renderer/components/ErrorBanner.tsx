import type { FieldErrors } from '../../src-shared/domain/field-errors';

interface ErrorBannerProps {
  message: string | null;
  /** The form's messages by field: when there are several, the banner lists them all. */
  fieldErrors?: FieldErrors;
}

/** A French error message at the top of a screen or form; nothing typed is lost. */
export function ErrorBanner({ message, fieldErrors }: ErrorBannerProps) {
  if (!message) return null;

  const details = Object.values(fieldErrors ?? {}).filter((text) => text !== undefined);
  if (details.length < 2) {
    return (
      <div className="banner banner--error" role="alert">
        {message}
      </div>
    );
  }

  // Main sends the first field's message as the call's message: listed with the others, it
  // would appear twice, so a count stands in for it.
  const title = details.includes(message)
    ? `${details.length} informations sont à corriger : rien n’a été enregistré.`
    : message;
  return (
    <div className="banner banner--error" role="alert">
      <p>{title}</p>
      <ul>
        {details.map((detail, index) => (
          <li key={index}>{detail}</li>
        ))}
      </ul>
    </div>
  );
}
