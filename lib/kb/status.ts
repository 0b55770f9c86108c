/**
 * The openness statuses, and the rule that gives every entity one.
 *
 * The schema, the settings (which statuses to paint, in which colours), the
 * matcher and the pages all read the list from here, so a status added here
 * reaches every one of them.
 */

export const STATUSES = ['open', 'open-weights', 'restricted', 'closed', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Whether a stored value names a status. */
export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

/**
 * An entity's status: its assessment's, or `unknown` when it has none
 * (companies, new entries), which the pages show as "not known", never as a risk.
 */
export function entityStatus(entity: { assessment?: { status: Status } | undefined }): Status {
  return entity.assessment?.status ?? 'unknown';
}
