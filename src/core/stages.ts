/** Where someone stands with you, closest last. */
export const STAGES = ['audience', 'regular', 'close', 'collaborator'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_NAMES: Record<Stage, string> = {
  audience: 'Audience',
  regular: 'Regular',
  close: 'Close',
  collaborator: 'Collaborator',
};
