export const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

export function groupByOrg(rows: { orgId: string; id: string }[]) {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.orgId, [...(map.get(r.orgId) ?? []), r.id]);
  return [...map].map(([orgId, ids]) => ({ orgId, ids }));
}
