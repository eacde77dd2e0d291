// The engine's layering, as docs/ARCHITECTURE.md draws it: each area may import the ones below it, never the
// ones above, and nothing runs in a circle. `npm test` checks it (tests/unit/layering.test.ts); so does
// `npx depcruise electron shared --config .dependency-cruiser.cjs` by hand.
//
// Lowest first. An area is a folder or a root file of electron/engine.
const LAYERS = [
  ['db', 'errors', 'events', 'log', 'settings', 'private-files', 'host-lock', 'external-writes', 'backoff'],
  ['whatsapp'],
  ['messaging'],
  ['catalog'],
  ['chats'],
  ['orders'],
  ['voice'],
  ['payments'],
  ['khata'],
  ['conversation'],
  ['counter'],
  ['receipts'],
  ['backup'],
  ['index', 'api', 'health', 'shop', 'settings-all'],
]

const area = (name) => `${name}(/|\\.ts$)`
const upward = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat()
  if (above.length === 0) return []
  return [
    {
      name: `no-upward-from-${layer.join('-')}`,
      comment: `${layer.join(', ')} may not import an area above it (${above.join(', ')})`,
      severity: 'error',
      from: { path: `^electron/engine/(${layer.map(area).join('|')})`, pathNot: '\\.test\\.tsx?$' },
      to: { path: `^electron/engine/(${above.map(area).join('|')})` },
    },
  ]
})

module.exports = {

  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle ties areas together so neither can change alone',
      severity: 'error',
      from: { path: '^(electron|shared)/', pathNot: '\\.test\\.tsx?$' },
      to: { circular: true },
    },
    {
      name: 'engine-stays-plain-node',
      comment: 'the engine runs in the headless host and the CLI: no Electron, no hosts, no renderer',
      severity: 'error',
      from: { path: '^electron/engine/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(electron/(main|preload|host|cli|shop)/|renderer/)|^electron$' },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ is read by both sides: it may not import the engine, the hosts or the renderer',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(electron|renderer)/' },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
}
