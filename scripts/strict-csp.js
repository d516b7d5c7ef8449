/** Dev/test server middleware: serves the CSP demo page with a strict policy header, as a partner with a strict CSP would. */
export function strictCsp(context, next) {
  if (context.path.endsWith('/demo/csp.html')) {
    context.set('Content-Security-Policy', "default-src 'self'");
  }
  return next();
}
