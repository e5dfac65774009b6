import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, FieldHint, FieldLabel } from './FieldParts';
import { describedBy, fieldIds } from './fieldIds';

interface SelectFieldProps {
  formId: string;
  label: string;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  error?: string;
  hint?: string;
  optional?: boolean;
}

export function SelectField({ formId, label, registration, options, error, hint, optional }: SelectFieldProps) {
  const ids = fieldIds(formId, registration.name);
  return (
    <div className={error ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
      <FieldLabel htmlFor={ids.id} label={label} optional={optional} />
      <FieldHint id={ids.hint} hint={hint} />
      <FieldError id={ids.error} error={error} />
      <div className="kern-form-input__select-wrapper">
        <select
          id={ids.id}
          className={error ? 'kern-form-input__select kern-form-input__select--error' : 'kern-form-input__select'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, hint, error)}
          {...registration}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
