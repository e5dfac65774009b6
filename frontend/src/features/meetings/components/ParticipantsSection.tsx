import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/me';
import { Alert } from '../../../components/feedback/Alert';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { phoneQuery, useMediaQuery } from '../../../hooks/useMediaQuery';
import { type AssociationOption, useAssociationOptions } from '../api/association-options';
import { useCreateParticipant } from '../api/create-participant';
import { useDeleteParticipant } from '../api/delete-participant';
import { participantQueryOptions } from '../api/get-participant';
import { useParticipants } from '../api/list-participants';
import { useReplaceParticipant } from '../api/replace-participant';
import type { MeetingParticipant } from '../model';
import { AssociationLink } from './AssociationLink';
import { ParticipantForm } from './ParticipantForm';
import {
  emptyParticipantForm,
  participantFormFields,
  participantFormModel,
  participantFormSchema,
  type ParticipantFormField,
  type ParticipantFormValues,
  toParticipantFormValues,
  toParticipantRequest,
} from './participant-form-values';
import { focusLater } from './focus';
import { ScrollableTable } from '../../../components/data/ScrollableTable';
import { InlineForm } from '../../../components/record/InlineForm';

const headingId = 'participants-heading';
const addButtonId = 'participant-add';
const editButtonId = (participant: MeetingParticipant) => `participant-edit-${participant.id}`;

/** The participants of a meeting: list, add, edit and remove, each change checked against its version. */
export function ParticipantsSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useParticipants(meetingId);
  const isPhone = useMediaQuery(phoneQuery);
  const associations = useAssociationOptions();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const nameOf = (participant: MeetingParticipant) =>
    participant.personName ??
    associations.data?.find((association) => association.id === participant.associationId)?.name ??
    t('meetings.detail.unknownAssociation');
  /** The associations one may still add (each takes part at most once), plus the one being edited. */
  const choices = (keep?: string) =>
    (associations.data ?? []).filter(
      (association) =>
        association.id === keep || !query.data?.items.some((participant) => participant.associationId === association.id),
    );
  const done = (text: string, focus: string) => {
    setMessage(text);
    focusLater(focus);
  };

  const editor = (participant: MeetingParticipant) => (
    <ParticipantEditor
      key={participant.id}
      meetingId={meetingId}
      participant={participant}
      name={nameOf(participant)}
      associations={choices(participant.associationId)}
      onClose={() => {
        setEditing(null);
        focusLater(editButtonId(participant));
      }}
      onSaved={(saved) => {
        setEditing(null);
        done(t('meetings.participants.saved', { name: nameOf(saved) }), editButtonId(participant));
      }}
    />
  );
  const buttons = (participant: MeetingParticipant) => (
    <ParticipantButtons
      meetingId={meetingId}
      participant={participant}
      name={nameOf(participant)}
      onEdit={() => {
        setMessage(null);
        setAdding(false);
        setEditing(participant.id);
      }}
      onDeleted={() => done(t('meetings.participants.removed', { name: nameOf(participant) }), headingId)}
    />
  );

  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId} className="kern-heading-medium" tabIndex={-1}>
        {t('meetings.participants.title')}
      </h2>
      {message ? <Alert variant="success" title={message} role="status" /> : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && items.length === 0 ? <p className="kern-body">{t('meetings.participants.none')}</p> : null}
      {items.length > 0 ? (
        <>
          <p className="kern-body">
            {t('meetings.participants.summary', {
              invited: items.filter((participant) => participant.invited).length,
              attended: items.filter((participant) => participant.attended).length,
            })}
            {query.data && query.data.total > items.length
              ? ` ${t('meetings.participants.firstHundred', { count: items.length, total: query.data.total })}`
              : null}
          </p>
          {isPhone ? (
            <ul className="card-list" aria-label={t('meetings.participants.caption')}>
              {items.map((participant) => (
                <li key={participant.id} className="kern-card card-list__item">
                  <div className="kern-card__container">
                    {editing === participant.id ? (
                      editor(participant)
                    ) : (
                      <ParticipantCard participant={participant} name={nameOf(participant)}>
                        {buttons(participant)}
                      </ParticipantCard>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <ScrollableTable label={t('meetings.participants.caption')}>
              <table className="kern-table kern-table--striped">
                <caption className="kern-sr-only">{t('meetings.participants.caption')}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    {(['name', 'role', 'invited', 'attended'] as const).map((column) => (
                      <th key={column} scope="col" className="kern-table__header">
                        {t(`meetings.participants.columns.${column}`)}
                      </th>
                    ))}
                    <th scope="col" className="kern-table__header">
                      <span className="kern-sr-only">{t('meetings.participants.columns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {items.map((participant) =>
                    editing === participant.id ? (
                      <tr key={participant.id} className="kern-table__row">
                        <td className="kern-table__cell" colSpan={5}>
                          {editor(participant)}
                        </td>
                      </tr>
                    ) : (
                      <tr key={participant.id} className="kern-table__row">
                        <td className="kern-table__cell">
                          <ParticipantName participant={participant} name={nameOf(participant)} />
                          {participant.organisation ? (
                            <>
                              <br />
                              <span className="kern-body--muted">{participant.organisation}</span>
                            </>
                          ) : null}
                        </td>
                        <td className="kern-table__cell">{participant.role ?? t('common.none')}</td>
                        <td className="kern-table__cell">{participant.invited ? t('common.yes') : t('common.no')}</td>
                        <td className="kern-table__cell">{participant.attended ? t('common.yes') : t('common.no')}</td>
                        <td className="kern-table__cell">{buttons(participant)}</td>
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </ScrollableTable>
          )}
        </>
      ) : null}
      {adding ? (
        <ParticipantCreator
          meetingId={meetingId}
          associations={choices()}
          onClose={() => {
            setAdding(false);
            focusLater(addButtonId);
          }}
          onCreated={(created) => {
            setAdding(false);
            done(t('meetings.participants.added', { name: nameOf(created) }), addButtonId);
          }}
        />
      ) : can('createMeetingParticipant') ? (
        <p>
          <button
            type="button"
            id={addButtonId}
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setMessage(null);
              setEditing(null);
              setAdding(true);
            }}
          >
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t('meetings.participants.add')}</span>
          </button>
        </p>
      ) : null}
    </section>
  );
}

function ParticipantName({ participant, name }: { participant: MeetingParticipant; name: string }) {
  return participant.associationId ? <AssociationLink associationId={participant.associationId} /> : <>{name}</>;
}

function ParticipantCard({
  participant,
  name,
  children,
}: {
  participant: MeetingParticipant;
  name: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="kern-card__header">
        <h3 className="kern-title">
          <ParticipantName participant={participant} name={name} />
        </h3>
      </div>
      <div className="kern-card__body">
        <dl className="card-facts">
          {participant.organisation ? (
            <div>
              <dt>{t('meetings.participants.fields.organisation')}</dt>
              <dd>{participant.organisation}</dd>
            </div>
          ) : null}
          {participant.role ? (
            <div>
              <dt>{t('meetings.participants.fields.role')}</dt>
              <dd>{participant.role}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('meetings.participants.fields.invited')}</dt>
            <dd>{participant.invited ? t('common.yes') : t('common.no')}</dd>
          </div>
          <div>
            <dt>{t('meetings.participants.fields.attended')}</dt>
            <dd>{participant.attended ? t('common.yes') : t('common.no')}</dd>
          </div>
        </dl>
      </div>
      <div className="kern-card__footer">{children}</div>
    </>
  );
}

interface ParticipantButtonsProps {
  meetingId: string;
  participant: MeetingParticipant;
  name: string;
  onEdit: () => void;
  onDeleted: () => void;
}

function ParticipantButtons({ meetingId, participant, name, onEdit, onDeleted }: ParticipantButtonsProps) {
  const { t } = useTranslation();
  const can = useCan();
  const deletion = useDeleteParticipant(meetingId, participant.id);
  return (
    <div className="form-actions">
      {can('replaceMeetingParticipant') ? (
        <button
          type="button"
          id={editButtonId(participant)}
          className="kern-btn kern-btn--secondary kern-btn--small"
          aria-label={t('meetings.participants.editLabel', { name })}
          onClick={onEdit}
        >
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-label">{t('common.edit')}</span>
        </button>
      ) : null}
      {can('deleteMeetingParticipant') ? (
        <DeleteRecord
          mutation={deletion}
          title={t('meetings.participants.deleteTitle')}
          question={t('meetings.participants.deleteConfirm', { name })}
          blockedTitle={t('meetings.participants.deleteBlocked')}
          onDeleted={onDeleted}
          small
          buttonLabel={t('meetings.participants.deleteLabel', { name })}
        />
      ) : null}
    </div>
  );
}

interface ParticipantCreatorProps {
  meetingId: string;
  associations: AssociationOption[];
  onClose: () => void;
  onCreated: (participant: MeetingParticipant) => void;
}

function ParticipantCreator({ meetingId, associations, onClose, onCreated }: ParticipantCreatorProps) {
  const { t } = useTranslation();
  const form = useZodForm(participantFormSchema, emptyParticipantForm);
  const create = useCreateParticipant(meetingId);
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: participantFormFields,
    create: (values) => create.mutateAsync(toParticipantRequest(values)),
    onCreated,
  });
  const { setFocus } = form;
  useEffect(() => setFocus('kind'), [setFocus]);

  return (
    <InlineForm title={t('meetings.participants.addTitle')} card>
      <ParticipantForm
        id="participant-new"
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('meetings.participants.add')}
        otherErrors={otherErrors}
        onCancel={onClose}
        associations={associations}
      />
    </InlineForm>
  );
}

interface ParticipantEditorProps {
  meetingId: string;
  participant: MeetingParticipant;
  name: string;
  associations: AssociationOption[];
  onClose: () => void;
  onSaved: (participant: MeetingParticipant) => void;
}

function ParticipantEditor({ meetingId, participant, name, associations, onClose, onSaved }: ParticipantEditorProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const replace = useReplaceParticipant(meetingId);
  const form = useZodForm(participantFormSchema, toParticipantFormValues(participant));
  const editor = useRecordEditor({
    initial: participant,
    model: participantFormModel,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toParticipantRequest(values, base.version) }),
    reload: (base) => queryClient.fetchQuery({ ...participantQueryOptions(meetingId, base.id), staleTime: 0 }),
    onSaved,
  });
  const { setFocus } = form;
  useEffect(() => setFocus('kind'), [setFocus]);

  const show = (field: ParticipantFormField, values: ParticipantFormValues): string => {
    switch (field) {
      case 'kind':
        return values.kind === 'association' ? t('meetings.participants.kindAssociation') : t('meetings.participants.kindPerson');
      case 'associationId':
        return associations.find((association) => association.id === values.associationId)?.name ?? values.associationId;
      case 'invited':
      case 'attended':
        return values[field] ? t('common.yes') : t('common.no');
      default:
        return values[field];
    }
  };

  return (
    <InlineForm title={t('meetings.participants.editTitle', { name })} titleClassName="kern-heading-small">
      <ParticipantForm
        id={`participant-${participant.id}`}
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        onCancel={onClose}
        associations={associations}
        notice={<VersionConflict editor={editor} label={(field) => t(`meetings.participants.fields.${field}`)} show={show} />}
      />
    </InlineForm>
  );
}
