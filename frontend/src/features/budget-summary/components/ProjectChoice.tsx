import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../model';

interface ProjectChoiceProps {
  projects: Project[];
  selected: readonly string[];
  /** The new choice; undefined means the default, the running projects. */
  onChange: (projectIds: string[] | undefined) => void;
}

/** Checkboxes of all projects, with one-tap choices: the running ones, all, none. */
export function ProjectChoice({ projects, selected, onChange }: ProjectChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (projectId: string, checked: boolean) => {
    const next = checked ? [...selected, projectId] : selected.filter((other) => other !== projectId);
    // Keep the projects' order (by code), so equal choices give equal URLs.
    onChange(projects.map((project) => project.id).filter((other) => next.includes(other)));
  };
  return (
    <fieldset className="kern-fieldset project-choice">
      <legend className="kern-label">{t('budgetSummary.projects')}</legend>
      <div className="project-choice__quick">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => onChange(undefined)}>
          <span className="kern-label">{t('budgetSummary.chooseRunning')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => onChange(projects.map((project) => project.id))}
        >
          <span className="kern-label">{t('budgetSummary.chooseAll')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onChange([])}>
          <span className="kern-label">{t('budgetSummary.chooseNone')}</span>
        </button>
      </div>
      <div className="kern-fieldset__body project-choice__list">
        {projects.map((project) => (
          <div className="kern-form-check" key={project.id}>
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={`${id}-${project.id}`}
              checked={selected.includes(project.id)}
              onChange={(event) => toggle(project.id, event.target.checked)}
            />
            <label className="kern-label" htmlFor={`${id}-${project.id}`}>
              {t('budgetSummary.projectOption', {
                code: project.code,
                name: project.name,
                status: t(`projects.status.${project.status}`),
              })}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
