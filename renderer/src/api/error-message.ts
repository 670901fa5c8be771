// Errors from the main process arrive as Error objects whose message Electron prefixes with
// "Error invoking remote method '…': "; people should read only the plain-words part.
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.replace(/^Error invoking remote method '[^']*':\s*/, '').replace(/^\w*Error:\s*/, '');
}
