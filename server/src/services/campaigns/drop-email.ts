import type { LaunchSkips } from '../../db/schema/index.ts';
import type { ChannelPlan } from './plan-channels.ts';

/** A skip the caller found later (an address the mail builder refused) moves the client to "no e-mail". */
export function dropEmail(plan: ChannelPlan, skips: LaunchSkips): ChannelPlan | null {
  skips.email.noEmail += 1;
  if (plan.text) return { ...plan, isEmailed: false };
  skips.unreached += 1;
  return null;
}
