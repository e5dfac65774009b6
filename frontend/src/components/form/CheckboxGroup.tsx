import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from './FieldParts';
import { fieldIds } from './fieldIds';

interface CheckboxGroupProps {
  formId: string;
  legend: string;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  error?: string;
  optional?: boolean;
  /** Options side by side, wrapping (short labels such as languages); default one under the other. */
  horizontal?: boolean;
}

/** A fieldset of checkboxes that all write one array field. */
export function CheckboxGroup({ formId, legend, registration, options, error, horizontal }: CheckboxGroupProps) {
  const ids = fieldIds(formId, registration.name);
  return (
    <fieldset
      className={error ? 'kern-fieldset kern-fieldset--error' : 'kern-fieldset'}
      id={ids.id}
      aria-describedby={error ? ids.error : undefined}
    >
      <legend className="kern-label">{legend}</legend>
      <FieldError id={ids.error} error={error} />
      <div className={horizontal ? 'kern-fieldset__body kern-fieldset__body--horizontal' : 'kern-fieldset__body'}>
        {options.map((option) => {
          const id = `${ids.id}-${option.value}`;
          return (
            <div className="kern-form-check" key={option.value}>
              <input className="kern-form-check__checkbox" type="checkbox" id={id} value={option.value} {...registration} />
              <label className="kern-label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
