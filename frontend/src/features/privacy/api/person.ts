import { useQuery } from '@tanstack/react-query';
import { newcomerQueryOptions } from '../../newcomers/api/get-newcomer';
import { sponsorQueryOptions } from '../../sponsors/api/get-sponsor';
import type { Person } from '../model';

/** The newcomer's or sponsor's record (for the name in the heading), shared with their detail page's cache. */
export function usePersonRecord(person: Person) {
  const newcomer = useQuery({ ...newcomerQueryOptions(person.id), enabled: person.subject === 'newcomers' });
  const sponsor = useQuery({ ...sponsorQueryOptions(person.id), enabled: person.subject === 'sponsors' });
  return person.subject === 'newcomers' ? newcomer : sponsor;
}
