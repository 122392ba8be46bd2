export interface BundleSize {
  initialJsGzip: number;
  initialCssGzip: number;
  htmlGzip: number;
  wholeAppGzip: number;
  files: number;
  initialJs: string[];
  initialCss: string[];
}
export function measureBundle(dist: string): BundleSize;
export const BUDGETS: Record<'initialJsGzip' | 'initialCssGzip' | 'wholeAppGzip', number>;
