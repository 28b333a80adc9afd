import { type Capability, can } from '@rebound/shared/capabilities';
import { useMe } from './use-me.ts';

/** Whether the signed-in member's role holds a capability of the access table; false while signed out. */
export function useCan(capability: Capability): boolean {
  return can(useMe().data?.role, capability);
}
