/** Hands a file made in the browser to the visitor (a download); nothing is sent anywhere. */
export function saveFile(parent: Node, contents: string, type: string, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([contents], { type }));
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the file after the click has returned.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
