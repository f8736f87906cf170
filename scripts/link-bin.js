// npm links the bins of dependencies into node_modules/.bin but not the project's own;
// linking it lets `npx --no-install cadregraph` work from a fresh clone.
const fs = require('fs');
const path = require('path');
const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
const link = path.join(binDir, 'cadregraph');
fs.mkdirSync(binDir, { recursive: true });
try { fs.unlinkSync(link); } catch { /* not there yet */ }
fs.symlinkSync(path.join('..', '..', 'bin', 'cadregraph.js'), link);
