// The gate's import checks (node scripts/gate.mjs cycles): no cycle anywhere, counting
// dynamic import() and type-only imports, and core never reaching into the app or the
// server (eslint's import zones say the same for static imports).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle of modules, counting dynamic and type-only imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stands-alone',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(app|server)/' },
    },
    {
      name: 'app-not-server',
      severity: 'error',
      from: { path: '^packages/app/' },
      to: { path: '^packages/server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|\\.tmp)/' },
    // Type-only imports count: a cycle through types is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    moduleSystems: ['es6'],
  },
};
