/**
 * What a running collector holds, read the way a researcher reads it: GET /v1/export with the
 * admin token. Only the id column is used.
 */

/** The id of every exported row, in the export's order (duplicates kept, should there be any). */
export async function exportedIds(url: string, adminToken: string): Promise<string[]> {
  const reply = await fetch(`${url}/v1/export`, { headers: { authorization: `Bearer ${adminToken}` } });
  if (reply.status !== 200) throw new Error(`GET /v1/export answered ${reply.status}: ${await reply.text()}`);
  const lines = (await reply.text()).split('\r\n').filter((line) => line !== '');
  if (lines[0]?.split(',')[0] !== 'id') throw new Error(`the export does not start with an id column: ${lines[0]}`);
  return lines.slice(1).map((line) => line.slice(0, line.indexOf(',')));
}

/** How a set of stored ids compares with what the collector acknowledged and what was sent. */
export interface StoredCheck {
  /** Rows in storage. */
  rows: number;
  /** Ids stored more than once. */
  storedTwice: number;
  /** Acknowledged ids that are not stored. */
  lost: string[];
  /** Stored ids that were never sent (must be none). */
  unknown: string[];
}

/** Compares the stored ids with the acknowledged and the sent ones. */
export function checkStored(storedIds: readonly string[], acknowledged: Iterable<string>, sent: ReadonlySet<string>): StoredCheck {
  const stored = new Set(storedIds);
  return {
    rows: storedIds.length,
    storedTwice: storedIds.length - stored.size,
    lost: [...acknowledged].filter((id) => !stored.has(id)),
    unknown: [...stored].filter((id) => !sent.has(id)),
  };
}
