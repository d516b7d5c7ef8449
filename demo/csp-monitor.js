// Records Content Security Policy violations on this page, so they can be seen (and tested).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  const output = document.getElementById('csp-status');
  if (output) output.textContent = `CSP-schendingen: ${window.cspViolations.length}`;
});
