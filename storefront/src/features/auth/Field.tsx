import type { InputHTMLAttributes } from 'react';
import styles from './auth.module.css';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
}

/** A labelled input; the <label for> gives the input its accessible name (e2e relies on it). */
export function Field({ id, label, error, hint, ...input }: FieldProps) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <span id={`${id}-error`} className={styles.fieldError}>{error}</span>
      ) : hint ? (
        <span id={`${id}-hint`} className={styles.hint}>{hint}</span>
      ) : null}
    </div>
  );
}
