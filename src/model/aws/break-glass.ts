/**
 * The documented convention that designates an emergency-access (break-glass) identity: an IAM
 * role or user tagged `phiscan:break-glass` = `true` (docs/aws.md, "Emergency access").
 */
export const BREAK_GLASS_TAG = 'phiscan:break-glass';

/** Does this tag set designate a break-glass identity? undefined when the tags could not be read. */
export function isBreakGlass(tags: Readonly<Record<string, string>> | undefined): boolean | undefined {
  if (tags === undefined) return undefined;
  return tags[BREAK_GLASS_TAG]?.toLowerCase() === 'true';
}
