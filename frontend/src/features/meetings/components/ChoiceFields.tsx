import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from '../../../components/form/FieldParts';
import { fieldIds } from '../../../components/form/fieldIds';

/** One checkbox for a yes/no field. */
export function CheckboxField({
  formId,
  label,
  registration,
}: {
  formId: string;
  label: string;
  registration: UseFormRegisterReturn;
}) {
  const id = fieldIds(formId, registration.name).id;
  return (
    <div className="kern-form-check">
      <input className="kern-form-check__checkbox" type="checkbox" id={id} {...registration} />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

interface RadioGroupProps {
  formId: string;
  legend: string;
  registration: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  error?: string;
}

/** A fieldset of radio buttons for one choice, side by side where there is room. */
export function RadioGroup({ formId, legend, registration, options, error }: RadioGroupProps) {
  const ids = fieldIds(formId, registration.name);
  return (
    <fieldset
      className={error ? 'kern-fieldset kern-fieldset--error' : 'kern-fieldset'}
      id={ids.id}
      aria-describedby={error ? ids.error : undefined}
    >
      <legend className="kern-label">{legend}</legend>
      <FieldError id={ids.error} error={error} />
      <div className="kern-fieldset__body kern-fieldset__body--horizontal">
        {options.map((option) => {
          const id = `${ids.id}-${option.value}`;
          return (
            <div className="kern-form-check" key={option.value}>
              <input className="kern-form-check__radio" type="radio" id={id} value={option.value} {...registration} />
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
