import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/me';
import { ApiError } from '../../../api/client';
import { Alert } from '../../../components/feedback/Alert';
import { ErrorAlert } from '../../../components/feedback/ErrorAlert';
import { Loading } from '../../../components/feedback/Loading';
import { useZodForm } from '../../../components/record/form-model';
import { DeleteRecord } from '../../../components/record/DeleteRecord';
import { useRecordCreator } from '../../../components/record/useRecordCreator';
import { useRecordEditor } from '../../../components/record/useRecordEditor';
import { VersionConflict } from '../../../components/record/VersionConflict';
import { formatDate } from '../../../lib/format';
import { useCreateMeetingAction } from '../api/create-action';
import { useDeleteMeetingAction } from '../api/delete-action';
import { meetingActionQueryOptions } from '../api/get-action';
import { meetingKeys } from '../api/keys';
import { useMeetingActions } from '../api/list-actions';
import { useReplaceMeetingAction } from '../api/replace-action';
import type { MeetingAction, MeetingActionStatus } from '../model';
import { ActionForm } from './ActionForm';
import {
  actionFormFields,
  actionFormModel,
  actionFormSchema,
  type ActionFormField,
  type ActionFormValues,
  emptyActionForm,
  isOverdue,
  statusChangeRequest,
  toActionFormValues,
  toActionRequest,
} from './action-form-values';
import { today } from './date-time';
import { focusLater } from './focus';
import { InlineForm } from '../../../components/record/InlineForm';

const headingId = 'actions-heading';
const addButtonId = 'action-add';
const editButtonId = (action: MeetingAction) => `action-edit-${action.id}`;
const statusButtonId = (action: MeetingAction) => `action-status-${action.id}`;

const statusBadge: Record<MeetingActionStatus, string> = {
  OPEN: 'kern-badge--info',
  DONE: 'kern-badge--success',
};

/** The actions agreed in a meeting: who does what by when; add, edit, mark done, delete. */
export function ActionsSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useMeetingActions(meetingId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const now = today();

  const done = (text: string, focus: string) => {
    setMessage(text);
    focusLater(focus);
  };
  const items = query.data?.items ?? [];
  const open = items.filter((action) => action.status === 'OPEN');
  const overdue = open.filter((action) => isOverdue(action, now)).length;

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId} className="kern-heading-medium" tabIndex={-1}>
        {t('meetings.actions.title')}
      </h2>
      {message ? <Alert variant="success" title={message} role="status" /> : null}
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && items.length === 0 ? <p className="kern-body">{t('meetings.actions.none')}</p> : null}
      {items.length > 0 ? (
        <>
          <p className="kern-body">
            {[
              t('meetings.actions.summaryOpen', { count: open.length }),
              overdue > 0 ? `, ${t('meetings.actions.summaryOverdue', { count: overdue })}` : '',
              ` · ${t('meetings.actions.summaryDone', { count: items.length - open.length })}`,
            ].join('')}
            {query.data && query.data.total > items.length
              ? ` ${t('meetings.actions.firstHundred', { count: items.length, total: query.data.total })}`
              : null}
          </p>
          <ul className="card-list" aria-label={t('meetings.actions.title')}>
            {items.map((action) => (
              <li key={action.id} className="kern-card card-list__item">
                <div className="kern-card__container">
                  {editing === action.id ? (
                    <ActionEditor
                      key={action.id}
                      meetingId={meetingId}
                      action={action}
                      onClose={() => {
                        setEditing(null);
                        focusLater(editButtonId(action));
                      }}
                      onSaved={() => {
                        setEditing(null);
                        done(t('meetings.actions.saved'), editButtonId(action));
                      }}
                    />
                  ) : (
                    <ActionCard
                      meetingId={meetingId}
                      action={action}
                      today={now}
                      onEdit={() => {
                        setMessage(null);
                        setAdding(false);
                        setEditing(action.id);
                      }}
                      onStatusChanged={(changed) =>
                        done(
                          t(changed.status === 'DONE' ? 'meetings.actions.markedDone' : 'meetings.actions.reopened', {
                            description: changed.description,
                          }),
                          statusButtonId(changed),
                        )
                      }
                      onDeleted={() => done(t('meetings.actions.deleted'), headingId)}
                    />
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {adding ? (
        <ActionCreator
          meetingId={meetingId}
          onClose={() => {
            setAdding(false);
            focusLater(addButtonId);
          }}
          onCreated={() => {
            setAdding(false);
            done(t('meetings.actions.added'), addButtonId);
          }}
        />
      ) : can('createMeetingAction') ? (
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
            <span className="kern-label">{t('meetings.actions.add')}</span>
          </button>
        </p>
      ) : null}
    </section>
  );
}

interface ActionCardProps {
  meetingId: string;
  action: MeetingAction;
  today: string;
  onEdit: () => void;
  onStatusChanged: (action: MeetingAction) => void;
  onDeleted: () => void;
}

function ActionCard({ meetingId, action, today, onEdit, onStatusChanged, onDeleted }: ActionCardProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const can = useCan();
  const replace = useReplaceMeetingAction(meetingId);
  const deletion = useDeleteMeetingAction(meetingId, action.id);
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const overdue = isOverdue(action, today);
  const description = action.description;
  const date = (value: string | undefined) => formatDate(value, i18n.language);

  const changeStatus = () => {
    setChangedMeanwhile(false);
    const status: MeetingActionStatus = action.status === 'OPEN' ? 'DONE' : 'OPEN';
    replace.mutate(
      { id: action.id, body: statusChangeRequest(action, status, today) },
      {
        onSuccess: onStatusChanged,
        onError: (error) => {
          // Someone else saved first: nothing was changed; show what is stored now and let the user decide again.
          if (error instanceof ApiError && error.status === 409 && error.kind === 'version-conflict') {
            replace.reset();
            setChangedMeanwhile(true);
            void queryClient.invalidateQueries({ queryKey: meetingKeys.actions(meetingId) });
          }
        },
      },
    );
  };

  return (
    <>
      <div className="kern-card__header">
        <h3 className="kern-title">{description}</h3>
        <p className="kern-body">
          <span className={`kern-badge ${statusBadge[action.status]}`}>
            <span className="kern-label">{t(`meetings.actions.status.${action.status}`)}</span>
          </span>{' '}
          {overdue ? (
            <span className="kern-badge kern-badge--danger">
              <span className="kern-icon kern-icon--warning kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('meetings.actions.overdue')}</span>
            </span>
          ) : null}
        </p>
      </div>
      <div className="kern-card__body">
        <dl className="card-facts">
          <div>
            <dt>{t('meetings.actions.fields.owner')}</dt>
            <dd>{action.owner}</dd>
          </div>
          <div>
            <dt>{t('meetings.actions.fields.dueDate')}</dt>
            <dd>{action.dueDate ? date(action.dueDate) : t('meetings.actions.noDueDate')}</dd>
          </div>
          {action.doneOn ? (
            <div>
              <dt>{t('meetings.actions.fields.doneOn')}</dt>
              <dd>{date(action.doneOn)}</dd>
            </div>
          ) : null}
        </dl>
        {changedMeanwhile ? (
          <Alert variant="warning" title={t('record.conflict.title')} role="alert" headingLevel={3}>
            <p className="kern-body">{t('meetings.actions.changedMeanwhile')}</p>
          </Alert>
        ) : null}
        {replace.isError ? <ErrorAlert error={replace.error} /> : null}
      </div>
      <div className="kern-card__footer">
        <div className="form-actions">
          {can('replaceMeetingAction') ? (
            <button
              type="button"
              id={statusButtonId(action)}
              className={`kern-btn kern-btn--small ${action.status === 'OPEN' ? 'kern-btn--primary' : 'kern-btn--secondary'}`}
              aria-label={t(action.status === 'OPEN' ? 'meetings.actions.markDoneLabel' : 'meetings.actions.reopenLabel', {
                description,
              })}
              disabled={replace.isPending}
              aria-busy={replace.isPending}
              onClick={changeStatus}
            >
              <span
                className={`kern-icon ${action.status === 'OPEN' ? 'kern-icon--check' : 'kern-icon--autorenew'}`}
                aria-hidden="true"
              />
              <span className="kern-label">
                {replace.isPending
                  ? t('common.saving')
                  : t(action.status === 'OPEN' ? 'meetings.actions.markDone' : 'meetings.actions.reopen')}
              </span>
            </button>
          ) : null}
          {can('replaceMeetingAction') ? (
            <button
              type="button"
              id={editButtonId(action)}
              className="kern-btn kern-btn--secondary kern-btn--small"
              aria-label={t('meetings.actions.editLabel', { description })}
              onClick={onEdit}
            >
              <span className="kern-icon kern-icon--edit" aria-hidden="true" />
              <span className="kern-label">{t('common.edit')}</span>
            </button>
          ) : null}
          {can('deleteMeetingAction') ? (
            <DeleteRecord
              mutation={deletion}
              title={t('meetings.actions.deleteTitle')}
              question={t('meetings.actions.deleteConfirm', { description })}
              blockedTitle={t('meetings.actions.deleteBlocked')}
              onDeleted={onDeleted}
              small
              buttonLabel={t('meetings.actions.deleteLabel', { description })}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}

function ActionCreator({ meetingId, onClose, onCreated }: { meetingId: string; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(actionFormSchema, emptyActionForm);
  const create = useCreateMeetingAction(meetingId);
  const { onSubmit, otherErrors } = useRecordCreator({
    form,
    fields: actionFormFields,
    create: (values) => create.mutateAsync(toActionRequest(values)),
    onCreated,
  });
  const { setFocus } = form;
  useEffect(() => setFocus('description'), [setFocus]);

  return (
    <InlineForm title={t('meetings.actions.addTitle')} card>
      <ActionForm
        id="action-new"
        form={form}
        onSubmit={onSubmit}
        submitLabel={t('meetings.actions.add')}
        otherErrors={otherErrors}
        onCancel={onClose}
      />
    </InlineForm>
  );
}

interface ActionEditorProps {
  meetingId: string;
  action: MeetingAction;
  onClose: () => void;
  onSaved: () => void;
}

function ActionEditor({ meetingId, action, onClose, onSaved }: ActionEditorProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const replace = useReplaceMeetingAction(meetingId);
  const form = useZodForm(actionFormSchema, toActionFormValues(action));
  const editor = useRecordEditor({
    initial: action,
    model: actionFormModel,
    form,
    save: (values, base) => replace.mutateAsync({ id: base.id, body: toActionRequest(values, base.version) }),
    reload: (base) => queryClient.fetchQuery({ ...meetingActionQueryOptions(meetingId, base.id), staleTime: 0 }),
    onSaved,
  });
  const { setFocus } = form;
  useEffect(() => setFocus('description'), [setFocus]);

  const show = (field: ActionFormField, values: ActionFormValues): string => {
    if (field === 'status') return t(`meetings.actions.status.${values.status}`);
    if (field === 'dueDate' || field === 'doneOn') return formatDate(values[field], i18n.language);
    return values[field];
  };

  return (
    <InlineForm title={t('meetings.actions.editTitle')}>
      <ActionForm
        id={`action-${action.id}`}
        form={form}
        onSubmit={editor.onSubmit}
        submitLabel={t('common.save')}
        otherErrors={editor.otherErrors}
        onCancel={onClose}
        notice={<VersionConflict editor={editor} label={(field) => t(`meetings.actions.fields.${field}`)} show={show} />}
      />
    </InlineForm>
  );
}
