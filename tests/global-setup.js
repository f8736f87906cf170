// CLI tests run the built command as a user would; build it once per test run so it is never stale.
const { execFileSync } = require('child_process');
const path = require('path');
module.exports = async () => {
  const root = path.join(__dirname, '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/link-bin.js'], { cwd: root });
};
