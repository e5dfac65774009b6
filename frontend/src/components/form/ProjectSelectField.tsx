import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useProjectOptions } from '../../api/project-options';
import { Loading } from '../feedback/Loading';
import { SelectField } from './SelectField';

interface ProjectSelectFieldProps {
  formId: string;
  label: string;
  /** The text of the empty choice ("no project"). */
  noneLabel: string;
  registration: UseFormRegisterReturn;
  /** The id the form holds now, kept as a choice even if the project list does not name it. */
  value: string;
  error?: string;
  hint?: string;
}

/**
 * An optional reference to a project as a select of the office's projects. The select appears
 * once the projects are loaded, so the form's value is never shown against a half-filled list.
 */
export function ProjectSelectField({ formId, label, noneLabel, registration, value, error, hint }: ProjectSelectFieldProps) {
  const { t } = useTranslation();
  const projects = useProjectOptions();
  if (projects.isPending) return <Loading />;
  const options = [
    { value: '', label: noneLabel },
    ...(projects.data ?? []).map((project) => ({ value: project.id, label: `${project.code} – ${project.name}` })),
  ];
  if (value && !options.some((option) => option.value === value))
    options.push({ value, label: `${t('common.project')} ${value}` });
  return (
    <SelectField formId={formId} label={label} optional registration={registration} options={options} error={error} hint={hint} />
  );
}
