import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isKnownResourceType, resourceTypes } from '../model';
import type { AuditFilterValues } from '../routes/search';
import { FilterActions, FilterInput, FilterSelect, formText } from './FilterFields';
import { useResourceTypeLabel } from './useAuditColumns';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AuditFiltersProps {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/**
 * The audit trail's filters (the list has no full-text search, so not the lists' ListFilters):
 * applied on submit; an incomplete record ID is pointed out instead of sent.
 */
export function AuditFilters({ values, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const formId = useId();
  const typeLabel = useResourceTypeLabel();
  const [idError, setIdError] = useState(false);
  const { resourceType } = values;
  // A kind of record the list does not know yet (a newer API) stays selectable.
  const types = resourceType && !isKnownResourceType(resourceType) ? [...resourceTypes, resourceType] : resourceTypes;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const resourceId = formText(data, 'resourceId');
    if (resourceId && !uuidPattern.test(resourceId)) {
      setIdError(true);
      document.getElementById(`${formId}-resourceId`)?.focus();
      return;
    }
    setIdError(false);
    onApply({
      actor: formText(data, 'actor'),
      resourceType: formText(data, 'resourceType'),
      resourceId: resourceId?.toLowerCase(),
      from: formText(data, 'from'),
      to: formText(data, 'to'),
    });
  };
  const active = Object.values(values).some((value) => value !== undefined);

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('privacy.audit.filter')} noValidate>
      <FilterInput
        formId={formId}
        name="actor"
        label={t('privacy.audit.filters.actor')}
        hint={t('privacy.audit.filters.actorHint')}
        defaultValue={values.actor}
        verbatim
      />
      <FilterSelect
        formId={formId}
        name="resourceType"
        label={t('privacy.audit.filters.resourceType')}
        defaultValue={resourceType}
        options={types.map((type) => ({ value: type, label: typeLabel(type) }))}
        all
      />
      <FilterInput
        formId={formId}
        name="resourceId"
        label={t('privacy.audit.filters.resourceId')}
        hint={t('privacy.audit.filters.resourceIdHint')}
        error={idError ? t('privacy.audit.filters.resourceIdInvalid') : undefined}
        defaultValue={values.resourceId}
        verbatim
        wide
      />
      <FilterInput formId={formId} name="from" type="date" label={t('privacy.audit.filters.from')} defaultValue={values.from} />
      <FilterInput formId={formId} name="to" type="date" label={t('privacy.audit.filters.to')} defaultValue={values.to} />
      <FilterActions
        onReset={
          active
            ? () => {
                setIdError(false);
                onApply({ actor: undefined, resourceType: undefined, resourceId: undefined, from: undefined, to: undefined });
              }
            : undefined
        }
      />
    </form>
  );
}
