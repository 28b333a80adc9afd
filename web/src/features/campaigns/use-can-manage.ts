import { useMe } from '../../shared/auth/use-me.ts';

/** Marketing, owners and admins run campaigns; managers look. */
export function useCanManage(): boolean {
  const role = useMe().data?.role;
  return role === 'marketing' || role === 'owner' || role === 'admin';
}
