// The Help data layer: the directory and its checks, with everything in common.ts
// (which @steady/core re-exports). Imported as @steady/core/help.
export * from './common.ts';
export { DIRECTORY } from './directory.ts';
export { isIsoDate, validateDirectory } from './validate.ts';
export {
  DEFAULT_DEPLOYMENT_CONFIG,
  DEPLOYMENT_LOCALES,
  validateDeploymentConfig,
} from './config.ts';
export type { DeploymentConfig, DeploymentLocale } from './config.ts';
