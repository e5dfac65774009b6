import type { Schemas } from '../../api/client';
import { enumValues } from '../../api/enums';

export type Project = Schemas['Project'];
export type ProjectRequest = Schemas['ProjectRequest'];
export type ProjectStatus = Schemas['ProjectStatus'];
export type ActionField = Schemas['ActionField'];
export type Milestone = Schemas['Milestone'];
export type MilestoneStatus = Schemas['MilestoneStatus'];

export const projectStatuses = enumValues<ProjectStatus>()(['PLANNING', 'RUNNING', 'COMPLETED']);
export const actionFields = enumValues<ActionField>()([
  'LANGUAGE_EDUCATION',
  'CULTURE_CLUBS',
  'CIVIC_ENGAGEMENT',
  'INTERCULTURAL_OPENING',
]);
export const milestoneStatuses = enumValues<MilestoneStatus>()(['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED']);

/** The fields `GET /projects` sorts by (see the operation's description in the contract). */
export const projectSortFields = ['code', 'name', 'status', 'startDate', 'endDate'] as const;
export type ProjectSortField = (typeof projectSortFields)[number];
export const defaultProjectSort = 'name';
