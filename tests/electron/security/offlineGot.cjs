// Electronegativity fetches its translations and Electron's release list with `got`. The scan
// must run offline and give the same answer every time, so those fetches fail at once here
// (Electronegativity then uses its bundled English texts; the release check is excluded).
'use strict';
function offline(url) {
  return Promise.reject(new Error(`offline: the scan fetches nothing (${String(url)})`));
}
offline.head = offline;
offline.get = offline;
module.exports = offline;
module.exports.default = offline;
