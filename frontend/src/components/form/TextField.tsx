import type { HTMLInputTypeAttribute } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, FieldHint, FieldLabel } from './FieldParts';
import { describedBy, fieldIds } from './fieldIds';

interface TextFieldProps {
  formId: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  optional?: boolean;
  type?: HTMLInputTypeAttribute;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  autoComplete?: string;
  maxLength?: number;
  width?: 'short' | 'medium';
}

/** A labelled KERN text input (or textarea) with hint and error, wired for react-hook-form. */
export function TextField({
  formId,
  label,
  registration,
  error,
  hint,
  optional,
  type = 'text',
  multiline,
  inputMode,
  autoComplete,
  maxLength,
  width,
}: TextFieldProps) {
  const ids = fieldIds(formId, registration.name);
  const inputClass = [
    'kern-form-input__input',
    error ? 'kern-form-input__input--error' : '',
    width === 'short' ? 'kern-form-input__input--width-4' : '',
    width === 'medium' ? 'field--medium' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id: ids.id,
    className: inputClass,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(ids, hint, error),
    'aria-required': optional ? undefined : true,
    maxLength,
    ...registration,
  };
  return (
    <div className={error ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
      <FieldLabel htmlFor={ids.id} label={label} optional={optional} />
      <FieldHint id={ids.hint} hint={hint} />
      <FieldError id={ids.error} error={error} />
      {multiline ? (
        <textarea rows={5} {...common} />
      ) : (
        <input type={type} inputMode={inputMode} autoComplete={autoComplete ?? 'off'} {...common} />
      )}
    </div>
  );
}
