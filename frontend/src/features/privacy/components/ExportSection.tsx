import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/feedback/Alert';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { useDownloadPersonalData } from '../api/personal-data';
import type { Person } from '../model';
import { Section } from './Section';

/** Art. 15: everything held about the person, downloaded as a JSON file. */
export function ExportSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const download = useDownloadPersonalData(person);
  return (
    <Section id="export-heading" title={t('privacy.export.title')} intro={t('privacy.export.text')}>
      <div className="privacy-section__actions">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={download.isPending}
          aria-busy={download.isPending}
          onClick={() => download.mutate()}
        >
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">{download.isPending ? t('privacy.export.busy') : t('privacy.export.action')}</span>
        </button>
      </div>
      {download.isSuccess ? (
        <Alert variant="success" title={t('privacy.export.done', { file: download.data })} role="status" headingLevel={3} />
      ) : null}
      {download.isError ? <ErrorAlert error={download.error} /> : null}
    </Section>
  );
}
