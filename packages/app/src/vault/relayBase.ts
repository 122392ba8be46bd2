/** Where the relay answers: this origin unless the deployment names another. */
export const relayBase = (origin = ''): string => `${origin.replace(/\/+$/, '')}/api/backup/v1`;
