-- The list of actions across all meetings (/api/v1/meeting-actions, e.g. every open action by due
-- date) filters and sorts without a meeting id; the indexes of V7 all lead with meeting_id.
CREATE INDEX ix_meeting_actions_all_status ON meeting_actions (status, due_date, id);
CREATE INDEX ix_meeting_actions_all_due_date ON meeting_actions (due_date, id);
