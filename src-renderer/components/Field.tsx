import type { ReactNode } from 'react';

interface FieldProps {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
}

/** A labelled form control with its French error message underneath. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={name}>{label}</label>
      {children}
      {hint && !error ? <p className="field__hint">{hint}</p> : null}
      {error ? (
        <p className="field__error" id={`${name}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextInputProps {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  autoFocus?: boolean;
  onBlur?: () => void;
  /** The accessible name of an input with no visible label of its own (a cell of a table). */
  ariaLabel?: string;
}

/** A text input wired to a Field's label and error. */
export function TextInput({
  name,
  value,
  onChange,
  error,
  placeholder,
  inputMode,
  autoFocus,
  onBlur,
  ariaLabel,
}: TextInputProps) {
  return (
    <input
      id={name}
      name={name}
      type="text"
      value={value}
      placeholder={placeholder}
      inputMode={inputMode}
      autoFocus={autoFocus}
      aria-label={ariaLabel}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${name}-error` : undefined}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}
